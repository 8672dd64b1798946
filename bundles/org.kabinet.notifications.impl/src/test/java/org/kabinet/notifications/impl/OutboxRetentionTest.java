package org.kabinet.notifications.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.notifications.api.Attachment;
import org.kabinet.notifications.api.CompanyProfile;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.OutboxEntry;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.notifications.impl.jpa.JpaOutboxStore;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;
import org.kabinet.sms.spi.SmsReceipt;

/** Sent messages keep what went when to whom; their text, links and files go after the configured days. */
class OutboxRetentionTest {
    private static final OutboxRetention.Limits DEFAULTS = new OutboxRetention.Limits(30, 90, 1096, 14);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T07:00:00Z"));
    private final SmsDispatcherTest.ScriptedGateway gateway = new SmsDispatcherTest.ScriptedGateway();
    private LocalJpa jpa;
    private JpaOutboxStore store;
    private MailDispatcher mail;
    private SmsDispatcher sms;
    @TempDir
    Path folder;

    @BeforeEach
    void setUp() throws Exception {
        jpa = new LocalJpa("kabinet-notifications", SchemaMigrations.of("notif", getClass().getClassLoader(),
                "db/notifications", JpaOutboxStore.MIGRATIONS.toArray(new String[0])));
        store = new JpaOutboxStore(jpa);
        LetterComposer composer = new LetterComposer(new CompanyProfile("УК «Югра-Дом»", "+7 3467 00-00-00",
                "info@yugra-dom.ru", "Ханты-Мансийск, ул. Мира, 1", "https://kabinet.example"), "Kabinet <noreply@kabinet.local>");
        RetryPolicy once = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(1), 1, () -> 0.5);
        mail = new MailDispatcher(store, composer, new EmlFileMailChannel(folder, clock), once, clock);
        sms = new SmsDispatcher(store, () -> gateway, once,
                new QuietHours(LocalTime.of(0, 0), LocalTime.of(0, 0), ZoneId.of("Asia/Yekaterinburg")),
                new RateLimit(20, clock), clock);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    private OutboxRetention retention(OutboxRetention.Limits limits) {
        return new OutboxRetention(store, limits, folder, clock);
    }

    @Test
    void aDeliveredLettersTextLinksAndFilesGoAfter30DaysKeepingWhatWhenToWhom() {
        store.add(new EmailMessage("statement:acc1:2026-10", "tenant@example.ru", "Квитанция за октябрь 2026",
                "Лицевой счёт 1001, долг 12 345,67 руб.", "https://kabinet.example/payments/", "Открыть")
                .withAttachments(List.of(new Attachment("Квитанция.pdf", "application/pdf", "PDF-BYTES-1001".getBytes(), null)))
                .withUnsubscribeUrl("https://kabinet.example/unsubscribe/UnsubToken/"), clock.instant());
        store.addSms(new SmsRequest("payment-sms:p1", "9123456789", "Оплата 1 234,56 руб. по счёту 1001 получена"),
                clock.instant());
        mail.dispatchDue(10);
        sms.dispatchDue(10);
        Instant sentAt = clock.instant();

        clock.advance(Duration.ofDays(29));
        assertEquals(0, retention(DEFAULTS).run().sentBodies(), "kept for 30 days");
        assertTrue(stored().contains("12 345,67") && stored().contains("по счёту 1001"), stored());

        clock.advance(Duration.ofDays(2));
        OutboxRetention.Outcome outcome = retention(DEFAULTS).run();

        assertEquals(2, outcome.sentBodies(), outcome.toString());
        String stored = stored();
        for (String gone : List.of("12 345,67", "https://kabinet.example/payments/", "UnsubToken", "по счёту 1001")) {
            assertFalse(stored.contains(gone), gone + " is kept: " + stored);
        }
        assertNull(jpa.with(em -> em.createNativeQuery("SELECT CONTENT FROM NOTIF_ATTACHMENT").getSingleResult()),
                "the statement's PDF is gone");
        OutboxEntry letter = store.entries("EMAIL", "SENT", 10).get(0);
        assertEquals("statement:acc1:2026-10", letter.idempotencyKey());
        assertEquals("tenant@example.ru", letter.recipient());
        assertEquals("Квитанция за октябрь 2026", letter.text());
        assertEquals(sentAt, letter.sentAt());
        OutboxEntry smsEntry = store.entries("SMS", "SENT", 10).get(0);
        assertEquals("9123456789", smsEntry.recipient());
        assertEquals("(текст удалён по сроку хранения)", smsEntry.text(), "staff are told why there is no text");
        assertTrue(stored.contains("Квитанция.pdf"), "the file's name stays: what was sent");
        assertTrue(retention(DEFAULTS).run().nothing(), "cleared once");
    }

