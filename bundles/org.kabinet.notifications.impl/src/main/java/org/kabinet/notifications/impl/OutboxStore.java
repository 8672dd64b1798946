package org.kabinet.notifications.impl;

import java.time.Instant;
import java.util.List;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.OutboxEntry;
import org.kabinet.notifications.api.SmsRequest;

/** Where the outbox keeps its messages. Implemented over JPA; faked in tests. */
public interface OutboxStore {

    /** Adds the message in the caller's transaction unless its key is known; returns whether it was added. */
    boolean add(EmailMessage message, Instant now);

    /** Adds the SMS in the caller's transaction unless its key is known; returns whether it was added. */
    boolean addSms(SmsRequest message, Instant now);

    /** Pending e-mails whose next attempt is due, oldest first. */
    List<QueuedLetter> due(Instant now, int limit);

    /** Pending SMS whose next attempt is due, oldest first; with {@code immediateOnly} just the {@code IMMEDIATE} ones. */
    List<QueuedSms> dueSms(Instant now, int limit, boolean immediateOnly);

    /** Records one delivery attempt: when, through which gateway, how it went. */
    void recordAttempt(String id, Instant at, String gateway, String outcome, String detail);

    void markSent(String id, int attempts, Instant at);

    void markRetry(String id, int attempts, Instant nextAttempt, String error);

    void markFailed(String id, int attempts, String error);

    /** Newest first; channel and state may be null for "any". */
    List<OutboxEntry> entries(String channel, String state, int limit);

    /** A FAILED message back to PENDING, due at {@code now}; false if there is none with that id. */
    boolean retry(String id, Instant now);
}
