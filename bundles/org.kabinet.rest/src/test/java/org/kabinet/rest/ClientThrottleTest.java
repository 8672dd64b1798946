package org.kabinet.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ClientThrottleTest {
    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aBurstThenOneTokenPerRefillPerClientAddress() {
        ClientThrottle throttle = new ClientThrottle(3, Duration.ofSeconds(6), clock);
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.tryAcquire("10.0.0.1"));
        }
        assertFalse(throttle.tryAcquire("10.0.0.1"));
        assertTrue(throttle.tryAcquire("10.0.0.2"), "another address has its own bucket");
        assertEquals(6, throttle.retryAfterSeconds("10.0.0.1"));
        now = now.plusSeconds(6);
        assertTrue(throttle.tryAcquire("10.0.0.1"));
        assertFalse(throttle.tryAcquire("10.0.0.1"));
    }

    @Test
    void onlyATrustedProxyMaySayWhomItForwardsFor() {
        assertEquals("203.0.113.7", AccessFilter.client("127.0.0.1", "198.51.100.1, 203.0.113.7", "127.0.0.1"));
        assertEquals("10.1.1.1", AccessFilter.client("10.1.1.1", "203.0.113.7", "127.0.0.1"), "a stranger's header is ignored");
        assertEquals("127.0.0.1", AccessFilter.client("127.0.0.1", "203.0.113.7", ""), "no proxy trusted by default");
    }
}
