package org.kabinet.notifications.api;

import java.util.Objects;

/**
 * An SMS to one person.
 *
 * @param idempotencyKey natural key of the cause, e.g. {@code payment-sms:<paymentId>}; queued once
 * @param phone          10 digits, e.g. {@code 9123456789}
 * @param text           the message (Russian)
 * @param priority       {@link SmsPriority#IMMEDIATE} only for what the person is waiting for (codes):
 *                       it is sent during quiet hours too
 */
public record SmsRequest(String idempotencyKey, String phone, String text, SmsPriority priority) {
    public SmsRequest {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(priority, "priority");
        if (phone == null || !phone.matches("\\d{10}")) {
            throw new IllegalArgumentException("phone must be 10 digits");
        }
    }

    /** A routine SMS: it waits for the end of the quiet hours. */
    public SmsRequest(String idempotencyKey, String phone, String text) {
        this(idempotencyKey, phone, text, SmsPriority.ROUTINE);
    }
}
