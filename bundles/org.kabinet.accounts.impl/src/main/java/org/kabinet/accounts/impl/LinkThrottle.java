package org.kabinet.accounts.impl;

import java.time.Duration;

/**
 * Limits on guessing registration codes: at most 5 failures per account in 15 minutes and 20 in a
 * day, at most 10 failures per tenant in an hour. Past a limit the request is refused unchecked.
 */
public final class LinkThrottle {
    public static final Duration ACCOUNT_SHORT_WINDOW = Duration.ofMinutes(15);
    public static final int ACCOUNT_SHORT_LIMIT = 5;
    public static final Duration ACCOUNT_DAY_WINDOW = Duration.ofDays(1);
    public static final int ACCOUNT_DAY_LIMIT = 20;
    public static final Duration TENANT_WINDOW = Duration.ofHours(1);
    public static final int TENANT_LIMIT = 10;

    private LinkThrottle() {
    }

    public static boolean tenantAllowed(int failuresInLastHour) {
        return failuresInLastHour < TENANT_LIMIT;
    }

    public static boolean accountAllowed(int failuresIn15Minutes, int failuresInLastDay) {
        return failuresIn15Minutes < ACCOUNT_SHORT_LIMIT && failuresInLastDay < ACCOUNT_DAY_LIMIT;
    }
}
