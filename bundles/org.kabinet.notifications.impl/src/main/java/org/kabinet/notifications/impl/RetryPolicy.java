package org.kabinet.notifications.impl;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Capped exponential back-off with jitter: the n-th failed attempt waits
 * {@code min(first * 2^(n-1), cap)}, spread by ±20% so that a burst of failures does not retry in
 * lock-step. After {@code maxAttempts} the message is marked failed and left for staff.
 */
public final class RetryPolicy {
    private final Duration first;
    private final Duration cap;
    private final int maxAttempts;
    private final DoubleSupplier random;

    public RetryPolicy(Duration first, Duration cap, int maxAttempts, DoubleSupplier random) {
        this.first = first;
        this.cap = cap;
        this.maxAttempts = maxAttempts;
        this.random = random;
    }

    public boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    public Duration delayAfter(int attempts) {
        long base = first.toMillis();
        long capped = cap.toMillis();
        long delay = base;
        for (int i = 1; i < attempts && delay < capped; i++) {
            delay *= 2;
        }
        delay = Math.min(delay, capped);
        double jitter = 0.8 + 0.4 * random.getAsDouble();
        return Duration.ofMillis(Math.round(delay * jitter));
    }
}
