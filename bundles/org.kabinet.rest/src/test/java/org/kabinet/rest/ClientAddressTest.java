package org.kabinet.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Whose address a sign-in counts against (the buckets themselves: ThrottlesTest of org.kabinet.persistence). */
class ClientAddressTest {
    @Test
    void onlyATrustedProxyMaySayWhomItForwardsFor() {
        assertEquals("203.0.113.7", AccessFilter.client("127.0.0.1", "198.51.100.1, 203.0.113.7", "127.0.0.1"));
        assertEquals("10.1.1.1", AccessFilter.client("10.1.1.1", "203.0.113.7", "127.0.0.1"), "a stranger's header is ignored");
        assertEquals("127.0.0.1", AccessFilter.client("127.0.0.1", "203.0.113.7", ""), "no proxy trusted by default");
    }
}
