package org.kabinet.notifications.impl;

import java.time.Clock;
import java.time.Instant;

/** A token bucket: at most {@code perSecond} sends per second on average, bursts up to one second's worth. */
public final class RateLimit {
    private final double perSecond;
    private final Clock clock;
    private double tokens;
    private Instant last;

    public RateLimit(double perSecond, Clock clock) {
        this.perSecond = perSecond;
        this.clock = clock;
        this.tokens = perSecond;
        this.last = clock.instant();
    }

    public synchronized boolean tryAcquire() {
        Instant now = clock.instant();
        double elapsed = Math.max(0, (now.toEpochMilli() - last.toEpochMilli()) / 1000.0);
        tokens = Math.min(perSecond, tokens + elapsed * perSecond);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
