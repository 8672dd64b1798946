package org.kabinet.notifications.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.notifications.api.DeliveryCallbackResult;
import org.kabinet.notifications.api.OutboxEntry;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.notifications.impl.jpa.JpaOutboxStore;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;
import org.kabinet.sms.spi.DeliveryReport;
import org.kabinet.sms.spi.DeliveryReport.Status;
import org.kabinet.sms.spi.SmsDeliveryReports;
import org.kabinet.sms.spi.SmsGateway;
import org.kabinet.sms.spi.SmsMessage;
import org.kabinet.sms.spi.SmsReceipt;

/** Delivery receipts on the real outbox tables: callbacks, polling, and what a repeated or late report does. */
class SmsDeliveryTrackerTest {
    /** 12:00 in Yekaterinburg: outside the quiet hours. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T07:00:00Z"));
    private final ReportingGateway provider = new ReportingGateway("http");
    private LocalJpa jpa;
    private JpaOutboxStore store;
    private SmsDispatcher dispatcher;
    private SmsDeliveryTracker tracker;

    @BeforeEach
    void setUp() throws Exception {
        jpa = new LocalJpa("kabinet-notifications", SchemaMigrations.of("notif", getClass().getClassLoader(),
                "db/notifications",
                org.kabinet.notifications.impl.jpa.JpaOutboxStore.MIGRATIONS.toArray(new String[0])));
        store = new JpaOutboxStore(jpa);
        dispatcher = new SmsDispatcher(store, () -> provider,
                new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(30), 4, () -> 0.5),
                new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0), ZoneId.of("Asia/Yekaterinburg")),
                new RateLimit(20, clock), clock);
        tracker = new SmsDeliveryTracker(store, Duration.ofHours(72), clock);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    /** Queues and sends a debt warning; the provider accepts it as {@code p-<n>}. */
    private String send(String key) {
        assertTrue(store.addSms(new SmsRequest(key, "9123456789", "Долг на 01.12.2026: 1 234,56 руб."), clock.instant()));
        assertEquals(1, dispatcher.dispatchDue(50));
        return "p-" + (provider.sent.size() - 1);
    }

    private OutboxEntry entry(String key) {
        return store.entries("SMS", null, 100).stream().filter(e -> e.idempotencyKey().equals(key)).findFirst().orElseThrow();
    }

    private DeliveryCallbackResult callback(String secret, String body) {
        return tracker.callback(provider, Map.of("secret", List.of(secret)), Map.of(), body);
    }

    private int reportRows(String key) {
        return jpa.with(em -> em.createNativeQuery("SELECT R.ID FROM NOTIF_DELIVERY_REPORT R JOIN NOTIF_OUTBOX O"
                + " ON R.OUTBOX_ID = O.ID WHERE O.IDEMPOTENCY_KEY = ?1").setParameter(1, key).getResultList().size());
    }

    @Test
    void aCallbackMarksTheSmsDeliveredAtTheProvidersTimeAndKeepsTheReport() {
        String id = send("debt-sms:1:2026-12");
        assertEquals(id, entry("debt-sms:1:2026-12").providerMessageId(), "the accepted receipt's id is kept");
        assertNull(entry("debt-sms:1:2026-12").deliveryState());

        Instant deliveredAt = clock.instant().plusSeconds(40);
        provider.callbackReports = List.of(new DeliveryReport(id, Status.DELIVERED, deliveredAt, "status=DELIVRD"));
        clock.advance(Duration.ofMinutes(2));

        assertEquals(DeliveryCallbackResult.taken(1), callback(ReportingGateway.SECRET, "…"));
        OutboxEntry sms = entry("debt-sms:1:2026-12");
        assertEquals("SENT", sms.state());
        assertEquals("DELIVERED", sms.deliveryState());
        assertEquals(deliveredAt, sms.deliveryAt());
        assertEquals("status=DELIVRD", sms.deliveryDetail());
        assertEquals(1, reportRows("debt-sms:1:2026-12"));
    }

