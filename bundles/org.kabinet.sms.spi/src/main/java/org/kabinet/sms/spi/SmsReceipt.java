package org.kabinet.sms.spi;

import java.util.Objects;

/**
 * How sending went: {@link Outcome#ACCEPTED} by the provider (with its message id),
 * {@link Outcome#TEMPORARY_FAILURE} (the portal retries later), or {@link Outcome#PERMANENT_FAILURE}
 * (the portal stops and shows it to staff).
 */
public record SmsReceipt(Outcome outcome, String providerMessageId, String reason) {
    public enum Outcome { ACCEPTED, TEMPORARY_FAILURE, PERMANENT_FAILURE }

    public SmsReceipt {
        Objects.requireNonNull(outcome, "outcome");
    }

    public static SmsReceipt accepted(String providerMessageId) {
        return new SmsReceipt(Outcome.ACCEPTED, providerMessageId, null);
    }

    /** A provider outage, a timeout, a 5xx answer: worth trying again. */
    public static SmsReceipt temporaryFailure(String reason) {
        return new SmsReceipt(Outcome.TEMPORARY_FAILURE, null, reason);
    }

    /** A rejected number, bad credentials, a 4xx answer: retrying will not help. */
    public static SmsReceipt permanentFailure(String reason) {
        return new SmsReceipt(Outcome.PERMANENT_FAILURE, null, reason);
    }
}
