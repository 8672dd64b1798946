package org.kabinet.notifications.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.notifications.impl.jpa.JpaOutboxStore;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;
import org.kabinet.sms.spi.SmsGateway;
import org.kabinet.sms.spi.SmsMessage;
import org.kabinet.sms.spi.SmsReceipt;

/** The SMS rules on the real outbox tables, with a moving clock and a scripted gateway. */
class SmsDispatcherTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
    /** 12:00 in Yekaterinburg. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T07:00:00Z"));
    private final ScriptedGateway gateway = new ScriptedGateway();
    private SmsGateway inUse = gateway;
    private LocalJpa jpa;
    private JpaOutboxStore store;
    private MailDispatcherTest.OutboxRows rows;
    private SmsDispatcher dispatcher;

    @BeforeEach
    void setUp() throws Exception {
        jpa = new LocalJpa("kabinet-notifications", SchemaMigrations.of("notif", getClass().getClassLoader(),
                "db/notifications",
                org.kabinet.notifications.impl.jpa.JpaOutboxStore.MIGRATIONS.toArray(new String[0])));
        store = new JpaOutboxStore(jpa);
        rows = new MailDispatcherTest.OutboxRows(jpa);
        dispatcher = new SmsDispatcher(store, () -> inUse,
                new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(30), 4, () -> 0.5),
                new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0), ZONE), new RateLimit(20, clock), clock);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    private void queue(String key) {
        assertTrue(store.addSms(new SmsRequest(key, "9123456789", "Долг на 01.12.2026: 1 234,56 руб."), clock.instant()));
    }

    @Test
    void acceptedSmsGoesOutOnceWithItsAttemptRecorded() {
        queue("debt-sms:1:2026-12");
        assertEquals(1, dispatcher.dispatchDue(50));
        assertEquals(0, dispatcher.dispatchDue(50), "never sent twice");
        assertEquals(1, gateway.sent.size());
        assertEquals("debt-sms:1:2026-12", gateway.sent.get(0).idempotencyKey());
        assertEquals("SENT", rows.state("debt-sms:1:2026-12"));
        assertEquals(1, rows.attemptRecords("debt-sms:1:2026-12", "ACCEPTED"));
        assertFalse(store.addSms(new SmsRequest("debt-sms:1:2026-12", "9123456789", "again"), clock.instant()),
                "the same key is never queued twice");
    }

    @Test
    void manyAtOnceQueueEachKeyOnceAndGoOutLikeSingleOnes() {
        queue("debt-sms:a:t:2026-12");
        java.util.List<SmsRequest> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            batch.add(new SmsRequest("debt-sms:" + i + ":t:2026-12", "9" + String.format("%09d", i), "Долг " + i));
        }
        batch.add(new SmsRequest("debt-sms:a:t:2026-12", "9123456789", "queued before"));
        batch.add(new SmsRequest("debt-sms:7:t:2026-12", "9000000007", "twice in one call"));

        java.util.Set<String> added = jpa.inTransaction(() -> store.addAllSms(batch, clock.instant()));
        assertEquals(1200, added.size(), "the known key and the repeat are left out");
        assertFalse(added.contains("debt-sms:a:t:2026-12"));
        assertEquals(java.util.Map.of("PENDING", 1201), store.countByState("debt-sms:%:2026-12"));
        assertEquals(java.util.Set.of(), jpa.inTransaction(() -> store.addAllSms(batch, clock.instant())), "a second call adds nothing");
        assertEquals(20, dispatcher.dispatchDue(50), "as many as the rate limit lets through");
        gateway.sent.stream().filter(m -> !m.idempotencyKey().equals("debt-sms:a:t:2026-12")).forEach(m -> assertEquals(
                "Долг " + m.idempotencyKey().split(":")[1], m.text(), "each row keeps its own text and phone"));
    }

    @Test
    void quietHoursHoldMessagesUntilNineInTheMorning() {
        clock.advance(Duration.ofHours(10)); // 22:00 local
        queue("payment-sms:7");
        assertEquals(0, dispatcher.dispatchDue(50));
        clock.advance(Duration.ofHours(10).plusMinutes(59)); // 08:59
        assertEquals(0, dispatcher.dispatchDue(50));
        clock.advance(Duration.ofMinutes(1)); // 09:00
        assertEquals(1, dispatcher.dispatchDue(50));
    }

    @Test
    void aCodeRequestedAtElevenInTheEveningGoesAtOnceWhileADebtNoticeWaits() {
        clock.advance(Duration.ofHours(11)); // 23:00 local
        queue("debt-sms:1:2026-12");
        assertTrue(store.addSms(new SmsRequest("phone-code:t1:1", "9123456789", "Код: 123456",
                org.kabinet.notifications.api.SmsPriority.IMMEDIATE), clock.instant()));
        assertEquals(1, dispatcher.dispatchDue(50));
        assertEquals("phone-code:t1:1", gateway.sent.get(0).idempotencyKey());
        assertEquals("PENDING", rows.state("debt-sms:1:2026-12"));
        clock.advance(Duration.ofHours(10)); // 09:00
        assertEquals(1, dispatcher.dispatchDue(50));
        assertEquals("SENT", rows.state("debt-sms:1:2026-12"));
    }

    @Test
    void withoutAGatewayMessagesWaitAndTheNextGatewaySendsThem() {
        inUse = null;
        queue("payment-sms:8");
        assertEquals(0, dispatcher.dispatchDue(50));
        assertEquals("PENDING", rows.state("payment-sms:8"));
        ScriptedGateway replacement = new ScriptedGateway();
        inUse = replacement;
        assertEquals(1, dispatcher.dispatchDue(50));
        assertEquals(1, replacement.sent.size());
        assertTrue(gateway.sent.isEmpty());
    }

    @Test
    void temporaryFailuresAreRetriedWithBackOffThenGivenUp() {
        queue("payment-sms:9");
        gateway.script(SmsReceipt.temporaryFailure("HTTP 503"), SmsReceipt.temporaryFailure("timeout"),
                SmsReceipt.temporaryFailure("HTTP 502"), SmsReceipt.temporaryFailure("HTTP 500"));
        dispatcher.dispatchDue(50);
        assertEquals(clock.instant().plus(Duration.ofMinutes(1)), rows.nextAttempt("payment-sms:9"));
        dispatcher.dispatchDue(50);
        assertEquals(1, rows.attempts("payment-sms:9"), "not before the back-off ends");
        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue(50);
        assertEquals(clock.instant().plus(Duration.ofMinutes(2)), rows.nextAttempt("payment-sms:9"), "the wait doubles");
        clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue(50);
        clock.advance(Duration.ofMinutes(4));
        dispatcher.dispatchDue(50);
        assertEquals("FAILED", rows.state("payment-sms:9"));
        assertEquals(4, rows.attemptRecords("payment-sms:9", "TEMPORARY_FAILURE"));
    }

    @Test
    void permanentRejectionStopsAtOnceAndAThrowingGatewayCountsAsTemporary() {
        queue("payment-sms:10");
        gateway.script(SmsReceipt.permanentFailure("HTTP 400 invalid number"));
        dispatcher.dispatchDue(50);
        assertEquals("FAILED", rows.state("payment-sms:10"));
        assertEquals(1, rows.attempts("payment-sms:10"));
        String failedId = store.entries("SMS", "FAILED", 10).get(0).id();
        assertTrue(store.retry(failedId, clock.instant()), "staff put it back in the queue");
        assertFalse(store.retry(failedId, clock.instant()), "only a failed one can be retried");
        dispatcher.dispatchDue(50);
        assertEquals("SENT", rows.state("payment-sms:10"));

        queue("payment-sms:11");
        inUse = new SmsGateway() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public SmsReceipt send(SmsMessage message) {
                throw new IllegalStateException("bug in a third-party gateway");
            }
        };
        dispatcher.dispatchDue(50);
        assertEquals("PENDING", rows.state("payment-sms:11"));
        assertEquals(1, rows.attemptRecords("payment-sms:11", "TEMPORARY_FAILURE"));
    }

    @Test
    void atMostTwentyASecond() {
        for (int i = 0; i < 25; i++) {
            queue("bulk-" + i);
        }
        assertEquals(20, dispatcher.dispatchDue(50));
        assertEquals(0, dispatcher.dispatchDue(50), "the bucket is empty");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(5, dispatcher.dispatchDue(50));
    }

    @Test
    void quietHoursMayAlsoBeWithinOneDay() {
        QuietHours lunch = new QuietHours(LocalTime.of(13, 0), LocalTime.of(14, 0), ZONE);
        assertTrue(lunch.isQuiet(Instant.parse("2026-11-24T08:30:00Z")));
        assertFalse(lunch.isQuiet(Instant.parse("2026-11-24T09:00:00Z")));
    }

    @Test
    void aTypoInTheQuietHoursFallsBackToTheDefaultInsteadOfStoppingNotifications() {
        assertTrue(QuietHours.parse("25:00", "09:00", "Asia/Yekaterinburg").isQuiet(Instant.parse("2026-11-24T17:00:00Z")),
                "22:00 local is quiet by default");
        assertFalse(QuietHours.parse("21:00", "09:00", "Mars/Olympus").isQuiet(Instant.parse("2026-11-24T07:00:00Z")));
        assertFalse(QuietHours.parse(" 00:00", "00:00 ", "UTC").isQuiet(Instant.parse("2026-11-24T23:30:00Z")));
    }

    /** Answers with scripted receipts, then accepts; remembers what it was asked to send. */
    static final class ScriptedGateway implements SmsGateway {
        final List<SmsMessage> sent = new ArrayList<>();
        private final Deque<SmsReceipt> script = new ArrayDeque<>();

        void script(SmsReceipt... receipts) {
            script.addAll(List.of(receipts));
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public SmsReceipt send(SmsMessage message) {
            SmsReceipt receipt = script.isEmpty() ? SmsReceipt.accepted("id-" + sent.size()) : script.poll();
            if (receipt.outcome() == SmsReceipt.Outcome.ACCEPTED) {
                sent.add(message);
            }
            return receipt;
        }
    }
}
