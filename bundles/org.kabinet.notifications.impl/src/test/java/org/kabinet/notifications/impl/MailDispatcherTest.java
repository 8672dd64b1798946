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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kabinet.notifications.api.CompanyProfile;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.persistence.testing.MutableClock;

class MailDispatcherTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final MemoryOutboxStore store = new MemoryOutboxStore();
    private final LetterComposer composer = new LetterComposer(
            new CompanyProfile("УК «Югра-Дом»", "+7 3467 00-00-00", "info@yugra-dom.ru", "Ханты-Мансийск, ул. Мира, 1",
                    "https://kabinet.example"), "Kabinet <noreply@kabinet.local>");
    private final RetryPolicy retries = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 3, () -> 0.5);
    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private SmtpMailChannel smtpChannel() {
        return new SmtpMailChannel("127.0.0.1", smtp.getSmtp().getPort(), "", "", false, 5000);
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
        assertEquals("SENT", store.state("k1"));
    }

    @Test
    void unreachableServerIsRetriedWithGrowingDelayThenMarkedFailed() {
        store.add(EmailMessage.plain("k2", "tenant@example.ru", "Тема", "Текст"), clock.instant());
        MailChannel down = new SmtpMailChannel("127.0.0.1", 1, "", "", false, 500);
        MailDispatcher dispatcher = new MailDispatcher(store, composer, down, retries, clock);

        assertEquals(0, dispatcher.dispatchDue(10));
        assertEquals(Instant.parse("2026-11-24T10:00:30Z"), store.nextAttempt("k2"));
        assertEquals(0, dispatcher.dispatchDue(10), "not due before the back-off ends");
        assertEquals(1, store.attempts("k2"));

        clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatchDue(10);
        assertEquals(Instant.parse("2026-11-24T10:01:30Z"), store.nextAttempt("k2"), "second wait doubles");

        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue(10);
        assertEquals("FAILED", store.state("k2"));
        assertEquals(3, store.attempts("k2"));
    }

    @Test
    void malformedAddressFailsAtOnceWithoutRetry() {
        store.add(EmailMessage.plain("k3", "not an address", "Тема", "Текст"), clock.instant());
        new MailDispatcher(store, composer, smtpChannel(), retries, clock).dispatchDue(10);
        assertEquals("FAILED", store.state("k3"));
        assertEquals(1, store.attempts("k3"));
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

    /** In-memory store with the same contract as the JPA one. */
    static final class MemoryOutboxStore implements OutboxStore {
        private final Map<String, Row> rows = new LinkedHashMap<>();

        private static final class Row {
            QueuedLetter letter;
            String state = "PENDING";
            Instant next;
            int attempts;
        }

        @Override
        public boolean add(EmailMessage m, Instant now) {
            if (rows.containsKey(m.idempotencyKey())) {
                return false;
            }
            Row row = new Row();
            row.letter = new QueuedLetter(m.idempotencyKey(), m.idempotencyKey(), m.to(), m.subject(), m.text(),
                    m.actionUrl(), m.actionLabel(), 0);
            row.next = now;
            rows.put(m.idempotencyKey(), row);
            return true;
        }

        @Override
        public List<QueuedLetter> due(Instant now, int limit) {
            List<QueuedLetter> due = new ArrayList<>();
            rows.values().stream().filter(r -> r.state.equals("PENDING") && !r.next.isAfter(now)).limit(limit)
                    .forEach(r -> due.add(new QueuedLetter(r.letter.id(), r.letter.idempotencyKey(), r.letter.to(),
                            r.letter.subject(), r.letter.text(), r.letter.actionUrl(), r.letter.actionLabel(), r.attempts)));
            return due;
        }

        @Override
        public void markSent(String id, int attempts, Instant at) {
            rows.get(id).state = "SENT";
            rows.get(id).attempts = attempts;
        }

        @Override
        public void markRetry(String id, int attempts, Instant nextAttempt, String error) {
            rows.get(id).attempts = attempts;
            rows.get(id).next = nextAttempt;
        }

        @Override
        public void markFailed(String id, int attempts, String error) {
            rows.get(id).state = "FAILED";
            rows.get(id).attempts = attempts;
        }

        String state(String key) {
            return rows.get(key).state;
        }

        int attempts(String key) {
            return rows.get(key).attempts;
        }

        Instant nextAttempt(String key) {
            return rows.get(key).next;
        }
    }
}
