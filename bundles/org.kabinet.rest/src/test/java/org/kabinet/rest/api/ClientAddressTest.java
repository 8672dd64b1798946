package org.kabinet.rest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

/** The client's address: the core's rule, and what a resource reads from the request. */
class ClientAddressTest {

    private static HttpServletRequest request(String peer, Map<String, Object> attributes) {
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAddressTest.class.getClassLoader(), new Class<?>[]{HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> peer;
                    case "getAttribute" -> attributes.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theRuleTrustsOnlyTheConfiguredProxysLastHop() {
        assertEquals("203.0.113.7", ClientAddress.of("127.0.0.1", "198.51.100.1, 203.0.113.7", "127.0.0.1"));
        assertEquals("203.0.113.7", ClientAddress.of("127.0.0.1", "198.51.100.1, 203.0.113.7", " 127.0.0.1 "));
        assertEquals("10.1.1.1", ClientAddress.of("10.1.1.1", "203.0.113.7", "127.0.0.1"), "a stranger's header is ignored");
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", "203.0.113.7", ""), "no proxy trusted by default");
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", " ", "127.0.0.1"), "the proxy without the header is the client");
        assertEquals("", ClientAddress.of(null, null, null));
    }

    @Test
    void aResourceReadsWhatTheFilterStoredElseThePeer() {
        assertEquals("198.51.100.1", ClientAddress.of(request("127.0.0.1", Map.of(ClientAddress.ATTRIBUTE, "198.51.100.1"))));
        assertEquals("127.0.0.1", ClientAddress.of(request("127.0.0.1", Map.of())));
        assertEquals("", ClientAddress.of(request(null, Map.of())));
        assertEquals("", ClientAddress.of((HttpServletRequest) null));
    }
}
