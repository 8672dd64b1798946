package org.kabinet.notifications.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.notifications.api.WebhookAdministration;
import org.kabinet.notifications.api.WebhookEvent;
import org.kabinet.notifications.impl.jpa.JpaOutboxStore;
import org.kabinet.notifications.impl.jpa.JpaWebhookEndpoints;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;

/** Webhooks on the real outbox tables, delivered to a real HTTP server on loopback. */
class WebhooksTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T07:00:00Z"));
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** The statuses the receiver answers with, in turn; 204 once they run out. */
    private final Deque<Integer> answers = new ArrayDeque<>();
    private HttpServer receiver;
    private LocalJpa jpa;
    private JpaOutboxStore store;
    private MailDispatcherTest.OutboxRows rows;
    private WebhookService service;
    private WebhookPublisher publisher;
    private WebhookDispatcher dispatcher;
    private JpaWebhookEndpoints endpoints;

    record Received(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Integer status;
            synchronized (answers) {
                status = answers.poll();
            }
            exchange.sendResponseHeaders(status == null ? 204 : status, -1);
            exchange.close();
        });
        receiver.start();
        jpa = new LocalJpa("kabinet-notifications", SchemaMigrations.of("notif", getClass().getClassLoader(),
                "db/notifications", JpaOutboxStore.MIGRATIONS.toArray(new String[0])));
        store = new JpaOutboxStore(jpa);
        rows = new MailDispatcherTest.OutboxRows(jpa);
        endpoints = new JpaWebhookEndpoints(jpa);
        WebhookSigner signer = new WebhookSigner(new byte[32]);
        service = new WebhookService(endpoints, signer, 3, clock);
        publisher = new WebhookPublisher(store, endpoints, clock);
        dispatcher = new WebhookDispatcher(store, endpoints::find, signer,
                new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(30), 3, () -> 0.5), Duration.ofSeconds(5), clock);
    }

    @AfterEach
    void tearDown() {
        receiver.stop(0);
        jpa.close();
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private static WebhookEvent payment(String id) {
        return new WebhookEvent(WebhookEvent.PAYMENT_POSTED + ":" + id, WebhookEvent.PAYMENT_POSTED,
                Instant.parse("2026-11-27T06:59:00Z"), Map.of("accountId", "A-1", "amount", "1500.00", "paymentId", id));
    }

    private int publish(WebhookEvent event) {
        return jpa.inTransaction(() -> publisher.publish(event));
    }

    @Test
    void anEventReachesEachSubscribedEndpointOnceSignedAndIsNotSentAgain() throws Exception {
        WebhookAdministration.Added payments = jpa.inTransaction(() ->
                service.add(url(), Set.of("payment.posted"), "1С", "admin"));
        jpa.inTransaction(() -> service.add(url(), Set.of("reading.accepted"), null, "admin"));

        assertTrue(publisher.listening("payment.posted"));
        assertTrue(!publisher.listening("period.closed"), "nobody hears closed periods: callers skip building them");
        assertEquals(1, publish(payment("P-1")), "only the endpoint hearing payments gets it");
        assertEquals(0, publish(payment("P-1")), "the same event id is queued once");

        assertEquals(1, dispatcher.dispatchDue(10));
        assertEquals(1, received.size());
        Received hook = received.get(0);
        assertEquals("{\"id\":\"payment.posted:P-1\",\"type\":\"payment.posted\",\"occurredAt\":\"2026-11-27T06:59:00Z\","
                + "\"data\":{\"accountId\":\"A-1\",\"amount\":\"1500.00\",\"paymentId\":\"P-1\"}}", hook.body());
        assertEquals("payment.posted:P-1", hook.header("Kabinet-Event-Id"));
        assertEquals("payment.posted", hook.header("Kabinet-Event-Type"));
        String timestamp = hook.header("Kabinet-Timestamp");
        assertEquals(String.valueOf(clock.instant().getEpochSecond()), timestamp);
        // what a receiver does with the secret it was shown once: its own HMAC of "<timestamp>.<body>"
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(payments.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "v1=" + java.util.HexFormat.of().formatHex(
                mac.doFinal((timestamp + "." + hook.body()).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, hook.header("Kabinet-Signature"));
        assertTrue(payments.secret().startsWith("whsec_"));

        String key = QueuedWebhook.key("payment.posted:P-1", payments.endpoint().id());
        assertEquals("SENT", rows.state(key));
        clock.advance(Duration.ofHours(1));
        assertEquals(0, dispatcher.dispatchDue(10));
        assertEquals(1, received.size(), "a delivered event is never sent again");
    }

    @Test
    void aFailingReceiverIsRetriedWithBackOffThenTheDeliveryFails() {
        WebhookAdministration.Added added = jpa.inTransaction(() -> service.add(url(), Set.of("payment.posted"), null, "admin"));
        String key = QueuedWebhook.key("payment.posted:P-2", added.endpoint().id());
        answers.addAll(List.of(500, 503, 410));
        publish(payment("P-2"));

        assertEquals(0, dispatcher.dispatchDue(10));
        assertEquals("PENDING", rows.state(key));
        assertEquals(clock.instant().plus(Duration.ofMinutes(1)), rows.nextAttempt(key));
        assertEquals(0, dispatcher.dispatchDue(10), "not before its next attempt");
        assertEquals(1, received.size());

        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue(10);
        assertEquals(clock.instant().plus(Duration.ofMinutes(2)), rows.nextAttempt(key), "the wait doubles");
        clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue(10);
        assertEquals("FAILED", rows.state(key), "three attempts and the policy gives up");
        assertEquals(3, rows.attemptRecords(key, "TEMPORARY_FAILURE"));
        assertEquals(3, received.size());
        received.forEach(r -> assertEquals("payment.posted:P-2", r.header("Kabinet-Event-Id"), "every try is the same event"));

        assertTrue(store.retry(rows.id(key), clock.instant()), "staff can send it again");
        assertEquals(1, dispatcher.dispatchDue(10));
        assertEquals("SENT", rows.state(key));
    }

    @Test
    void aReceiverThatIsDownIsRetried() {
        WebhookAdministration.Added added = jpa.inTransaction(() -> service.add(url(), Set.of("payment.posted"), null, "admin"));
        receiver.stop(0);
        publish(payment("P-3"));
        assertEquals(0, dispatcher.dispatchDue(10));
        String key = QueuedWebhook.key("payment.posted:P-3", added.endpoint().id());
        assertEquals("PENDING", rows.state(key));
        assertEquals(1, rows.attemptRecords(key, "TEMPORARY_FAILURE"));
    }

    @Test
    void anIdInAnyLetterTravelsPercentEncodedInTheHeaderAndAsItIsInTheBody() {
        jpa.inTransaction(() -> service.add(url(), Set.of("payment.posted"), null, "admin"));
        publish(payment("ПЛ-1%"));
        assertEquals(1, dispatcher.dispatchDue(10));
        assertEquals("payment.posted:%D0%9F%D0%9B-1%25", received.get(0).header("Kabinet-Event-Id"));
        assertTrue(received.get(0).body().startsWith("{\"id\":\"payment.posted:ПЛ-1%\""));
    }

    @Test
    void aDeliveryTheHttpClientCannotMakeFailsAtOnce() {
        // a URL that passed the checks of an older version: the client refuses it, so it is failed, not retried forever
        String id = java.util.UUID.randomUUID().toString();
        endpoints.add(new org.kabinet.notifications.api.WebhookEndpoint(id, "https://example.org:99999/hook", Set.of("payment.posted"),
                null, clock.instant(), "admin"));
        publish(payment("P-5"));
        assertEquals(0, dispatcher.dispatchDue(10));
        String key = QueuedWebhook.key("payment.posted:P-5", id);
        assertEquals("FAILED", rows.state(key));
        assertEquals(1, rows.attemptRecords(key, "PERMANENT_FAILURE"));
    }

    @Test
    void aStoppingNodeGivesItsClaimsBack() {
        jpa.inTransaction(() -> service.add(url(), Set.of("payment.posted"), null, "admin"));
        publish(payment("P-6"));
        assertEquals(1, store.dueWebhooks(clock.instant(), 10).size(), "claimed by a pass the stop interrupted");
        assertEquals(0, store.dueWebhooks(clock.instant(), 10).size(), "held by its claim");
        assertEquals(1, store.releaseClaims("WEBHOOK"));
        assertEquals(1, dispatcher.dispatchDue(10), "due again at once, not when the claim ends");
        assertEquals(0, store.releaseClaims("WEBHOOK"), "a settled delivery has no claim");
    }

    @Test
    void whatWaitsForARemovedEndpointFails() {
        WebhookAdministration.Added added = jpa.inTransaction(() -> service.add(url(), Set.of("payment.posted"), null, "admin"));
        publish(payment("P-4"));
        assertTrue(jpa.inTransaction(() -> service.remove(added.endpoint().id())));
        assertEquals(0, dispatcher.dispatchDue(10));
        assertEquals("FAILED", rows.state(QueuedWebhook.key("payment.posted:P-4", added.endpoint().id())));
        assertEquals(0, received.size());
    }

    @Test
    void endpointsAreCheckedWhenAdded() {
        assertEquals("webhook.url.insecure", refused("http://example.org/hook", Set.of("payment.posted"), null));
        assertEquals("webhook.url.invalid", refused("ftp://example.org/hook", Set.of("payment.posted"), null));
        assertEquals("webhook.url.invalid", refused("https://user:secret@example.org/hook", Set.of("payment.posted"), null));
        assertEquals("webhook.url.invalid", refused("example.org/hook", Set.of("payment.posted"), null));
        assertEquals("webhook.url.invalid", refused("https://example.org:99999/hook", Set.of("payment.posted"), null));
        assertEquals("webhook.events.empty", refused("https://example.org/hook", Set.of(), null));
        assertEquals("webhook.events.unknown", refused("https://example.org/hook", Set.of("payment.deleted"), null));
        assertEquals("webhook.description.tooLong", refused("https://example.org/hook", Set.of("payment.posted"), "x".repeat(201)));
        assertTrue(endpoints.all().isEmpty(), "nothing refused was kept");

        for (int i = 0; i < 3; i++) {
            jpa.inTransaction(() -> service.add("https://example.org/hook", Set.of("PAYMENT.POSTED "), null, "admin"));
        }
        assertEquals(Set.of("payment.posted"), endpoints.all().get(0).events());
        assertEquals("webhook.tooMany", refused("https://example.org/other", Set.of("payment.posted"), null));
    }

    private String refused(String url, Set<String> events, String description) {
        return assertThrows(ValidationException.class,
                () -> jpa.inTransaction(() -> service.add(url, events, description, "admin"))).code();
    }

    @Test
    void theKeyIsMadeOnceKeptPrivateAndAConfiguredOneMustBeWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("kabinet").resolve("webhooks.key");
        byte[] first = WebhookKey.load("", file);
        assertEquals(32, first.length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(java.util.Arrays.equals(first, WebhookKey.load(null, file)), "the next start reads the same key");
        assertThrows(IllegalArgumentException.class, () -> WebhookKey.load("c2hvcnQ=", file));
        assertThrows(IllegalArgumentException.class, () -> WebhookKey.load("not base64!", file));
        String shared = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        assertEquals(32, WebhookKey.load(shared, file).length);
    }

    @Test
    void secretsDifferPerEndpointAndKey() {
        WebhookSigner a = new WebhookSigner(new byte[32]);
        byte[] other = new byte[32];
        other[0] = 1;
        assertTrue(!a.secretFor("e1").equals(a.secretFor("e2")));
        assertTrue(!a.secretFor("e1").equals(new WebhookSigner(other).secretFor("e1")));
        assertEquals(a.secretFor("e1"), new WebhookSigner(new byte[32]).secretFor("e1"), "derived, so the same after a restart");
    }

    @Test
    void theBodyIsValidJsonWhateverTheText() {
        WebhookEvent event = new WebhookEvent("message.received:m1", WebhookEvent.MESSAGE_RECEIVED, Instant.EPOCH,
                Map.of("subject", "Кран \"течёт\"\n\\ \u0001"));
        assertEquals("{\"id\":\"message.received:m1\",\"type\":\"message.received\",\"occurredAt\":\"1970-01-01T00:00:00Z\","
                + "\"data\":{\"subject\":\"Кран \\\"течёт\\\"\\n\\\\ \\u0001\"}}", WebhookJson.of(event));
    }
}
