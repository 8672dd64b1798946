package org.kabinet.notifications.impl;

import java.time.Instant;
import java.util.List;
import org.kabinet.notifications.api.EmailMessage;

/** Where the outbox keeps its messages. Implemented over JPA; faked in tests. */
public interface OutboxStore {

    /** Adds the message in the caller's transaction unless its key is known; returns whether it was added. */
    boolean add(EmailMessage message, Instant now);

    /** Pending messages whose next attempt is due, oldest first. */
    List<QueuedLetter> due(Instant now, int limit);

    void markSent(String id, int attempts, Instant at);

    void markRetry(String id, int attempts, Instant nextAttempt, String error);

    void markFailed(String id, int attempts, String error);
}