    @Test
    void aRepeatedReportChangesNothingAndIsKeptOnce() {
        String id = send("payment-sms:7");
        provider.callbackReports = List.of(new DeliveryReport(id, Status.DELIVERED, null, "status=1"));
        assertEquals(DeliveryCallbackResult.taken(1), callback(ReportingGateway.SECRET, ""));
        Instant first = entry("payment-sms:7").deliveryAt();
        assertEquals(clock.instant(), first, "no provider time: when the portal learnt it");

        clock.advance(Duration.ofMinutes(5));
        assertEquals(DeliveryCallbackResult.taken(0), callback(ReportingGateway.SECRET, ""));
        assertEquals(first, entry("payment-sms:7").deliveryAt());
        assertEquals(1, reportRows("payment-sms:7"));
    }

    @Test
    void deliveredIsFinalWhileALaterFailureIsKeptAsEvidence() {
        String id = send("debt-sms:2:2026-12");
        assertEquals(1, tracker.apply("http", List.of(new DeliveryReport(id, Status.DELIVERED, null, "status=1")), "CALLBACK"));
        assertEquals(0, tracker.apply("http", List.of(new DeliveryReport(id, Status.FAILED, null, "status=20")), "CALLBACK"));
        assertEquals("DELIVERED", entry("debt-sms:2:2026-12").deliveryState());
        assertEquals(2, reportRows("debt-sms:2:2026-12"));
    }

    @Test
    void aDeliveryAfterAFailureReportWins() {
        String id = send("debt-sms:3:2026-12");
        assertEquals(1, tracker.apply("http", List.of(new DeliveryReport(id, Status.FAILED, null, "status=expired")), "POLL"));
        assertEquals("FAILED", entry("debt-sms:3:2026-12").deliveryState());
        assertEquals(1, tracker.apply("http", List.of(new DeliveryReport(id, Status.DELIVERED, null, "status=1")), "CALLBACK"));
        assertEquals("DELIVERED", entry("debt-sms:3:2026-12").deliveryState());
        assertEquals("status=1", entry("debt-sms:3:2026-12").deliveryDetail());
    }

    @Test
    void reportsAboutUnknownIdsOrAnotherGatewaysMessagesAreIgnored() {
        String id = send("payment-sms:8");
        assertEquals(0, tracker.apply("http", List.of(new DeliveryReport("never-issued", Status.DELIVERED, null, null)), "CALLBACK"));
        assertEquals(0, tracker.apply("other", List.of(new DeliveryReport(id, Status.DELIVERED, null, null)), "CALLBACK"),
                "provider ids are only unique per provider");
        assertEquals(0, tracker.apply("http", List.of(new DeliveryReport("x".repeat(300), Status.DELIVERED, null, null)), "CALLBACK"));
        assertNull(entry("payment-sms:8").deliveryState());
        assertEquals(0, reportRows("payment-sms:8"));
    }

    @Test
    void aForgedCallbackAppliesNothingAndAGatewayWithoutReportsIsNotThere() {
        String id = send("payment-sms:9");
        provider.callbackReports = List.of(new DeliveryReport(id, Status.DELIVERED, null, null));
        assertEquals(DeliveryCallbackResult.notGenuine(), callback("guess", ""));
        assertNull(entry("payment-sms:9").deliveryState());

        SmsGateway plain = new SmsDispatcherTest.ScriptedGateway();
        assertEquals(DeliveryCallbackResult.noSuchGateway(), tracker.callback(plain, Map.of(), Map.of(), ""));
        assertEquals(DeliveryCallbackResult.noSuchGateway(), tracker.callback(null, Map.of(), Map.of(), ""));
        provider.callbacks = false;
        assertEquals(DeliveryCallbackResult.noSuchGateway(), callback(ReportingGateway.SECRET, ""),
                "a provider configured for polling takes no callbacks");
    }

