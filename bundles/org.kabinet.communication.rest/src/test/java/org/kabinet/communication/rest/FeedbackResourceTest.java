package org.kabinet.communication.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.rest.api.ClientAddress;

/** The public feedback form: the number to quote, the client's address as the core reads it, the signed-in tenant. */
class FeedbackResourceTest {
    private final FakeInbox module = new FakeInbox();
    private final CommunicationBodies.FeedbackBody form = new CommunicationBodies.FeedbackBody("Анна", "anna@example.ru",
            "Когда покрасят подъезд?", "");

    /**
     * A request from {@code peer}, with these headers, for which the core's access filter stored the client's
     * address by its rule (here with {@code trustedProxy}); nothing else of the servlet API is asked.
     */
    private static HttpServletRequest from(String peer, Map<String, String> headers, String trustedProxy) {
        String client = ClientAddress.of(peer, headers.get("X-Forwarded-For"), trustedProxy);
        return (HttpServletRequest) Proxy.newProxyInstance(FeedbackResourceTest.class.getClassLoader(), new Class<?>[]{HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> peer;
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getAttribute" -> ClientAddress.ATTRIBUTE.equals(args[0]) ? client : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static HttpServletRequest from(String peer, Map<String, String> headers) {
        return from(peer, headers, "");
    }

    @Test
    void theFormIs202WithTheNumberToQuote() {
        Response answer = new FeedbackResource(module, new FakeSessions()).submit(from("203.0.113.7", Map.of()), null, form);
        assertEquals(202, answer.getStatus());
        assertEquals(new CommunicationBodies.NumberBody("О-2026-00042"), answer.getEntity());
        assertEquals("Анна", module.form.name());
        assertEquals("anna@example.ru", module.form.contact());
        assertEquals("Когда покрасят подъезд?", module.form.text());
        assertEquals("", module.form.website());
        assertEquals("203.0.113.7", module.form.client());
        assertNull(module.form.tenantId());
    }

    @Test
    void theHoneypotIsPassedOnForTheModuleToJudge() {
        new FeedbackResource(module, new FakeSessions()).submit(from("203.0.113.7", Map.of()), null,
                new CommunicationBodies.FeedbackBody("bot", "bot@example.com", "buy", "http://spam.example"));
        assertEquals("http://spam.example", module.form.website());
    }

    @Test
    void aStrangersForwardedForIsIgnored() {
        new FeedbackResource(module, new FakeSessions()).submit(from("203.0.113.7", Map.of("X-Forwarded-For", "198.51.100.1")), null, form);
        assertEquals("203.0.113.7", module.form.client());
    }

    @Test
    void behindTheTrustedProxyTheClientIsTheHopTheProxyAdded() {
        new FeedbackResource(module, new FakeSessions()).submit(
                from("127.0.0.1", Map.of("X-Forwarded-For", "10.0.0.1, 198.51.100.1"), " 127.0.0.1 "), null, form);
        assertEquals("198.51.100.1", module.form.client());
    }

    @Test
    void aSignedInTenantIsLinkedAnyOtherTokenIgnored() {
        FeedbackResource resource = new FeedbackResource(module, new FakeSessions());
        resource.submit(from("203.0.113.7", Map.of()), "Bearer live-token", form);
        assertEquals("tenant-1", module.form.tenantId());
        resource.submit(from("203.0.113.7", Map.of()), "Bearer stale-token", form);
        assertNull(module.form.tenantId());
        resource.submit(from("203.0.113.7", Map.of()), "Basic bWFuYWdlcjpwYXNz", form);
        assertNull(module.form.tenantId());
    }

    @Test
    void noBodyIsRequestEmpty() {
        assertEquals("request.empty", assertThrows(KabinetException.class,
                () -> new FeedbackResource(module, new FakeSessions()).submit(from("203.0.113.7", Map.of()), null, null)).code());
        assertNull(module.form);
    }
}
