package org.kabinet.communication.impl.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.kabinet.persistence.testing.ThreadedJpa;
import org.kabinet.persistence.EntityManagers;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.impl.files.jpa.JpaAttachmentStore;
import org.kabinet.communication.impl.messages.osgi.MessagesDataComponent;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;

class FileAttachmentsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 0x10, 'E', 'x', 'i', 'f'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    @TempDir
    Path folder;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T05:00:00Z"));
    LocalJpa jpa;
    FileAttachments files;

    @BeforeEach
    void setUp() throws Exception {
        jpa = new LocalJpa("kabinet-messages", SchemaMigrations.of("msg", getClass().getClassLoader(), "db/messages",
                MessagesDataComponent.MIGRATIONS));
        files = attachments(3);
    }

    private FileAttachments attachments(int uploadsPerDay) {
        return new FileAttachments(new JpaAttachmentStore(jpa), jpa, folder.resolve("attachments"), clock, ZONE, uploadsPerDay);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    private List<Path> stored() throws IOException {
        try (Stream<Path> all = Files.list(folder.resolve("attachments"))) {
            return all.toList();
        }
    }

    @Test
    void theTypeComesFromTheContentNotTheName() {
        assertEquals("image/jpeg", files.store("tenant:a", "photo.png", JPEG).contentType());
        assertEquals("image/png", files.store("tenant:a", "scan", PNG).contentType());
        assertEquals("application/pdf", files.store("tenant:a", "doc.pdf", PDF).contentType());

        assertEquals("communication.attachment.type",
                assertThrows(ValidationException.class, () -> files.store("tenant:a", "photo.jpg", EXE)).code(), "a program renamed .jpg");
        assertEquals("communication.attachment.type", assertThrows(ValidationException.class,
                () -> files.store("tenant:a", "x.pdf", "<html>%PDF-".getBytes(StandardCharsets.US_ASCII))).code());
        assertEquals("communication.attachment.type",
                assertThrows(ValidationException.class, () -> files.store("tenant:a", "x.jpg", new byte[]{(byte) 0xFF, (byte) 0xD8})).code());
        assertEquals("communication.attachment.empty",
                assertThrows(ValidationException.class, () -> files.store("tenant:a", "x.jpg", new byte[0])).code());
        assertEquals("communication.attachment.empty",
                assertThrows(ValidationException.class, () -> files.store("tenant:a", "x.jpg", null)).code());
    }

    @Test
    void aFileMayHaveTenMegabytesAndNotOneByteMore() {
        byte[] limit = Arrays.copyOf(PDF, (int) Attachments.MAX_SIZE);
        assertEquals(Attachments.MAX_SIZE, files.store("tenant:a", "big.pdf", limit).size());
        byte[] over = Arrays.copyOf(PDF, (int) Attachments.MAX_SIZE + 1);
        ValidationException e = assertThrows(ValidationException.class, () -> files.store("tenant:a", "bigger.pdf", over));
        assertEquals("communication.attachment.size", e.code());
        assertEquals(10L, e.arguments()[0]);
    }

    @Test
    void filesLieUnderRandomNamesAndComeBackWhole() throws IOException {
        AttachmentInfo a = files.store("tenant:a", "../Мой паспорт.jpg", JPEG);
        AttachmentInfo b = files.store("tenant:a", "../Мой паспорт.jpg", JPEG);
        assertEquals("Мой паспорт.jpg", a.name());
        assertNotEquals(a.id(), b.id());
        assertTrue(a.id().matches("[A-Za-z0-9_-]{43}"), a.id());

        List<Path> onDisk = stored();
        assertEquals(2, onDisk.size(), "no temporary files left: " + onDisk);
        for (Path p : onDisk) {
            String name = p.getFileName().toString();
            assertTrue(name.matches("[A-Za-z0-9_-]{43}"), name);
            assertNotEquals(a.id(), name, "the id does not tell where the file lies");
            assertNotEquals(b.id(), name);
            assertArrayEquals(JPEG, Files.readAllBytes(p));
        }
        assertArrayEquals(JPEG, files.content(a.id()).orElseThrow().content());
        assertEquals(a, files.info(a.id()).orElseThrow());
        assertEquals(Optional.of("tenant:a"), files.owner(a.id()));
        assertEquals(Optional.empty(), files.content("../" + onDisk.get(0).getFileName()));
        assertEquals(Optional.empty(), files.info(null));
    }

    @Test
    void onlyTheOwnerAttachesAFileAndOnlyOnce() {
        AttachmentInfo a = files.store("tenant:a", "a.jpg", JPEG);
        assertEquals("communication.attachments",
                assertThrows(ValidationException.class, () -> files.attach("tenant:b", a.id(), "post:1")).code());
        assertEquals(Optional.empty(), files.target(a.id()));
        assertEquals(a, files.attach("tenant:a", a.id(), "post:1"));
        assertEquals(Optional.of("post:1"), files.target(a.id()));
        assertEquals("communication.attachments",
                assertThrows(ValidationException.class, () -> files.attach("tenant:a", a.id(), "post:2")).code());
        assertEquals("communication.attachments",
                assertThrows(ValidationException.class, () -> files.attach("tenant:a", "no-such", "post:2")).code());
        assertEquals(Optional.of("post:1"), files.target(a.id()));
    }

    @Test
    void anOwnerUploadsALimitedNumberOfFilesADay() {
        for (int i = 0; i < 3; i++) {
            files.store("tenant:a", "a.jpg", JPEG);
        }
        KabinetException e = assertThrows(KabinetException.class, () -> files.store("tenant:a", "a.jpg", JPEG));
        assertEquals(Failure.TOO_MANY, e.failure());
        assertEquals("communication.attachment.tooMany", e.code());
        files.store("tenant:b", "b.jpg", JPEG);
        clock.advance(Duration.ofDays(1));
        files.store("tenant:a", "a.jpg", JPEG);
    }

    @Test
    void filesLeftUnattachedForADayAreDeletedWithTheirRows() throws IOException {
        AttachmentInfo kept = files.store("tenant:a", "kept.jpg", JPEG);
        AttachmentInfo abandoned = files.store("tenant:a", "abandoned.jpg", JPEG);
        files.attach("tenant:a", kept.id(), "post:1");
        clock.advance(Duration.ofHours(23));
        AttachmentInfo fresh = files.store("tenant:a", "fresh.pdf", PDF);
        assertEquals(0, files.deleteAbandoned());

        clock.advance(Duration.ofHours(2));
        assertEquals(1, files.deleteAbandoned());
        assertEquals(Optional.empty(), files.info(abandoned.id()));
        assertTrue(files.content(kept.id()).isPresent());
        assertTrue(files.content(fresh.id()).isPresent());
        assertEquals(2, stored().size());
        assertFalse(files.content(abandoned.id()).isPresent());
        assertEquals(0, files.deleteAbandoned());
    }

    @Test
    void aNameOfSixtyEmojiIsStoredNotA500() {
        AttachmentInfo info = files.store("tenant:a", "\uD83D\uDE00".repeat(60) + ".jpg", JPEG);
        assertEquals(info, files.info(info.id()).orElseThrow());
    }

    @Test
    void parallelUploadsOfOneOwnerCannotAllPassTheDailyCount() throws Exception {
        int threads = 6;
        int limit = 2;
        CyclicBarrier afterCount = new CyclicBarrier(threads);
        try (ThreadedJpa db = new ThreadedJpa("kabinet-messages", SchemaMigrations.of("msg", getClass().getClassLoader(),
                "db/messages", MessagesDataComponent.MIGRATIONS))) {
            ThreadLocal<Integer> calls = ThreadLocal.withInitial(() -> 0);
            // every upload waits after its count until all have counted (or a second has passed): the worst interleaving
            EntityManagers waiting = new EntityManagers() {
                @Override
                public <T> T with(java.util.function.Function<javax.persistence.EntityManager, T> work) {
                    T result = db.with(work);
                    calls.set(calls.get() + 1);
                    if (calls.get() == 1) {
                        try {
                            afterCount.await(1, TimeUnit.SECONDS);
                        } catch (Exception timedOutOrBroken) {
                            // serialised by the lock: nobody else can count meanwhile
                        }
                    }
                    return result;
                }
            };
            FileAttachments shared = new FileAttachments(new JpaAttachmentStore(waiting), db, folder.resolve("parallel"), clock, ZONE, limit);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    results.add(pool.submit(() -> {
                        calls.set(0);
                        try {
                            shared.store("tenant:a", "a.jpg", JPEG);
                            return true;
                        } catch (KabinetException e) {
                            assertEquals("communication.attachment.tooMany", e.code());
                            return false;
                        }
                    }));
                }
                int stored = 0;
                for (Future<Boolean> r : results) {
                    stored += r.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertEquals(limit, stored);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void filesOnDiskWithoutARowAreSweptAfterADayTemporaryOnesAfterAnHour() throws IOException {
        AttachmentInfo kept = files.store("tenant:a", "kept.jpg", JPEG);
        files.attach("tenant:a", kept.id(), "post:1");
        Path dir = folder.resolve("attachments");
        long now = clock.millis();
        Path orphan = Files.write(dir.resolve("orphanOrphanOrphanOrphanOrphanOrphanOrphan1"), JPEG);
        Path youngOrphan = Files.write(dir.resolve("youngYoungYoungYoungYoungYoungYoungYoung123"), JPEG);
        Path oldTemp = Files.write(dir.resolve(".upload-1.tmp"), JPEG);
        Path youngTemp = Files.write(dir.resolve(".upload-2.tmp"), JPEG);
        for (Path p : stored()) {
            Files.setLastModifiedTime(p, FileTime.fromMillis(now - Duration.ofHours(25).toMillis()));
        }
        Files.setLastModifiedTime(youngOrphan, FileTime.fromMillis(now - Duration.ofHours(23).toMillis()));
        Files.setLastModifiedTime(oldTemp, FileTime.fromMillis(now - Duration.ofMinutes(61).toMillis()));
        Files.setLastModifiedTime(youngTemp, FileTime.fromMillis(now - Duration.ofMinutes(59).toMillis()));

        assertEquals(1, files.deleteAbandoned());
        assertFalse(Files.exists(orphan));
        assertFalse(Files.exists(oldTemp));
        assertTrue(Files.exists(youngOrphan));
        assertTrue(Files.exists(youngTemp));
        assertTrue(files.content(kept.id()).isPresent(), "a file with its row stays");
    }

    @Test
    void aDetachedFileIsUnattachedAgainAndGoesWithTheAbandoned() {
        AttachmentInfo file = files.store("staff:Иванова", "plan.pdf", PDF);
        files.attach("staff:Иванова", file.id(), "announcement:1");
        assertFalse(files.detach(file.id(), "announcement:2"));
        assertTrue(files.detach(file.id(), "announcement:1"));
        assertEquals(Optional.empty(), files.target(file.id()));
        clock.advance(Duration.ofHours(25));
        assertEquals(1, files.deleteAbandoned());
        assertEquals(Optional.empty(), files.info(file.id()));
    }
}
