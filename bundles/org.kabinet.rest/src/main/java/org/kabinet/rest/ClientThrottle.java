package org.kabinet.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code burst} requests at once, then one every {@code refill}.
 * Plain Java, so the rule is tested with a moving clock; the map forgets full buckets so a crowd of
 * addresses cannot grow it without bound.
 */
final class ClientThrottle {
    private static final int MAX_CLIENTS = 100_000;

    private final int burst;
    private final Duration refill;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private record Bucket(double tokens, Instant at) {
    }

    ClientThrottle(int burst, Duration refill, Clock clock) {
        this.burst = burst;
        this.refill = refill;
        this.clock = clock;
    }

    /** Takes one token for the client; false when its bucket is empty. */
    boolean tryAcquire(String client) {
        Instant now = clock.instant();
        if (buckets.size() > MAX_CLIENTS) {
            buckets.entrySet().removeIf(e -> level(e.getValue(), now) >= burst);
        }
        boolean[] granted = {false};
        buckets.compute(client == null ? "" : client, (key, old) -> {
            double tokens = old == null ? burst : level(old, now);
            if (tokens >= 1) {
                granted[0] = true;
                return new Bucket(tokens - 1, now);
            }
            return new Bucket(tokens, now);
        });
        return granted[0];
    }

    /** Seconds until the client has a token again. */
    long retryAfterSeconds(String client) {
        Bucket b = buckets.get(client == null ? "" : client);
        double missing = b == null ? 0 : Math.max(0, 1 - level(b, clock.instant()));
        return Math.max(1, (long) Math.ceil(missing * refill.toMillis() / 1000.0));
    }

    private double level(Bucket b, Instant now) {
        double refilled = Duration.between(b.at, now).toMillis() / (double) refill.toMillis();
        return Math.min(burst, b.tokens + Math.max(0, refilled));
    }
}
