package org.kabinet.notifications.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Something that happened which integrators may hear about through a webhook: a payment posted, a period
 * closed, a reading accepted or flagged, a message received. Its {@code id} is stable — the same event
 * always carries the same id (e.g. {@code payment.posted:<payment id>}) — so it is queued once per endpoint
 * and a receiver can drop a repeat. {@code data} holds text values only (amounts as {@code "1234.50"}).
 *
 * @since 1.7
 */
public record WebhookEvent(String id, String type, Instant occurredAt, Map<String, String> data) {
    public static final String PAYMENT_POSTED = "payment.posted";
    public static final String PAYMENT_REVERSED = "payment.reversed";
    public static final String PERIOD_CLOSED = "period.closed";
    public static final String READING_ACCEPTED = "reading.accepted";
    public static final String READING_FLAGGED = "reading.flagged";
    public static final String MESSAGE_RECEIVED = "message.received";
    /** Every event type an endpoint may subscribe to. */
    public static final Set<String> TYPES = Set.of(PAYMENT_POSTED, PAYMENT_REVERSED, PERIOD_CLOSED, READING_ACCEPTED,
            READING_FLAGGED, MESSAGE_RECEIVED);

    public WebhookEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown webhook event type " + type);
        }
        // the id goes into the outbox key (at most 200 characters with the endpoint's id)
        if (id.isBlank() || id.length() > 120) {
            throw new IllegalArgumentException("a webhook event id is 1-120 characters");
        }
        data = Map.copyOf(data);
    }
}
