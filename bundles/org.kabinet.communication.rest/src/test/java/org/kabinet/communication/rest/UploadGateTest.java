package org.kabinet.communication.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;

/** Uploads read at once are capped: one past the cap waits briefly, then is 503 busy — and nothing of it is read. */
class UploadGateTest {
    private final SecurityContext me = Samples.tenant("tenant-1");

    @Test
    void anUploadPastTheCapIsBusyWithoutBeingRead() throws Exception {
        FakeTenantMessages messages = new FakeTenantMessages("tenant-1");
        UploadGate gate = new UploadGate(1, Duration.ofMillis(200));
        MyAttachmentsResource files = new MyAttachmentsResource(messages, gate);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        InputStream slow = new InputStream() {
            private boolean started;
            private final ByteArrayInputStream pdf = new ByteArrayInputStream("%PDF-1.7".getBytes());

            @Override
            public int read() {
                if (!started) {
                    started = true;
                    reading.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return pdf.read();
            }
        };
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = pool.submit(() -> files.upload(me, "a.pdf", slow));
            assertTrue(reading.await(5, TimeUnit.SECONDS));
            boolean[] touched = {false};
            InputStream second = new ByteArrayInputStream("%PDF-1.7".getBytes()) {
                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    touched[0] = true;
                    return super.read(b, off, len);
                }
            };
            KabinetException busy = assertThrows(KabinetException.class, () -> files.upload(me, "b.pdf", second));
            assertEquals(Failure.BUSY, busy.failure());
            assertEquals("busy", busy.code());
            assertEquals(false, touched[0], "a refused upload is not read into memory");
            release.countDown();
            first.get(5, TimeUnit.SECONDS);
            // the slot is free again
            assertEquals(201, files.upload(me, "c.pdf", new ByteArrayInputStream("%PDF-1.7".getBytes())).getStatus());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void staffUploadsShareTheCap() throws Exception {
        UploadGate gate = new UploadGate(1, Duration.ofMillis(100));
        AdminAttachmentsResource staff = new AdminAttachmentsResource(new FakeInbox(), gate);
        KabinetException busy = assertThrows(KabinetException.class, () -> gate.run(() ->
                staff.upload(Samples.staff("Иванова"), "x.pdf", new ByteArrayInputStream("%PDF-1.7".getBytes()))));
        assertEquals(Failure.BUSY, busy.failure());
    }
}
