package org.kabinet.notifications.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.mail.BodyPart;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeUtility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.notifications.api.Attachment;
import org.kabinet.notifications.api.AttachmentSource;
import org.kabinet.notifications.api.CompanyProfile;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.impl.jpa.JpaOutboxStore;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;

/** Letters with files and one-click unsubscribe, through the real outbox tables into .eml files. */
class LetterAttachmentsTest {
    private static final String UNSUBSCRIBE = "https://kabinet.example/unsubscribe/abc.def";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final LetterComposer composer = new LetterComposer(
            new CompanyProfile("УК «Югра-Дом»", "+7 3467 00-00-00", "info@yugra-dom.ru", "Ханты-Мансийск, ул. Мира, 1",
                    "https://kabinet.example"), "Kabinet <noreply@kabinet.local>");
    private final RetryPolicy retries = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 3, () -> 0.5);
    private final Map<String, AttachmentSource> sources = new HashMap<>();
    private final List<String> storedFiles = new ArrayList<>();
    private LocalJpa jpa;
    private JpaOutboxStore jpaStore;
    /** The real store, noting each {@code storeFile}. */
    private OutboxStore store;
    @TempDir
    Path folder;

    @BeforeEach
    void setUp() throws Exception {
        jpa = new LocalJpa("kabinet-notifications", SchemaMigrations.of("notif", getClass().getClassLoader(),
                "db/notifications",
                org.kabinet.notifications.impl.jpa.JpaOutboxStore.MIGRATIONS.toArray(new String[0])));
        jpaStore = new JpaOutboxStore(jpa);
        store = (OutboxStore) Proxy.newProxyInstance(OutboxStore.class.getClassLoader(), new Class<?>[] {OutboxStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("storeFile")) {
                        storedFiles.add((String) args[0]);
                    }
                    try {
                        return method.invoke(jpaStore, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    private MailDispatcher dispatcher(MailChannel channel) {
        return new MailDispatcher(store, composer, channel, retries, clock, name -> Optional.ofNullable(sources.get(name)));
    }

    private MailDispatcher toFiles() {
        return dispatcher(new EmlFileMailChannel(folder, clock));
    }

    private static byte[] pdf() {
        byte[] bytes = new byte[4096 + 256];
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        for (int i = header.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31); // every byte value, CR and LF among them
        }
        return bytes;
    }

    private static EmailMessage letter(String key) {
        return new EmailMessage(key, "tenant@example.ru", "Выписка по лицевому счёту № 1001 за ноябрь 2026", "Выписка — во вложении.",
                null, null);
    }

    private MimeMessage onlyLetter() throws Exception {
        List<Path> files;
        try (var list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".eml")).toList();
        }
        assertEquals(1, files.size(), files.toString());
        return Letters.read(files.get(0));
    }

    private static byte[] bytesOf(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private Object[] row(String key) {
        return jpa.with(em -> (Object[]) em.createNativeQuery(
                        "SELECT STATE, ATTEMPTS, NEXT_ATTEMPT_AT, LAST_ERROR FROM NOTIF_OUTBOX WHERE IDEMPOTENCY_KEY = ?1")
                .setParameter(1, key).getSingleResult());
    }

    /** The files of the letter as the store would hand them to the next attempt (claimed to look, then given back). */
    private List<QueuedFile> filesOf(String key) {
        List<QueuedLetter> due = jpaStore.due(clock.instant().plus(Duration.ofDays(365)), 100);
        jpaStore.release(due.stream().map(QueuedLetter::id).toList());
        return due.stream().filter(l -> l.idempotencyKey().equals(key)).findFirst().orElseThrow().files();
    }

    @Test
    void aLetterWithFilesIsMultipartMixedWithTheFilesIntact() throws Exception {
        byte[] pdf = pdf();
        byte[] second = "второй файл".getBytes(StandardCharsets.UTF_8);
        store.add(letter("k1").withAttachments(List.of(Attachment.of("vypiska-1001-2026-11.pdf", "application/pdf", pdf),
                Attachment.of("выписка.txt", "text/plain", second))), clock.instant());

        assertEquals(1, toFiles().dispatchDue(10));

        MimeMessage parsed = onlyLetter();
        assertTrue(parsed.isMimeType("multipart/mixed"), parsed.getContentType());
        Multipart mixed = (Multipart) parsed.getContent();
        assertEquals(3, mixed.getCount());
        BodyPart body = mixed.getBodyPart(0);
        assertTrue(body.isMimeType("multipart/alternative"), body.getContentType());
        assertTrue(Letters.bodyOf(body).contains("Выписка — во вложении."));

        BodyPart file = mixed.getBodyPart(1);
        assertEquals("vypiska-1001-2026-11.pdf", file.getFileName());
        assertTrue(file.isMimeType("application/pdf"), file.getContentType());
        assertEquals(Part.ATTACHMENT, file.getDisposition());
        assertArrayEquals(pdf, bytesOf(file), "the PDF's bytes survive the trip");

        BodyPart text = mixed.getBodyPart(2);
        assertEquals("выписка.txt", MimeUtility.decodeText(text.getFileName()), "a Russian file name is encoded, not lost");
        assertArrayEquals(second, bytesOf(text));
    }

    @Test
    void aLetterWithoutFilesStaysMultipartAlternative() throws Exception {
        store.add(letter("k2"), clock.instant());
        toFiles().dispatchDue(10);
        assertTrue(onlyLetter().isMimeType("multipart/alternative"), onlyLetter().getContentType());
    }

    @Test
    void anUnsubscribeLinkBecomesOneClickHeaders() throws Exception {
        store.add(letter("k3").withUnsubscribeUrl(UNSUBSCRIBE), clock.instant());
        toFiles().dispatchDue(10);

        MimeMessage parsed = onlyLetter();
        assertEquals("<" + UNSUBSCRIBE + ">", parsed.getHeader("List-Unsubscribe", null));
        assertEquals("List-Unsubscribe=One-Click", parsed.getHeader("List-Unsubscribe-Post", null));
        assertTrue(Letters.bodyOf(parsed).contains("Отписаться от таких писем: " + UNSUBSCRIBE), Letters.bodyOf(parsed));
    }

    @Test
    void withoutAnUnsubscribeLinkThereAreNoSuchHeaders() throws Exception {
        store.add(letter("k4"), clock.instant());
        toFiles().dispatchDue(10);

        MimeMessage parsed = onlyLetter();
        assertNull(parsed.getHeader("List-Unsubscribe"));
        assertNull(parsed.getHeader("List-Unsubscribe-Post"));
        assertTrue(!Letters.bodyOf(parsed).contains("Отписаться"), Letters.bodyOf(parsed));
    }

    // The first attempt builds the file and keeps it, then the channel fails; the retry sends the kept file.
    @Test
    void aFileQueuedByReferenceIsBuiltOnceAndKept() throws Exception {
        byte[] pdf = pdf();
        List<String> built = new ArrayList<>();
        sources.put("statement", source("statement", reference -> {
            built.add(reference);
            return Optional.of(pdf);
        }));
        store.add(letter("k5").withAttachments(List.of(Attachment.later("vypiska-1001-2026-11.pdf", "application/pdf",
                "statement:acc-1:t1:2025-12:2026-11"))), clock.instant());
        MailChannel files = new EmlFileMailChannel(folder, clock);
        boolean[] down = {true};
        MailDispatcher dispatcher = dispatcher(letter -> {
            if (down[0]) {
                throw new DeliveryException("server busy", false, null);
            }
            return files.deliver(letter);
        });

        assertEquals(0, dispatcher.dispatchDue(10));
        assertEquals(List.of("acc-1:t1:2025-12:2026-11"), built, "the source gets the reference after its name");
        assertEquals(1, storedFiles.size());
        assertEquals("PENDING", row("k5")[0]);
        QueuedFile kept = filesOf("k5").get(0);
        assertTrue(kept.built());
        assertArrayEquals(pdf, kept.content());
        assertEquals(kept.id(), storedFiles.get(0));

        down[0] = false;
        clock.advance(Duration.ofMinutes(5));
        assertEquals(1, dispatcher.dispatchDue(10));
        assertEquals(1, built.size(), "not built again");
        assertEquals(1, storedFiles.size(), "not stored again");
        assertEquals("SENT", row("k5")[0]);
        Multipart mixed = (Multipart) onlyLetter().getContent();
        assertEquals("vypiska-1001-2026-11.pdf", mixed.getBodyPart(1).getFileName());
        assertArrayEquals(pdf, bytesOf(mixed.getBodyPart(1)));
    }

    @Test
    void withoutTheSourceTheLetterWaitsAndGoesWhenItComes() throws Exception {
        store.add(letter("k6").withAttachments(List.of(Attachment.later("vypiska.pdf", "application/pdf",
                "statement:acc-1:t1:2026-11:2026-11"))), clock.instant());
        MailDispatcher dispatcher = toFiles();

        assertEquals(0, dispatcher.dispatchDue(10));
        Object[] waiting = row("k6");
        assertEquals("PENDING", waiting[0], "retried later, not failed");
        assertEquals(1, ((Number) waiting[1]).intValue());
        assertTrue(((Number) waiting[2]).longValue() > clock.instant().toEpochMilli(), "the next attempt is later");
        assertTrue(String.valueOf(waiting[3]).contains("statement"), String.valueOf(waiting[3]));
        assertEquals(List.of(), storedFiles);
        assertTrue(!filesOf("k6").get(0).built());

        byte[] pdf = pdf();
        sources.put("statement", source("statement", reference -> Optional.of(pdf)));
        clock.advance(Duration.ofMinutes(5));
        assertEquals(1, dispatcher.dispatchDue(10));
        assertEquals("SENT", row("k6")[0]);
        assertArrayEquals(pdf, bytesOf(((Multipart) onlyLetter().getContent()).getBodyPart(1)));
    }

    @Test
    void aFileThatCanNeverBeBuiltFailsTheLetter() {
        sources.put("statement", source("statement", reference -> Optional.empty()));
        store.add(letter("k7").withAttachments(List.of(Attachment.later("vypiska.pdf", "application/pdf", "statement:gone"))),
                clock.instant());

        assertEquals(0, toFiles().dispatchDue(10));
        assertEquals("FAILED", row("k7")[0]);
        assertEquals(1, ((Number) row("k7")[1]).intValue());
    }

    @Test
    void aSourceThatBreaksIsTriedAgain() {
        sources.put("statement", source("statement", reference -> {
            throw new IllegalStateException("database is down");
        }));
        store.add(letter("k8").withAttachments(List.of(Attachment.later("vypiska.pdf", "application/pdf", "statement:x"))),
                clock.instant());

        assertEquals(0, toFiles().dispatchDue(10));
        assertEquals("PENDING", row("k8")[0]);
        assertEquals(List.of(), storedFiles);
    }

    private static AttachmentSource source(String name, java.util.function.Function<String, Optional<byte[]>> build) {
        return new AttachmentSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Optional<byte[]> build(String reference) {
                return build.apply(reference);
            }
        };
    }
}
