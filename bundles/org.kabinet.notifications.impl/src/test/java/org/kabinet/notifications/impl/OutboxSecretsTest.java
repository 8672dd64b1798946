package org.kabinet.notifications.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.kabinet.notifications.api.CompanyProfile;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.OutboxEntry;
import org.kabinet.notifications.api.SmsPriority;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.notifications.impl.jpa.JpaOutboxStore;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;
import org.kabinet.sms.spi.SmsReceipt;

/** Links and codes stay in the outbox only until the message is settled, and staff never see them. */
class OutboxSecretsTest {
    private static final String LINK = "https://kabinet.example/confirmemail/Zx81SecretToken/";
    private static final String CODE_TEXT = "Код подтверждения телефона в личном кабинете: 482913. Никому его не сообщайте.";
    private static final String MASKED_CODE_TEXT =
            "Код подтверждения телефона в личном кабинете: \u2022\u2022\u2022\u2022\u2022\u2022. Никому его не сообщайте.";

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
                new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0), ZoneId.of("Asia/Yekaterinburg")),
                new RateLimit(20, clock), clock);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    @Test
    void aConfirmationLinkIsDeliveredThenForgottenKeepingWhatWentWhenToWhom() throws Exception {
        store.add(confirmation(), clock.instant());
        assertFalse(stored().contains("Zx81SecretToken"), "even while it waits the link is kept sealed: " + stored());

        assertEquals(1, mail.dispatchDue(10));

        assertFalse(stored().contains("Zx81SecretToken"), "no usable link once delivered: " + stored());
        OutboxEntry entry = store.entries("EMAIL", "SENT", 10).get(0);
        assertEquals("tenant@example.ru", entry.recipient());
        assertEquals("Подтвердите адрес электронной почты", entry.text());
        assertTrue(entry.sentAt() != null);
        try (Stream<Path> files = Files.list(folder)) {
            String letter = files.map(OutboxSecretsTest::read).collect(Collectors.joining());
            assertTrue(letter.contains("Zx81SecretToken"), "the delivered letter itself keeps its link");
        }
    }

    @Test
    void anOrdinaryLinkStays() {
        store.add(new EmailMessage("already-registered:u1:1", "tenant@example.ru", "У вас уже есть личный кабинет", "Войдите.",
                "https://kabinet.example/", "Войти"), clock.instant());
        mail.dispatchDue(10);
        assertTrue(stored().contains("https://kabinet.example/"));
    }

    @Test
    void aCodeIsMaskedForStaffWhileItWaitsAndOnlyItsMaskIsKeptOnceSent() {
        inQuietHours();
        store.addSms(code("phone-code:t1:1"), clock.instant());
        store.addSms(new SmsRequest("payment-sms:1", "9123456789", "Оплата 1 234,56 руб. получена"), clock.instant());

        List<OutboxEntry> waiting = store.entries("SMS", "PENDING", 10);
        assertEquals(List.of(MASKED_CODE_TEXT, "Оплата 1 234,56 руб. получена"),
                waiting.stream().map(OutboxEntry::text).sorted().toList(), "staff see the code masked");

        assertEquals(1, sms.dispatchDue(10), "the code goes in quiet hours, the payment notice waits");
        assertEquals(CODE_TEXT, gateway.sent.get(0).text(), "the person gets the code");
        assertFalse(stored().contains("482913"), "no usable code once sent: " + stored());
        assertEquals(MASKED_CODE_TEXT, store.entries("SMS", "SENT", 10).get(0).text());
    }

    @Test
    void codesQueuedManyAtOnceAreKeptSecretToo() {
        jpa.inTransaction(() -> store.addAllSms(List.of(code("phone-code:t1:1"), code("phone-code:t2:1")), clock.instant()));
        assertEquals(List.of(MASKED_CODE_TEXT, MASKED_CODE_TEXT),
                store.entries("SMS", null, 10).stream().map(OutboxEntry::text).toList());
        sms.dispatchDue(10);
        assertFalse(stored().contains("482913"), stored());
    }

    @Test
    void aSecretThatFailedForGoodIsForgottenAndCannotBeRetried() {
        store.add(confirmation(), clock.instant());
        store.addSms(code("phone-code:t1:1"), clock.instant());
        gateway.script(SmsReceipt.permanentFailure("HTTP 400 invalid number"));
        sms.dispatchDue(10);
        String letterId = store.entries("EMAIL", null, 10).get(0).id();
        store.markFailed(letterId, 5, "550 no such user");

        assertFalse(stored().contains("482913"), stored());
        assertFalse(stored().contains("Zx81SecretToken"), stored());
        for (OutboxEntry failed : store.entries(null, "FAILED", 10)) {
            assertFalse(store.retry(failed.id(), clock.instant()), "without its secret the message is useless: ask for a new one");
        }
        store.addSms(new SmsRequest("payment-sms:2", "9123456789", "Оплата получена"), clock.instant());
        gateway.script(SmsReceipt.permanentFailure("HTTP 400"));
        sms.dispatchDue(10);
        assertTrue(store.retry(store.entries("SMS", "FAILED", 10).stream().filter(e -> e.idempotencyKey().equals("payment-sms:2"))
                .findFirst().orElseThrow().id(), clock.instant()), "a message without a secret is retried as before");
    }

    @Test
    void waitingSecretsAreSealedAndAnotherStartCannotOpenThem() {
        store.add(confirmation(), clock.instant());
        store.addSms(code("phone-code:t1:1"), clock.instant());
        String stored = stored();
        assertFalse(stored.contains("Zx81SecretToken") || stored.contains("482913"), stored);
        assertTrue(stored.contains(MASKED_CODE_TEXT), "the text waits with its code masked");

        // the portal restarted: a store with another key
        JpaOutboxStore restarted = new JpaOutboxStore(jpa);
        assertEquals(List.of(), restarted.due(clock.instant(), 10), "a link sealed by the earlier start cannot be sent");
        assertEquals(List.of(), restarted.dueSms(clock.instant(), 10, false));
        for (OutboxEntry lost : restarted.entries(null, null, 10)) {
            assertEquals("FAILED", lost.state());
            assertTrue(lost.lastError().contains("asks for a new one"), lost.lastError());
            assertFalse(restarted.retry(lost.id(), clock.instant()));
        }
    }

    @Test
    void theSameStartOpensItsSealedSecretsForDelivery() {
        store.add(confirmation(), clock.instant());
        store.addSms(code("phone-code:t1:1"), clock.instant());
        assertEquals(LINK, store.due(clock.instant(), 10).get(0).actionUrl());
        assertEquals(CODE_TEXT, store.dueSms(clock.instant(), 10, false).get(0).text());
    }

    @Test
    void aProviderEchoingTheCodeInItsAnswerLeavesNoCodeInTheAttempts() {
        SmsDispatcher sms = new SmsDispatcher(store, () -> gateway, new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(1), 3,
                () -> 0.5), new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0), ZoneId.of("Asia/Yekaterinburg")),
                new RateLimit(20, clock), clock);
        store.addSms(code("phone-code:t1:1"), clock.instant());
        gateway.script(SmsReceipt.temporaryFailure("HTTP 503: busy, text was '" + CODE_TEXT + "'"));
        sms.dispatchDue(10);
        assertEquals(1, store.entries("SMS", "PENDING", 10).size(), "waits for another try");
        String attempts = jpa.with(em -> em.createNativeQuery("SELECT DETAIL FROM NOTIF_ATTEMPT").getResultList().toString());
        assertFalse(attempts.contains("482913"), attempts);
        assertFalse(store.entries("SMS", null, 10).get(0).lastError().contains("482913"));

        gateway.script(SmsReceipt.permanentFailure("HTTP 400: rejected '" + CODE_TEXT + "'"));
        clock.advance(Duration.ofHours(2));
        sms.dispatchDue(10);
        assertFalse(stored().contains("482913"), stored());
    }

    @Test
    void linksAndCodesSentBeforeTheUpgradeAreErasedByTheMigration() throws Exception {
        // the V8 migration's UPDATEs, run again over rows written the old way
        store.add(new EmailMessage("password-reset:h", "tenant@example.ru", "Восстановление пароля", "Текст",
                "https://kabinet.example/resetpassword/OldToken/", "Задать"), clock.instant());
        store.addSms(new SmsRequest("phone-code:t1:0", "9123456789", CODE_TEXT, SmsPriority.IMMEDIATE), clock.instant());
        mail.dispatchDue(10);
        sms.dispatchDue(10);
        assertTrue(stored().contains("OldToken") && stored().contains("482913"), "the old way kept them");
        List<String> updates = SchemaMigrationsAccess.statements("db/notifications/V8__secrets_sms_cap.sql").stream()
                .filter(s -> s.startsWith("UPDATE")).toList();
        assertEquals(2, updates.size());
        jpa.inTransaction(() -> {
            updates.forEach(sql -> jpa.with(em -> em.createNativeQuery(sql).executeUpdate()));
            return null;
        });
        assertFalse(stored().contains("OldToken"), stored());
        assertFalse(stored().contains("482913"), stored());
        assertTrue(stored().contains(MASKED_CODE_TEXT), stored());
    }

    private void inQuietHours() {
        clock.advance(Duration.ofHours(11)); // 23:00 in Yekaterinburg
    }

    private static EmailMessage confirmation() {
        return new EmailMessage("confirm-email:hash", "tenant@example.ru", "Подтвердите адрес электронной почты",
                "Чтобы завершить регистрацию, откройте ссылку ниже.", LINK, "Подтвердить адрес").withSecretLink();
    }

    private static SmsRequest code(String key) {
        return new SmsRequest(key, "9123456789", CODE_TEXT, SmsPriority.IMMEDIATE).withSecret("482913");
    }

    /** Everything the outbox's tables hold, as one text: what a backup would give away. */
    private String stored() {
        return jpa.with(em -> Stream.of("NOTIF_OUTBOX", "NOTIF_ATTEMPT")
                .flatMap(table -> ((List<?>) em.createNativeQuery("SELECT * FROM " + table).getResultList()).stream())
                .map(row -> row instanceof Object[] cells ? java.util.Arrays.toString(cells) : String.valueOf(row))
                .collect(Collectors.joining("\n")));
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The statements of a migration script, split as {@link SchemaMigrations} does. */
    static final class SchemaMigrationsAccess {
        static List<String> statements(String resource) throws Exception {
            try (var in = OutboxSecretsTest.class.getClassLoader().getResourceAsStream(resource)) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                return java.util.Arrays.stream(text.split(";\\s*\\R"))
                        .map(s -> s.lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n")).strip())
                        .filter(s -> !s.isEmpty()).toList();
            }
        }
    }
}