    @Test
    void pollingAsksAboutEachSmsAtMostOncePerIntervalUntilItsFateIsKnown() {
        provider.pollInterval = Duration.ofMinutes(10);
        String id = send("debt-sms:4:2026-12");

        assertEquals(0, tracker.pollDue(provider, 20));
        assertTrue(provider.polled.isEmpty(), "not before an interval has passed since sending");

        clock.advance(Duration.ofMinutes(10));
        tracker.pollDue(provider, 20);
        assertEquals(List.of(List.of(id)), provider.polled, "still under way: the provider reports nothing");
        clock.advance(Duration.ofMinutes(5));
        tracker.pollDue(provider, 20);
        assertEquals(1, provider.polled.size(), "not again within the interval");

        clock.advance(Duration.ofMinutes(5));
        provider.pollAnswers = List.of(new DeliveryReport(id, Status.DELIVERED, null, "status_code=103"));
        assertEquals(1, tracker.pollDue(provider, 20));
        assertEquals("DELIVERED", entry("debt-sms:4:2026-12").deliveryState());

        clock.advance(Duration.ofMinutes(30));
        tracker.pollDue(provider, 20);
        assertEquals(2, provider.polled.size(), "known now: never asked again");
    }

    @Test
    void pollingStopsAfterTheWindowAndSkipsProvidersThatCallBack() {
        provider.pollInterval = Duration.ofHours(1);
        send("debt-sms:5:2026-12");
        clock.advance(Duration.ofHours(73));
        tracker.pollDue(provider, 20);
        assertTrue(provider.polled.isEmpty(), "72 hours after sending it stays 'sent'");

        provider.pollInterval = null;
        send("debt-sms:6:2026-12");
        clock.advance(Duration.ofHours(2));
        tracker.pollDue(provider, 20);
        assertTrue(provider.polled.isEmpty());
        assertEquals(0, tracker.pollDue(new SmsDispatcherTest.ScriptedGateway(), 20), "a gateway without reports");
    }

    @Test
    void aGatewayThatFailsWhilePollingIsAskedAgainNextInterval() {
        provider.pollInterval = Duration.ofMinutes(10);
        send("debt-sms:7:2026-12");
        provider.pollThrows = true;
        clock.advance(Duration.ofMinutes(10));
        assertEquals(0, tracker.pollDue(provider, 20));
        provider.pollThrows = false;
        clock.advance(Duration.ofMinutes(10));
        tracker.pollDue(provider, 20);
        assertEquals(2, provider.polled.size());
    }

    /** A provider that accepts every SMS as p-0, p-1 …, and reports as the test scripts it. */
    static final class ReportingGateway implements SmsGateway, SmsDeliveryReports {
        static final String SECRET = "the-shared-secret";
        final List<SmsMessage> sent = new ArrayList<>();
        final List<List<String>> polled = new ArrayList<>();
        private final String name;
        boolean callbacks = true;
        List<DeliveryReport> callbackReports = List.of();
        Duration pollInterval;
        List<DeliveryReport> pollAnswers = List.of();
        boolean pollThrows;

        ReportingGateway(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public SmsReceipt send(SmsMessage message) {
            sent.add(message);
            return SmsReceipt.accepted("p-" + (sent.size() - 1));
        }

        @Override
        public boolean acceptsCallbacks() {
            return callbacks;
        }

        @Override
        public Optional<List<DeliveryReport>> callback(Map<String, List<String>> query, Map<String, List<String>> headers,
                                                       String body) {
            return List.of(SECRET).equals(query.get("secret")) ? Optional.of(callbackReports) : Optional.empty();
        }

        @Override
        public Optional<Duration> pollInterval() {
            return Optional.ofNullable(pollInterval);
        }

        @Override
        public List<DeliveryReport> poll(Collection<String> providerMessageIds) {
            polled.add(List.copyOf(providerMessageIds));
            if (pollThrows) {
                throw new IllegalStateException("bug in a third-party gateway");
            }
            return pollAnswers;
        }
    }
}
