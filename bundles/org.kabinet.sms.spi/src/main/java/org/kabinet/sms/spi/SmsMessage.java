package org.kabinet.sms.spi;

import java.util.Objects;

/**
 * One SMS to send.
 *
 * @param phone          10 digits without the country code, e.g. {@code 9123456789} (Russia, +7)
 * @param text           the message text (Russian, UTF-8)
 * @param idempotencyKey stable per message, e.g. {@code debt-sms:<account>:<yyyy-MM>}; pass it to the
 *                       provider if it deduplicates, so a retry after a lost answer is not sent twice
 */
public record SmsMessage(String phone, String text, String idempotencyKey) {
    public SmsMessage {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (!phone.matches("\\d{10}")) {
            throw new IllegalArgumentException("phone must be 10 digits: " + phone);
        }
    }

    /** The phone in international form, {@code +7XXXXXXXXXX}, as most providers want it. */
    public String international() {
        return "+7" + phone;
    }
}
