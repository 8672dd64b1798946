package org.kabinet.accounts.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The linking form limits failures per client address by the REST core's rule. */
class ClientAddressRuleTest {

    @Test
    void thePeerOrTheTrustedProxysLastHop() {
        assertEquals("203.0.113.7", AccountsPage.clientAddress("203.0.113.7", "10.0.0.1", ""));
        assertEquals("198.51.100.4", AccountsPage.clientAddress("10.0.0.2", "1.2.3.4, 198.51.100.4", "10.0.0.2"));
        assertEquals("10.0.0.3", AccountsPage.clientAddress("10.0.0.3", "1.2.3.4", "10.0.0.2"), "only the trusted proxy is believed");
        assertEquals("10.0.0.2", AccountsPage.clientAddress("10.0.0.2", " ", "10.0.0.2"));
        assertEquals("", AccountsPage.clientAddress(null, null, null));
    }
}
