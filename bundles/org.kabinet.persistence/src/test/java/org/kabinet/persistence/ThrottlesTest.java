package org.kabinet.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.persistence.testing.InMemoryDerby;
import org.kabinet.persistence.testing.MutableClock;

class ThrottlesTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private Throttles nodeA;
    private Throttles nodeB;

    @BeforeEach
    void twoNodesOnOneDatabase() throws Exception {
        EmbeddedDataSource db = InMemoryDerby.fresh();
        nodeA = Throttles.open(db, clock);
        nodeB = Throttles.open(db, clock);
    }

    @Test
    void aBurstThenOneRequestPerRefillPerClientWhicheverNodeItReaches() {
        Throttles.Bucket onA = nodeA.bucket("rest-client", 3, Duration.ofSeconds(6));
        Throttles.Bucket onB = nodeB.bucket("rest-client", 3, Duration.ofSeconds(6));
        assertTrue(onA.tryAcquire("10.0.0.1"));
        assertTrue(onB.tryAcquire("10.0.0.1"));
        assertTrue(onA.tryAcquire("10.0.0.1"));
        assertFalse(onB.tryAcquire("10.0.0.1"), "the burst is shared by the nodes");
        assertTrue(onB.tryAcquire("10.0.0.2"), "another address has its own bucket");
        assertEquals(6, onA.retryAfterSeconds("10.0.0.1"));
        clock.advance(Duration.ofSeconds(3));
        assertEquals(3, onA.retryAfterSeconds("10.0.0.1"));
        assertFalse(onA.tryAcquire("10.0.0.1"));
        clock.advance(Duration.ofSeconds(3));
        assertTrue(onB.tryAcquire("10.0.0.1"));
        assertFalse(onA.tryAcquire("10.0.0.1"));
        assertTrue(nodeA.bucket("other-limit", 1, Duration.ofMinutes(1)).tryAcquire("10.0.0.1"), "limits do not share buckets");
    }

    @Test
    void aFloodOnOneAddressGetsExactlyTheBurstFromAllNodesTogether() throws Exception {
        assertEquals(10, atOnce(10, 25), "8 threads on two nodes, 200 requests, a burst of 10");
    }

    @Test
    void requestsAtOnceWithinTheBurstAllPass() throws Exception {
        assertEquals(80, atOnce(100, 10), "none is refused for coming at the same moment as another");
    }

    /** 8 threads, half on each node, each making {@code each} requests for one address at once; how many passed. */
    private int atOnce(int burst, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Throttles.Bucket bucket = (t % 2 == 0 ? nodeA : nodeB).bucket("rest-client", burst, Duration.ofHours(1));
                workers.add(pool.submit(() -> {
                    start.await();
                    int granted = 0;
                    for (int i = 0; i < each; i++) {
                        granted += bucket.tryAcquire("203.0.113.9") ? 1 : 0;
                    }
                    return granted;
                }));
            }
            start.countDown();
            int granted = 0;
            for (Future<Integer> w : workers) {
                granted += w.get();
            }
            return granted;
        } finally {
            pool.shutdownNow();
        }
    }
}
