package org.kabinet.notifications.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.notifications.impl.jpa.JpaOutboxStore;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.MutableClock;
import org.kabinet.persistence.testing.ThreadedJpa;
import org.kabinet.sms.spi.SmsGateway;
import org.kabinet.sms.spi.SmsMessage;
import org.kabinet.sms.spi.SmsReceipt;

/** Two nodes' dispatchers on one outbox: each message is claimed by one node, a dead node's claims pass on. */
class OutboxClaimsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
    private static final Duration CLAIM = Duration.ofMinutes(5);
    /** 12:00 in Yekaterinburg: no quiet hours. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T07:00:00Z"));
    private final SecretBox sharedKey = SecretBox.withFreshKey();
    private ThreadedJpa jpa;
    private JpaOutboxStore nodeA;
    private JpaOutboxStore nodeB;

    @BeforeEach
    void setUp() throws Exception {
        jpa = new ThreadedJpa("kabinet-notifications", SchemaMigrations.of("notif", getClass().getClassLoader(),
                "db/notifications", JpaOutboxStore.MIGRATIONS.toArray(new String[0])));
        nodeA = new JpaOutboxStore(jpa, sharedKey, "a", CLAIM);
        nodeB = new JpaOutboxStore(jpa, sharedKey, "b", CLAIM);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    /** A gateway that accepts everything and remembers the keys it was given. */
    private static final class Recording implements SmsGateway {
        final List<String> keys = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public SmsReceipt send(SmsMessage message) {
            keys.add(message.idempotencyKey());
            return SmsReceipt.accepted(null);
        }
    }

    private SmsDispatcher dispatcher(JpaOutboxStore store, SmsGateway gateway, double perSecond) {
        return new SmsDispatcher(store, () -> gateway, new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(30), 4, () -> 0.5),
                new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0), ZONE), new RateLimit(perSecond, clock), clock);
    }

    private void queue(int count) {
        List<SmsRequest> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(new SmsRequest("debt-sms:" + i + ":2026-12", "9" + String.format("%09d", i), "Долг " + i));
        }
        assertEquals(count, jpa.inTransaction(() -> nodeA.addAllSms(batch, clock.instant())).size());
    }

    @Test
    void twoDispatchersRunningAtOnceSendEverySmsExactlyOnce() throws Exception {
        queue(600);
        Recording gatewayA = new Recording();
        Recording gatewayB = new Recording();
        SmsDispatcher a = dispatcher(nodeA, gatewayA, 1_000_000);
        SmsDispatcher b = dispatcher(nodeB, gatewayB, 1_000_000);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<?> runA = nodes.submit(() -> {
                while (a.dispatchDue(20) > 0) {
                    Thread.onSpinWait();
                }
            });
            Future<?> runB = nodes.submit(() -> {
                while (b.dispatchDue(20) > 0) {
                    Thread.onSpinWait();
                }
            });
            runA.get();
            runB.get();
        } finally {
            nodes.shutdownNow();
        }

        List<String> all = new ArrayList<>(gatewayA.keys);
        all.addAll(gatewayB.keys);
        assertEquals(600, all.size(), "a: " + gatewayA.keys.size() + ", b: " + gatewayB.keys.size());
        assertEquals(600, new HashSet<>(all).size(), "no SMS went out twice");
        assertEquals(java.util.Map.of("SENT", 600), nodeA.countByState("debt-sms:%"));
    }

    @Test
    void aDeadNodesClaimsPassToTheOtherNodeWhenTheyEnd() {
        queue(30);
        // node a claims 10 and dies before trying them
        List<QueuedSms> claimedByA = jpa.inTransaction(() -> nodeA.dueSms(clock.instant(), 10, false));
        assertEquals(10, claimedByA.size());
        Set<String> orphans = new HashSet<>();
        claimedByA.forEach(sms -> orphans.add(sms.idempotencyKey()));

        Recording gatewayB = new Recording();
        SmsDispatcher b = dispatcher(nodeB, gatewayB, 1_000_000);
        assertEquals(20, b.dispatchDue(50), "b sends the 20 nobody holds");
        assertTrue(gatewayB.keys.stream().noneMatch(orphans::contains), "a's claims hold while they last");

        clock.advance(CLAIM.plusSeconds(1));
        assertEquals(10, b.dispatchDue(50), "a's claims ended: b sends its messages");
        assertEquals(orphans, new HashSet<>(gatewayB.keys.subList(20, 30)));
        assertEquals(java.util.Map.of("SENT", 30), nodeA.countByState("debt-sms:%"));
    }

    @Test
    void whatTheRateLimitHoldsBackGoesBackAtOnceForAnyNode() {
        queue(10);
        Recording gatewayA = new Recording();
        Recording gatewayB = new Recording();
        // a's limit lets 3 through; it claimed 10 and gives 7 back
        assertEquals(3, dispatcher(nodeA, gatewayA, 3).dispatchDue(10));
        assertEquals(7, dispatcher(nodeB, gatewayB, 1_000_000).dispatchDue(10), "without waiting for a's claims to end");
        assertEquals(10, new HashSet<String>() { { addAll(gatewayA.keys); addAll(gatewayB.keys); } }.size());
    }

    @Test
    void aLinkSealedOnOneNodeIsOpenedOnTheOtherWithTheSharedKey() {
        jpa.inTransaction(() -> nodeA.addSms(new SmsRequest("phone-code:t1:1", "9123456789", "Код 123456").withSecret("123456"),
                clock.instant()));
        List<QueuedSms> due = jpa.inTransaction(() -> nodeB.dueSms(clock.instant(), 10, false));
        assertEquals(1, due.size());
        assertEquals("Код 123456", due.get(0).text());
    }
}
