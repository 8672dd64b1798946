package org.kabinet.meters.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenRateLimitTest {
    private final MovingClock clock = new MovingClock();

    @Test
    void sixtyCallsAtOnceThenOneASecond() {
        TokenRateLimit limit = new TokenRateLimit(60, clock);
        for (int i = 0; i < 60; i++) {
            assertTrue(limit.tryAcquire("token-a"), "call " + (i + 1));
        }
        assertFalse(limit.tryAcquire("token-a"));
        clock.move(Duration.ofMillis(500));
        assertFalse(limit.tryAcquire("token-a"), "half a call refilled is not a call");
        clock.move(Duration.ofMillis(500));
        assertTrue(limit.tryAcquire("token-a"));
        assertFalse(limit.tryAcquire("token-a"));
    }

    @Test
    void eachTokenHasItsOwnBucket() {
        TokenRateLimit limit = new TokenRateLimit(2, clock);
        assertTrue(limit.tryAcquire("a"));
        assertTrue(limit.tryAcquire("a"));
        assertFalse(limit.tryAcquire("a"));
        assertTrue(limit.tryAcquire("b"));
    }

    @Test
    void aQuietTokenRefillsOnlyUpToTheBurst() {
        TokenRateLimit limit = new TokenRateLimit(3, clock);
        limit.tryAcquire("a");
        clock.move(Duration.ofHours(5));
        for (int i = 0; i < 3; i++) {
            assertTrue(limit.tryAcquire("a"));
        }
        assertFalse(limit.tryAcquire("a"));
    }
}
