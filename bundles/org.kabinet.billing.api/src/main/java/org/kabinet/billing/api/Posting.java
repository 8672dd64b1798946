package org.kabinet.billing.api;

/** The answer to posting a payment: {@code created} is false when the same payment had been posted before. */
public record Posting(String accountId, Payment payment, boolean created) {
}
