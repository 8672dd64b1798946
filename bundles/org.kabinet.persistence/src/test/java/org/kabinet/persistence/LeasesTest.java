package org.kabinet.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.kabinet.persistence.testing.InMemoryDerby;
import org.kabinet.persistence.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LeasesTest {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T05:00:00Z"));
    private EmbeddedDataSource db;
    private Leases nodeA;
    private Leases nodeB;

    @BeforeEach
    void twoNodesOnOneDatabase() throws SQLException {
        db = InMemoryDerby.fresh();
        nodeA = Leases.open(db, "a", clock);
        nodeB = Leases.open(db, "b", clock);
    }

    @Test
    void aHeldLeaseIsRefusedToTheOtherNodeUntilItIsGivenBack() {
        assertTrue(nodeA.acquire("debt-sms", MINUTE));
        assertFalse(nodeB.acquire("debt-sms", MINUTE));
        assertEquals(Optional.of("a"), nodeB.heldBy("debt-sms"));
        assertTrue(nodeA.acquire("debt-sms", MINUTE), "the holder may take its own lease again");

        nodeA.release("debt-sms");

        assertTrue(nodeB.acquire("debt-sms", MINUTE));
        assertFalse(nodeA.renew("debt-sms", MINUTE), "a lease taken over cannot be renewed by the old holder");
    }

    @Test
    void aDeadNodesLeaseIsTakenOverOnceItExpiresAndNotBefore() {
        assertTrue(nodeA.acquire("reminders", MINUTE));
        clock.advance(Duration.ofSeconds(59));
        assertFalse(nodeB.acquire("reminders", MINUTE));
        assertTrue(nodeA.renew("reminders", MINUTE));
        clock.advance(Duration.ofSeconds(61)); // node a died after its renewal

        assertTrue(nodeB.acquire("reminders", MINUTE));
        assertEquals(Optional.of("b"), nodeA.heldBy("reminders"));
    }

    @Test
    void workRunsOnTheNodeThatGetsTheLeaseOnly() {
        List<String> ran = new ArrayList<>();
        assertTrue(nodeA.acquire("job", MINUTE));
        assertFalse(nodeB.runExclusively("job", MINUTE, () -> ran.add("b")));
        nodeA.release("job");
        assertTrue(nodeB.runExclusively("job", MINUTE, () -> ran.add("b")));
        assertTrue(nodeA.runExclusively("job", MINUTE, () -> ran.add("a")), "runExclusively gives the lease back");
        assertEquals(List.of("b", "a"), ran);
    }

    @Test
    void nodesAskingAtOnceGetTheLeaseOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                String name = "race-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> asks = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    Leases other = Leases.open(db, "n" + i, clock);
                    asks.add(pool.submit(() -> {
                        start.await();
                        return other.acquire(name, MINUTE);
                    }));
                }
                start.countDown();
                int won = 0;
                for (Future<Boolean> ask : asks) {
                    won += ask.get() ? 1 : 0;
                }
                assertEquals(1, won, "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
