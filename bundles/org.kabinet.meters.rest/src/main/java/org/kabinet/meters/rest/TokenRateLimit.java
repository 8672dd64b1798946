package org.kabinet.meters.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per personal token: {@code perMinute} calls at once, refilled at {@code perMinute} a
 * minute, so a smart meter that posts every few seconds is told 429 while one that posts hourly never
 * notices. Plain Java, tested with a moving clock; full buckets are forgotten when the map grows, so
 * it stays small whatever happens.
 */
final class TokenRateLimit {
    private static final int MAX_TOKENS = 50_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private record Bucket(double left, Instant at) {
    }

    TokenRateLimit(int perMinute, Clock clock) {
        this.perMinute = Math.max(1, perMinute);
        this.clock = clock;
    }

    /** Takes one call from the token's bucket; false when it is empty right now. */
    boolean tryAcquire(String tokenId) {
        Instant now = clock.instant();
        if (buckets.size() > MAX_TOKENS) {
            buckets.entrySet().removeIf(e -> level(e.getValue(), now) >= perMinute);
        }
        boolean[] granted = {false};
        buckets.compute(tokenId, (key, old) -> {
            double left = old == null ? perMinute : level(old, now);
            if (left >= 1) {
                granted[0] = true;
                return new Bucket(left - 1, now);
            }
            return new Bucket(left, now);
        });
        return granted[0];
    }

    private double level(Bucket b, Instant now) {
        double refilled = Math.max(0, Duration.between(b.at(), now).toMillis()) * perMinute / 60_000.0;
        return Math.min(perMinute, b.left() + refilled);
    }
}
