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

    private static final String GSM7 = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM7_EXTENDED = "^{}\\[~]|€\f";

    /**
     * How many SMS segments a text takes: in the GSM 7-bit alphabet 160 characters fit one SMS and
     * 153 each part of a longer one; anything else (Cyrillic) goes as UCS-2: 70, then 67 per part.
     *
     * @since 1.3
     */
    public static int segments(String text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM7.indexOf(c) >= 0) {
                septets++;
            } else if (GSM7_EXTENDED.indexOf(c) >= 0) {
                septets += 2;
            } else {
                int units = text.length();
                return units <= 70 ? 1 : (units + 66) / 67;
            }
        }
        return septets <= 160 ? 1 : (septets + 152) / 153;
    }

    /** A routine SMS: it waits for the end of the quiet hours. */
    public SmsRequest(String idempotencyKey, String phone, String text) {
        this(idempotencyKey, phone, text, SmsPriority.ROUTINE);
    }
}
