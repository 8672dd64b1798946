package org.kabinet.sms.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * What a provider says became of one SMS it accepted: the final word on it, delivered to the phone
 * or not. Intermediate statuses ("queued at the operator", "sent to the network") are not reports:
 * a gateway leaves them out.
 *
 * @param providerMessageId the id the provider gave when it accepted the SMS, exactly as returned in
 *                          {@link SmsReceipt#accepted(String)}
 * @param status            delivered, or failed for good (expired, rejected, unknown number …)
 * @param at                when it happened by the provider's clock, or null when the provider does not
 *                          say (the portal then records when it learnt it)
 * @param detail            the provider's own words for the status, for staff and as evidence (e.g.
 *                          {@code status=DELIVRD}), or null; never secrets
 * @since 1.1
 */
public record DeliveryReport(String providerMessageId, Status status, Instant at, String detail) {

    /** The final states of an SMS at the provider. */
    public enum Status {
        /** The phone received the SMS. */
        DELIVERED,
        /** The SMS will not reach the phone: expired, rejected by the operator, unknown number … (the detail says which). */
        FAILED
    }

    public DeliveryReport {
        Objects.requireNonNull(providerMessageId, "providerMessageId");
        Objects.requireNonNull(status, "status");
        if (providerMessageId.isBlank()) {
            throw new IllegalArgumentException("providerMessageId must not be blank");
        }
    }
}
