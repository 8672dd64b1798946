package org.kabinet.notifications.api;

import java.util.Objects;
import java.util.Optional;

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

    /**
     * A typed mobile number as the 10 digits an SMS goes to: {@code +7 912 345-67-89},
     * {@code 8 (912) 345 67 89} and {@code 9123456789} all give {@code 9123456789}; empty for anything else.
     */
    public static Optional<String> phoneDigits(String typed) {
        String digits = typed == null ? "" : typed.replaceAll("[^0-9]", "");
        if (digits.length() == 11 && (digits.startsWith("7") || digits.startsWith("8"))) {
            digits = digits.substring(1);
        }
        return digits.matches("\\d{10}") ? Optional.of(digits) : Optional.empty();
    }

    /** A routine SMS: it waits for the end of the quiet hours. */
    public SmsRequest(String idempotencyKey, String phone, String text) {
        this(idempotencyKey, phone, text, SmsPriority.ROUTINE);
    }
}