    @Test
    void aFailedMessageKeepsItsTextFor90DaysForAnotherTryThenCannotBeRetried() {
        store.add(EmailMessage.plain("notice:1", "nobody@example.ru", "Объявление", "Отключение воды 25.11 в доме 7"),
                clock.instant());
        MailChannel refusing = letter -> {
            throw new DeliveryException("550 no such user", true, null);
        };
        new MailDispatcher(store, new LetterComposer(new CompanyProfile("УК", "", "", "", "https://kabinet.example"), "a@b.ru"),
                refusing, new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(1), 1, () -> 0.5), clock).dispatchDue(10);
        String id = store.entries("EMAIL", "FAILED", 10).get(0).id();

        clock.advance(Duration.ofDays(89));
        retention(DEFAULTS).run();
        assertTrue(stored().contains("Отключение воды"), "staff can still look into it");

        clock.advance(Duration.ofDays(2));
        assertEquals(1, retention(DEFAULTS).run().failedBodies());
        assertFalse(stored().contains("Отключение воды"), stored());
        assertFalse(store.retry(id, clock.instant()), "an empty letter is never sent");
    }

    @Test
    void settledRowsGoWithTheirAttemptsAndReportsAfterThreeYearsWaitingOnesNever() {
        store.addSms(new SmsRequest("debt-sms:acc1:2026-11", "9123456789", "Долг 5 000 руб."), clock.instant());
        gateway.script(SmsReceipt.accepted("prov-1"));
        sms.dispatchDue(10);
        store.add(EmailMessage.plain("stuck:1", "tenant@example.ru", "Письмо", "Текст"), clock.instant());

        clock.advance(Duration.ofDays(1095));
        assertEquals(0, retention(DEFAULTS).run().rows());
        clock.advance(Duration.ofDays(2));
        assertEquals(1, retention(DEFAULTS).run().rows());

        assertEquals(List.of("stuck:1"), store.entries(null, null, 10).stream().map(OutboxEntry::idempotencyKey).toList(),
                "a waiting letter is never deleted");
        assertEquals(0, count("NOTIF_ATTEMPT"), "its attempts went with it");
    }

    @Test
    void zeroKeepsForeverAndManyRowsAreClearedBatchByBatch() {
        jpa.inTransaction(() -> store.addAllSms(java.util.stream.IntStream.range(0, OutboxRetention.BATCH + 20)
                .mapToObj(i -> new SmsRequest("payment-sms:" + i, "9123456789", "Оплата " + i)).toList(), clock.instant()));
        jpa.inTransaction(() -> jpa.with(em -> em.createNativeQuery("UPDATE NOTIF_OUTBOX SET STATE = 'SENT', SENT_AT = ?1")
                .setParameter(1, clock.instant().toEpochMilli()).executeUpdate()));
        clock.advance(Duration.ofDays(4000));
        assertTrue(retention(new OutboxRetention.Limits(0, 0, 0, 0)).run().nothing());

        assertEquals(OutboxRetention.BATCH + 20, retention(new OutboxRetention.Limits(30, 0, 0, 0)).run().sentBodies());
        assertEquals(OutboxRetention.BATCH + 20, retention(DEFAULTS).run().rows());
        assertEquals(0, count("NOTIF_OUTBOX"));
    }

    @Test
    void letterFilesOfTheNoSmtpFolderGoAfter14Days() throws Exception {
        store.add(EmailMessage.plain("k1", "tenant@example.ru", "Письмо", "Текст"), clock.instant());
        mail.dispatchDue(10);
        Path old;
        try (Stream<Path> files = Files.list(folder)) {
            old = files.filter(f -> f.toString().endsWith(".eml")).findFirst().orElseThrow();
        }
        Files.setLastModifiedTime(old, FileTime.from(clock.instant()));
        Path fresh = Files.writeString(folder.resolve("20261208-fresh.eml"), "x");
        Path other = Files.writeString(folder.resolve("README.txt"), "not a letter");
        Files.setLastModifiedTime(other, FileTime.from(clock.instant()));

        clock.advance(Duration.ofDays(15));
        Files.setLastModifiedTime(fresh, FileTime.from(clock.instant().minus(Duration.ofDays(13))));
        assertEquals(1, retention(DEFAULTS).run().emlFiles());

        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh), "written 13 days ago");
        assertTrue(Files.exists(other), "only letters are deleted");
    }

    private int count(String table) {
        return jpa.with(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).intValue());
    }

    /** Everything the outbox's tables hold, as one text. */
    private String stored() {
        return jpa.with(em -> Stream.of("NOTIF_OUTBOX", "NOTIF_ATTEMPT", "NOTIF_ATTACHMENT")
                .flatMap(table -> ((List<?>) em.createNativeQuery("SELECT * FROM " + table).getResultList()).stream())
                .map(row -> row instanceof Object[] cells ? java.util.Arrays.toString(cells) : String.valueOf(row))
                .collect(Collectors.joining("\n")));
    }
}
