package org.kabinet.notifications.api;

import java.util.Objects;

/**
 * An SMS to one person.
 *
 * @param idempotencyKey natural key of the cause, e.g. {@code payment-sms:<paymentId>}; queued once
 * @param phone          10 digits, e.g. {@code 9123456789}
 * @param text           the message (Russian)
 */
public record SmsRequest(String idempotencyKey, String phone, String text) {
    public SmsRequest {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(text, "text");
        if (phone == null || !phone.matches("\\d{10}")) {
            throw new IllegalArgumentException("phone must be 10 digits");
        }
    }
}
