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
 * @param secret         the part of {@code text} that must not be seen by anyone but the recipient — a
 *                       confirmation code — or null: the outbox shows the text with it masked
 *                       ({@link #maskedText()}) to staff and in logs, and keeps only the masked text once the SMS
 *                       went out or failed for good. An SMS with a secret is a code: it counts against the daily
 *                       SMS cap and is refused when the cap is reached (since 1.6)
 */
public record SmsRequest(String idempotencyKey, String phone, String text, SmsPriority priority, String secret) {
    public SmsRequest {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(priority, "priority");
        if (phone == null || !phone.matches("\\d{10}")) {
            throw new IllegalArgumentException("phone must be 10 digits");
        }
        if (secret != null && (secret.isEmpty() || !text.contains(secret))) {
            throw new IllegalArgumentException("the secret must be a part of the text");
        }
    }

    /** An SMS without a secret (as before 1.6). */
    public SmsRequest(String idempotencyKey, String phone, String text, SmsPriority priority) {
        this(idempotencyKey, phone, text, priority, null);
    }

    /**
     * The same SMS with {@code code} (a part of its text) marked secret.
     *
     * @since 1.6
     */
    public SmsRequest withSecret(String code) {
        return new SmsRequest(idempotencyKey, phone, text, priority, code);
    }

    /** The text with its secret replaced by as many bullets, e.g. {@code Код: ••••••}; the text itself if it has none. @since 1.6 */
    public String maskedText() {
        return masked(text, secret);
    }

    /**
     * {@code text} with every occurrence of {@code secret} replaced by as many bullets ({@code •}); the text
     * itself when the secret is null or empty.
     *
     * @since 1.6
     */
    public static String masked(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, "\u2022".repeat(secret.length()));
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
