package org.kabinet.registration.impl;

import java.time.Duration;
import java.time.Instant;

/**
 * Slows down password guessing on one account: from the 5th failure in a row each further attempt
 * must wait 1 s, 2 s, 4 s … (at most 15 min) after the last failure, and at most 100 passwords are
 * checked per account in an hour. A refused attempt checks no password and changes nothing.
 */
public final class SignInThrottle {
    static final int FREE_FAILURES = 4;
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final int VERIFICATIONS_PER_HOUR = 100;

    private SignInThrottle() {
    }

    /** The earliest moment the next attempt may be checked, after {@code failures} failures in a row. */
    public static Instant nextAttemptAt(int failures, Instant lastFailure) {
        if (failures <= FREE_FAILURES || lastFailure == null) {
            return Instant.MIN;
        }
        int exponent = Math.min(failures - 1 - FREE_FAILURES, 20);
        Duration delay = Duration.ofSeconds(1L << exponent);
        return lastFailure.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
    }

    public static boolean allows(UserAccount user, Instant now) {
        if (now.isBefore(nextAttemptAt(user.failedSignIns, user.lastFailedSignIn))) {
            return false;
        }
        boolean windowOpen = user.verifyWindowStart != null && user.verifyWindowStart.plus(Duration.ofHours(1)).isAfter(now);
        return !windowOpen || user.verifyCount < VERIFICATIONS_PER_HOUR;
    }

    /** Counts a password check against the hourly budget. */
    public static void recordVerification(UserAccount user, Instant now) {
        if (user.verifyWindowStart == null || !user.verifyWindowStart.plus(Duration.ofHours(1)).isAfter(now)) {
            user.verifyWindowStart = now;
            user.verifyCount = 0;
        }
        user.verifyCount++;
    }

    public static void recordFailure(UserAccount user, Instant now) {
        user.failedSignIns++;
        user.lastFailedSignIn = now;
    }

    public static void recordSuccess(UserAccount user) {
        user.failedSignIns = 0;
        user.lastFailedSignIn = null;
    }
}
