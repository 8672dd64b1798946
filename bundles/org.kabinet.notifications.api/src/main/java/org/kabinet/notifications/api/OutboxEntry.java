package org.kabinet.notifications.api;

import java.time.Instant;

/**
 * A message in the outbox as staff see it.
 *
 * @param channel           EMAIL or SMS
 * @param state             PENDING, SENT or FAILED (failed to send)
 * @param providerMessageId an SMS's id at the provider that accepted it, or null (since 1.3)
 * @param deliveryState     what the provider reported about a sent SMS: {@code DELIVERED}, {@code FAILED}
 *                          (not delivered), or null while nothing is known (and for e-mail) (since 1.3)
 * @param deliveryAt        when it was delivered or failed, by the provider's clock when it said, else when
 *                          the portal learnt it; null with {@code deliveryState} (since 1.3)
 * @param deliveryDetail    the provider's own words, e.g. {@code status=DELIVRD}, or null (since 1.3)
 */
public record OutboxEntry(String id, String idempotencyKey, String channel, String recipient, String text, String state,
                          int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError,
                          String providerMessageId, String deliveryState, Instant deliveryAt, String deliveryDetail) {

    /** An entry without delivery information (as before 1.3). */
    public OutboxEntry(String id, String idempotencyKey, String channel, String recipient, String text, String state,
                       int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
        this(id, idempotencyKey, channel, recipient, text, state, attempts, createdAt, nextAttemptAt, sentAt, lastError,
                null, null, null, null);
    }
}
