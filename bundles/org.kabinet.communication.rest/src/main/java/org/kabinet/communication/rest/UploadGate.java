package org.kabinet.communication.rest;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;

/**
 * Caps how many uploads are read and stored at once. Each holds up to 10 MB in the heap until the
 * module has stored it, so without a cap a crowd of uploads (or one client opening many) could take
 * the whole heap. An upload waits briefly for a slot, then gets {@code busy} (503 with
 * {@code Retry-After}) and may retry — as the core does for password hashing. Counted per node.
 */
final class UploadGate {
    /** Uploads read at once: 4 × 10 MB at most in the heap. */
    static final int SLOTS = 4;
    /** How long an upload waits for a slot. */
    static final Duration WAIT = Duration.ofSeconds(3);
    /** The one gate of this node, shared by the tenants' and staff's uploads. */
    static final UploadGate SHARED = new UploadGate(SLOTS, WAIT);

    /** An upload's reading and storing. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException;
    }

    private final Semaphore slots;
    private final long waitNanos;

    UploadGate(int slots, Duration wait) {
        this.slots = new Semaphore(Math.max(1, slots), true);
        this.waitNanos = wait.toNanos();
    }

    <T> T run(Work<T> upload) throws IOException {
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
            return upload.run();
        } finally {
            slots.release();
        }
    }
}
