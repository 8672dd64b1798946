package org.kabinet.communication.impl.messages;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kabinet.persistence.testing.MutableClock;

class ClientThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T05:00:00Z"));
    private final ClientThrottle throttle = new ClientThrottle(2, Duration.ofHours(1), clock);

    @Test
    void eachClientHasItsOwnSlidingWindow() {
        assertTrue(throttle.tryUse("1.1.1.1"));
        clock.advance(Duration.ofMinutes(30));
        assertTrue(throttle.tryUse("1.1.1.1"));
        assertFalse(throttle.tryUse("1.1.1.1"));
        assertTrue(throttle.tryUse("2.2.2.2"));
        clock.advance(Duration.ofMinutes(30));
        assertTrue(throttle.tryUse("1.1.1.1"), "the first use is an hour old");
        assertFalse(throttle.tryUse("1.1.1.1"));
    }

    @Test
    void anUnknownClientCountsAsOne() {
        assertTrue(throttle.tryUse(null));
        assertTrue(throttle.tryUse(" "));
        assertFalse(throttle.tryUse(null));
    }
}
