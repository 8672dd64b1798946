package org.kabinet.notifications.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.notifications.api.CompanyProfile;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.impl.jpa.JpaOutboxStore;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;

class MailDispatcherTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private LocalJpa jpa;
    private JpaOutboxStore store;
    private OutboxRows rows;
    private final LetterComposer composer = new LetterComposer(
            new CompanyProfile("УК «Югра-Дом»", "+7 3467 00-00-00", "info@yugra-dom.ru", "Ханты-Мансийск, ул. Мира, 1",
                    "https://kabinet.example"), "Kabinet <noreply@kabinet.local>");
    private final RetryPolicy retries = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 3, () -> 0.5);
    private GreenMail smtp;

    @BeforeEach
    void setUp() throws Exception {
        jpa = new LocalJpa("kabinet-notifications", SchemaMigrations.of("notif", getClass().getClassLoader(),
                "db/notifications",
                org.kabinet.notifications.impl.jpa.JpaOutboxStore.MIGRATIONS.toArray(new String[0])));
        store = new JpaOutboxStore(jpa);
        rows = new OutboxRows(jpa);
        startSmtp();
    }

    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void tearDown() {
        smtp.stop();
        jpa.close();
    }

    private SmtpMailChannel smtpChannel() {
        return new SmtpMailChannel("127.0.0.1", smtp.getSmtp().getPort(), "", "", SmtpMailChannel.Security.NONE, 5000);
    }

    @Test
    void letterReachesSmtpAsRussianTextAndHtmlWithCompanyContacts() throws Exception {
        store.add(new EmailMessage("k1", "tenant@example.ru", "Подтвердите адрес", "Вы зарегистрировались.",
                "https://kabinet.example/confirmemail/abc/", "Подтвердить"), clock.instant());

        assertEquals(1, new MailDispatcher(store, composer, smtpChannel(), retries, clock).dispatchDue(10));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(1, received.length);
        assertEquals("Подтвердите адрес", received[0].getSubject());
        String raw = GreenMailUtil.getWholeMessage(received[0]);
        assertTrue(raw.contains("multipart/alternative"), raw);
        String body = Letters.bodyOf(received[0]);
        assertTrue(body.contains("https://kabinet.example/confirmemail/abc/"), body);
        assertTrue(body.contains("+7 3467 00-00-00"), body);
        assertEquals("SENT", rows.state("k1"));
    }

    @Test
    void unreachableServerIsRetriedWithGrowingDelayThenMarkedFailed() {
        store.add(EmailMessage.plain("k2", "tenant@example.ru", "Тема", "Текст"), clock.instant());
        MailChannel down = new SmtpMailChannel("127.0.0.1", 1, "", "", SmtpMailChannel.Security.NONE, 500);
        MailDispatcher dispatcher = new MailDispatcher(store, composer, down, retries, clock);

        assertEquals(0, dispatcher.dispatchDue(10));
        assertEquals(Instant.parse("2026-11-24T10:00:30Z"), rows.nextAttempt("k2"));
        assertEquals(0, dispatcher.dispatchDue(10), "not due before the back-off ends");
        assertEquals(1, rows.attempts("k2"));

        clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatchDue(10);
        assertEquals(Instant.parse("2026-11-24T10:01:30Z"), rows.nextAttempt("k2"), "second wait doubles");

        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue(10);
        assertEquals("FAILED", rows.state("k2"));
        assertEquals(3, rows.attempts("k2"));
    }

    @Test
    void malformedAddressFailsAtOnceWithoutRetry() {
        store.add(EmailMessage.plain("k3", "not an address", "Тема", "Текст"), clock.instant());
        new MailDispatcher(store, composer, smtpChannel(), retries, clock).dispatchDue(10);
        assertEquals("FAILED", rows.state("k3"));
        assertEquals(1, rows.attempts("k3"));
    }

    @Test
    void sameIdempotencyKeyIsQueuedOnce() {
        assertTrue(store.add(EmailMessage.plain("k4", "a@b.ru", "1", "1"), clock.instant()));
        assertEquals(false, store.add(EmailMessage.plain("k4", "a@b.ru", "2", "2"), clock.instant()));
    }

    @Test
    void withoutSmtpTheLetterIsAnEmlFile(@TempDir Path folder) throws Exception {
        store.add(EmailMessage.plain("k5", "tenant@example.ru", "Письмо", "Содержимое письма"), clock.instant());

        new MailDispatcher(store, composer, new EmlFileMailChannel(folder, clock), retries, clock).dispatchDue(10);

        List<Path> files;
        try (var list = Files.list(folder)) {
            files = list.toList();
        }
        assertEquals(1, files.size());
        assertTrue(files.get(0).getFileName().toString().endsWith(".eml"));
        MimeMessage parsed = Letters.read(files.get(0));
        assertEquals("Письмо", parsed.getSubject());
        assertTrue(Letters.bodyOf(parsed).contains("Содержимое письма"));
    }

    @Test
    void retryDelayIsCappedAndJittered() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 12, () -> 1.0);
        assertEquals(Duration.ofSeconds(36), policy.delayAfter(1));
        assertEquals(Duration.ofMinutes(12), policy.delayAfter(11));
        RetryPolicy low = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 12, () -> 0.0);
        assertEquals(Duration.ofSeconds(24), low.delayAfter(1));
    }

    /** Reads a message's state back from the outbox table. */
    static final class OutboxRows {
        private final LocalJpa jpa;

        OutboxRows(LocalJpa jpa) {
            this.jpa = jpa;
        }

        private Object[] row(String key) {
            return jpa.with(em -> (Object[]) em.createNativeQuery(
                            "SELECT STATE, ATTEMPTS, NEXT_ATTEMPT_AT FROM NOTIF_OUTBOX WHERE IDEMPOTENCY_KEY = ?1")
                    .setParameter(1, key).getSingleResult());
        }

        String state(String key) {
            return (String) row(key)[0];
        }

        String id(String key) {
            return jpa.with(em -> (String) em.createNativeQuery("SELECT ID FROM NOTIF_OUTBOX WHERE IDEMPOTENCY_KEY = ?1")
                    .setParameter(1, key).getSingleResult());
        }

        int attempts(String key) {
            return ((Number) row(key)[1]).intValue();
        }

        Instant nextAttempt(String key) {
            return Instant.ofEpochMilli(((Number) row(key)[2]).longValue());
        }

        int attemptRecords(String key, String outcome) {
            return jpa.with(em -> em.createNativeQuery("SELECT A.ID FROM NOTIF_ATTEMPT A JOIN NOTIF_OUTBOX O"
                    + " ON A.OUTBOX_ID = O.ID WHERE O.IDEMPOTENCY_KEY = ?1 AND A.OUTCOME = ?2")
                    .setParameter(1, key).setParameter(2, outcome).getResultList().size());
        }
    }
}
