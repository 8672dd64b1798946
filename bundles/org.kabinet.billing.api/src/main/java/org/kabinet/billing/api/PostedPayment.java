package org.kabinet.billing.api;

/** A payment as stored: its account, where it came from (STAFF, REST, REGISTRY) and, if reversed, why. */
public record PostedPayment(String accountId, Payment payment, String origin, String reversalReason) {
}
