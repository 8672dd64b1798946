package org.kabinet.notifications.api;

import java.time.Instant;

/**
 * A message in the outbox as staff see it.
 *
 * @param channel EMAIL or SMS
 * @param state   PENDING, SENT or FAILED
 */
public record OutboxEntry(String id, String idempotencyKey, String channel, String recipient, String text, String state,
                          int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) {
}
