package org.kabinet.rest;

import java.util.ArrayList;
import java.util.List;
import org.kabinet.audit.api.AuditEvent;
import org.kabinet.audit.api.AuditPage;
import org.kabinet.audit.api.AuditQuery;
import org.kabinet.audit.api.AuditTrail;

/** A trail that keeps what is recorded, for assertions. */
public class RecordingTrail implements AuditTrail {
    public final List<AuditEvent> events = new ArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    @Override
    public AuditPage find(AuditQuery query) {
        return new AuditPage(events, 0, query.size(), events.size());
    }

    public AuditEvent last() {
        return events.get(events.size() - 1);
    }
}
