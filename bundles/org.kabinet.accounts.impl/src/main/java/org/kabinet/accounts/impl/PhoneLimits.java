package org.kabinet.accounts.impl;

import java.time.Duration;

/**
 * Limits on SMS codes against SMS pumping, besides one code a minute per tenant: at most
 * {@code perNumberPerDay} codes to one number and {@code perTenantPerDay} codes for one tenant in 24 hours.
 */
public record PhoneLimits(int perNumberPerDay, int perTenantPerDay) {
    public static final PhoneLimits DEFAULT = new PhoneLimits(5, 10);
    static final Duration DAY = Duration.ofDays(1);

    public PhoneLimits {
        perNumberPerDay = Math.max(1, perNumberPerDay);
        perTenantPerDay = Math.max(1, perTenantPerDay);
    }
}
