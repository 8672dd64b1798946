package org.kabinet.audit.api;

import java.util.List;

/** One page of events: {@code page} counted from 0, {@code total} the number of all the query selects. */
public record AuditPage(List<AuditEvent> items, int page, int size, long total) {
    public AuditPage {
        items = List.copyOf(items);
    }
}
