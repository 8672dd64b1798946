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

    /** Adds the SMS whose keys are not known yet, in the caller's transaction; returns their keys. */
    java.util.Set<String> addAllSms(List<SmsRequest> messages, Instant now);

    /**
     * Queues a webhook delivery (the event's JSON for one endpoint) in the caller's transaction unless its key
     * is known; returns whether it was added.
     */
    boolean addWebhook(String key, String endpointId, String url, String type, String json, Instant now);

    /** Pending webhook deliveries whose next attempt is due, oldest first, claimed for this node as {@link #due}. */
    List<QueuedWebhook> dueWebhooks(Instant now, int limit);

    /** State → count of the messages whose key matches the LIKE pattern. */
    java.util.Map<String, Integer> countByState(String keyPattern);

    /**
     * Pending e-mails whose next attempt is due, oldest first, claimed for this node: no other node gets
     * them until they are settled, released, or the claim's lease ends (this node died).
     */
    List<QueuedLetter> due(Instant now, int limit);

    /**
     * Pending SMS whose next attempt is due, oldest first, claimed for this node as {@link #due}; with
     * {@code immediateOnly} just the {@code IMMEDIATE} ones.
     */
    List<QueuedSms> dueSms(Instant now, int limit, boolean immediateOnly);

    /** How long a claim holds: a dispatcher pass stops trying its claimed messages at half of it and releases the rest. */
    java.time.Duration claim();

    /** Gives claimed messages that were not tried back at once (due again for any node). */
    void release(java.util.Collection<String> ids);

    /**
     * Gives back every waiting message of the channel this node holds a claim on (it is stopping): due again at once
     * for any node, instead of when the claims end. Returns how many.
     */
    int releaseClaims(String channel);

    /** Keeps the bytes of an attachment that was queued by reference, once built. */
    void storeFile(String fileId, byte[] content);

    /** Records one delivery attempt: when, through which gateway, how it went. */
    void recordAttempt(String id, Instant at, String gateway, String outcome, String detail);

    /** A letter went out; its secret link, if it had one, is erased. */
    void markSent(String id, int attempts, Instant at);

    /** An SMS the gateway accepted (its code, if any, erased): SENT, with the gateway's name and the provider's id (null if it gave none) for delivery reports. */
    void markSmsSent(String id, int attempts, Instant at, String gateway, String providerMessageId);

    void markRetry(String id, int attempts, Instant nextAttempt, String error);

    /** Failed for good; a secret link or code is erased. */
    void markFailed(String id, int attempts, String error);

    /**
     * SMS that count against the daily cap from {@code dayStart} on: those sent since then and the
     * {@code IMMEDIATE} ones waiting (they go out whatever the cap).
     */
    int smsCountedSince(Instant dayStart);

    /**
     * Newest first; channel and state may be null for "any". An SMS's secret (a code) is masked; a
     * letter's text is its subject.
     */
    List<OutboxEntry> entries(String channel, String state, int limit);

    /**
     * A FAILED message back to PENDING, due at {@code now}; false if there is none with that id, or its
     * secret (link or code) was erased — the person asks for a new one instead — or its body cleared by retention.
     */
    boolean retry(String id, Instant now);

    /** The SMS the gateway sent under that provider id, if any. */
    java.util.Optional<SentSms> sentSms(String gateway, String providerMessageId);

    /**
     * SENT SMS of the gateway with a provider id and no delivery state yet, sent since {@code sentSince}
     * and last asked about (or, never asked, sent) no later than {@code checkedBefore}; oldest first.
     */
    List<SentSms> unconfirmedSms(String gateway, Instant sentSince, Instant checkedBefore, int limit);

    /** Notes that the provider was asked about these SMS at {@code at}. */
    void markDeliveryChecked(java.util.Collection<String> ids, Instant at);

    /** Whether a delivery report with this status about the SMS is kept already. */
    boolean hasDeliveryReport(String id, String status);

    /** Keeps a delivery report as evidence. */
    void recordDeliveryReport(DeliveryRecord report);

    /** The SMS's delivery state ({@code DELIVERED} or {@code FAILED}), its time and the provider's detail. */
    void markDelivery(String id, String state, Instant at, String detail);

    /**
     * Clears the bodies of up to {@code limit} messages in {@code state} (SENT or FAILED) that became so
     * before {@code before} — sent (SENT) or created (FAILED): text, links and attachments' bytes go, the key,
     * subject, recipient, times and attempts stay. Returns how many were cleared; the caller repeats while it
     * gets {@code limit}.
     */
    int clearBodies(String state, Instant before, Instant now, int limit);

    /**
     * Deletes up to {@code limit} settled messages (not PENDING) created before {@code before}, with their
     * attempts, delivery reports and attachments; returns how many.
     */
    int deleteSettled(Instant before, int limit);
}
