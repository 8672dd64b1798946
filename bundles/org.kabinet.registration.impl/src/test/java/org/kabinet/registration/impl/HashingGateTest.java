package org.kabinet.registration.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;

class HashingGateTest {

    @Test
    void aHashBeyondTheCapIsRefusedAsBusyAndTheSlotIsFreedAfterwards() throws Exception {
        HashingGate gate = new HashingGate(1, Duration.ZERO);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = pool.submit(() -> gate.run(() -> {
                inside.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "first";
            }));
            inside.await();
            KabinetException busy = assertThrows(KabinetException.class, () -> gate.run(() -> "second"));
            assertEquals(Failure.BUSY, busy.failure());
            assertEquals("busy", busy.code());
            release.countDown();
            assertEquals("first", first.get());
            assertEquals("third", gate.run(() -> "third"));
        } finally {
            pool.shutdownNow();
        }
    }
}
