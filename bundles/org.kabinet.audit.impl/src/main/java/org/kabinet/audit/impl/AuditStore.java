package org.kabinet.audit.impl;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kabinet.audit.api.AuditEvent;
import org.kabinet.audit.api.AuditPage;
import org.kabinet.audit.api.AuditQuery;

/**
 * Where the trail is kept. Append-only by its shape: rows are appended and read; {@link #purgeBefore} is
 * the one way a row ever leaves, and only the retention task calls it. There is no update.
 */
public interface AuditStore {

    /** The last row appended (its sequence number and hash), if any. */
    Optional<ChainedEvent> last();

    /** Appends a row; its sequence number is one more than the last's. */
    void append(ChainedEvent row);

    /** The rows the query selects, newest first. */
    AuditPage find(AuditQuery query);

    /** All rows from {@code fromSeq} on, oldest first, at most {@code limit}: for checking the chain. */
    List<ChainedEvent> chain(long fromSeq, int limit);

    /** Deletes the rows older than {@code cutoff}; the number deleted. */
    int purgeBefore(Instant cutoff);

    /** An event as stored: its place in the chain and its hash. */
    record ChainedEvent(long seq, AuditEvent event, String prevHash, String hash) {
    }
}
