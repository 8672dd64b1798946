package org.kabinet.billing.api;

import java.time.Instant;

/**
 * A staff change to billing, kept for review: when, who (the staff member's name, or «console:<user>»),
 * what ({@code action}), the account it touched if one, and the detail in words.
 */
public record BillingAudit(Instant at, String by, Action action, String accountId, String detail) {
    public enum Action {
        SERVICE_SAVED, TARIFF_ADDED, KEY_RATE_SAVED, PENALTY_RULE_SAVED, PERIOD_BILLED, PERIOD_CLOSED, PAYMENT_POSTED,
        PAYMENTS_IMPORTED, CHARGES_IMPORTED, PAYMENT_REVERSED
    }
}
