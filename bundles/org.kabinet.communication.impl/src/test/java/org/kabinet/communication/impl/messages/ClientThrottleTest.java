package org.kabinet.communication.impl.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void aFloodOfNewAddressesDoesNotWipeTheCountsOfKnownOnes() {
        ClientThrottle small = new ClientThrottle(2, Duration.ofHours(1), clock, 3);
        assertTrue(small.tryUse("1.1.1.1"));
        assertTrue(small.tryUse("1.1.1.1"));
        assertFalse(small.tryUse("1.1.1.1"));
        assertTrue(small.tryUse("2.2.2.2"));
        assertTrue(small.tryUse("3.3.3.3"));
        assertFalse(small.tryUse("4.4.4.4"), "full: a client not seen before waits for room");
        assertFalse(small.tryUse("1.1.1.1"), "the limited client stays limited");
        assertTrue(small.tryUse("2.2.2.2"), "known clients go on");
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertTrue(small.tryUse("4.4.4.4"), "idle ones were forgotten to make room");
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        assertTrue(throttle.tryUse("2001:db8:1:2::1"));
        assertTrue(throttle.tryUse("2001:db8:1:2:ffff:ffff:ffff:ffff"));
        assertFalse(throttle.tryUse("[2001:0db8:0001:0002::abcd]"), "the same /64, written otherwise");
        assertTrue(throttle.tryUse("2001:db8:1:3::1"), "the next /64 is another client");
        assertEquals(ClientThrottle.key("1.2.3.4"), ClientThrottle.key("::ffff:1.2.3.4"));
        assertEquals("not-an-address", ClientThrottle.key("not-an-address"));
    }
}
