package org.kabinet.registration.impl;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;

/**
 * Caps how many password hashes run at once. Argon2 is built to be slow and memory-hungry: without
 * a cap, a crowd of sign-ins takes every core and starves the rest of the portal. A caller waits
 * briefly for a slot, then gets {@code busy} (503) and may retry.
 */
public final class HashingGate {
    private final Semaphore slots;
    private final long waitNanos;

    public HashingGate(int concurrent, Duration maxWait) {
        this.slots = new Semaphore(Math.max(1, concurrent), true);
        this.waitNanos = maxWait.toNanos();
    }

    /** As many slots as cores, waiting at most 2 s. */
    public static HashingGate perCore() {
        return new HashingGate(Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(2));
    }

    public <T> T run(Supplier<T> hashing) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new KabinetException(Failure.BUSY, "busy", null);
        }
        try {
            return hashing.get();
        } finally {
            slots.release();
        }
    }
}
