package org.kabinet.registration.impl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;
import org.kabinet.registration.api.AuthenticationFailedException;
import org.kabinet.registration.api.ConsentStatus;
import org.kabinet.registration.api.ConsentText;
import org.kabinet.registration.api.DataSubject;
import org.kabinet.registration.api.PersonalDataSource;
import org.kabinet.registration.api.Session;
import org.kabinet.registration.api.SignUp;
import org.kabinet.registration.impl.jpa.JpaIdentityStore;

/** Consent versions, the export, the deletion (in order, resumable) and the retention, on the real unit (in-memory Derby). */
class PersonalDataTest {
    private static final String PASSWORD = "длинный пароль из слов";
    private static final String EMAIL = "tenant@example.ru";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final List<PersonalDataSource> sources = new CopyOnWriteArrayList<>();
    private LocalJpa jpa;
    private JpaIdentityStore store;
    private PasswordHasher hasher;
    private RegistrationService registration;
    private AuthenticationService auth;
    private RegistrationLetters letters;
    private PersonalDataService data;

    @BeforeEach
    void setUp() throws Exception {
        jpa = new LocalJpa("kabinet-registration", SchemaMigrations.of("reg", getClass().getClassLoader(), "db/registration",
                "V1__tenants.sql", "V2__tenant_name.sql", "V3__personal_data.sql"));
        store = new JpaIdentityStore(jpa);
        SecureRandom random = new SecureRandom();
        hasher = new PasswordHasher(64, 1, 1, random, HashingGate.perCore());
        PasswordPolicy policy = new PasswordPolicy(Set.of("qwertyuiop123"));
        letters = new RegistrationLetters("https://kabinet.example/");
        SecretTokens tokens = new SecretTokens(random);
        registration = new RegistrationService(store, jpa, outbox, policy, hasher, tokens, letters, "2026-11", clock);
        auth = new AuthenticationService(store, jpa, outbox, policy, hasher, tokens, letters,
                Duration.ofMinutes(30), Duration.ofHours(12), clock);
        data = service("2026-11");
    }

    private PersonalDataService service(String version) {
        ConsentText text = new ConsentText(version, "Текст согласия версии " + version);
        return new PersonalDataService(store, jpa, outbox, hasher, letters, auth, () -> text, () -> List.copyOf(sources),
                Duration.ofMinutes(30), new PersonalDataPdf(ZoneId.of("Asia/Yekaterinburg")), clock);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    private Session signUpAndSignIn(String email) {
        registration.signUp(new SignUp(email, PASSWORD, true));
        registration.confirmEmail(outbox.lastToken(email, "confirmemail"));
        return auth.signIn(email, PASSWORD);
    }

    /** A module's data: what it exported and erased, and what the identity looked like when it erased. */
    private final class FakeSource implements PersonalDataSource {
        final String key;
        final List<String> erased = new ArrayList<>();
        int failuresLeft;
        boolean tenantVisibleAtErase;
        boolean couldSignInAtErase;

        FakeSource(String key) {
            this.key = key;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public String title() {
            return "Данные " + key;
        }

        @Override
        public Object export(DataSubject subject) {
            return Map.of("of", subject.tenantId(), "email", subject.email());
        }

        @Override
        public void erase(DataSubject subject) {
            tenantVisibleAtErase = auth.find(subject.tenantId()).isPresent();
            try {
                auth.signIn(EMAIL, PASSWORD);
                couldSignInAtErase = true;
            } catch (AuthenticationFailedException e) {
                couldSignInAtErase = false;
            }
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("the module's database is away");
            }
            erased.add(subject.tenantId());
        }
    }

    @Test
    void theConsentOfSignUpIsInForceUntilANewerTextAsksAgain() {
        Session session = signUpAndSignIn(EMAIL);
        assertEquals(new ConsentStatus("2026-11", "2026-11", false), data.consent(session.userId()));

        PersonalDataService newer = service("2027-03");
        assertEquals(new ConsentStatus("2026-11", "2027-03", true), newer.consent(session.userId()), "a newer text asks again");
        ValidationException outdated = assertThrows(ValidationException.class, () -> newer.giveConsent(session.userId(), "2026-11"));
        assertEquals("version", outdated.field());
        assertEquals(new ConsentStatus("2027-03", "2027-03", false), newer.giveConsent(session.userId(), "2027-03"));
        assertEquals(new ConsentStatus("2027-03", "2027-03", false), newer.giveConsent(session.userId(), "2027-03"), "twice is once");
        assertEquals(List.of("2026-11", "2027-03"), jpa.inTransaction(() -> store.consents(session.userId())).stream()
                .map(ConsentRecord::version).sorted().toList(), "the history keeps each version once");
    }

    @Test
    void consentRuleReadsTheLatestConsentNotWithdrawn() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertTrue(ConsentRule.status(List.of(), "1").required(), "no consent at all");
        assertFalse(ConsentRule.status(List.of(new ConsentRecord("1", t, null)), "1").required());
        assertTrue(ConsentRule.status(List.of(new ConsentRecord("1", t, t)), "1").required(), "withdrawn");
        assertTrue(ConsentRule.status(List.of(new ConsentRecord("1", t, null)), "2").required(), "an older version");
        assertEquals("2", ConsentRule.status(List.of(new ConsentRecord("1", t, null), new ConsentRecord("2", t, null)), "2").version());
    }

    @Test
    void theExportHoldsTheIdentityThenEveryModuleByKey() throws Exception {
        Session session = signUpAndSignIn(EMAIL);
        auth.changeName(session.token(), "Анна");
        clock.advance(Duration.ofMinutes(5));
        Session second = auth.signIn(EMAIL, PASSWORD);
        auth.signOut(second.token());
        sources.add(new FakeSource("messages"));
        sources.add(new FakeSource("accounts"));
        sources.add(new PersonalDataSource() {
            @Override
            public String key() {
                return "broken";
            }

            @Override
            public String title() {
                return "Сломанный модуль";
            }

            @Override
            public Object export(DataSubject subject) {
                throw new IllegalStateException("down");
            }

            @Override
            public void erase(DataSubject subject) {
            }
        });

        Map<String, Object> export = data.export(session.userId());
        assertEquals(List.of("exportedAt", "profile", "consents", "sessions", "accounts", "broken", "messages"), List.copyOf(export.keySet()));
        Map<?, ?> profile = (Map<?, ?>) export.get("profile");
        assertEquals(EMAIL, profile.get("email"));
        assertEquals("Анна", profile.get("name"));
        assertEquals(1, ((List<?>) export.get("consents")).size());
        List<?> sessions = (List<?>) export.get("sessions");
        assertEquals(2, sessions.size(), "both sign-ins, the ended one too");
        assertEquals(clock.instant().toString(), ((Map<?, ?>) sessions.get(0)).get("endedAt"), "the newest first, ended by signing out");
        assertNull(((Map<?, ?>) sessions.get(1)).get("endedAt"), "the first session is still open");
        assertEquals(Map.of("of", session.userId(), "email", EMAIL), export.get("accounts"));
        assertTrue(((Map<?, ?>) export.get("broken")).containsKey("unavailable"), "a failing module is marked, the rest still exported");
        assertFalse(export.toString().contains("$argon2"), "no password hash");

        byte[] pdf = data.exportPdf(session.userId());
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument document = PDDocument.load(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Адрес электронной почты: " + EMAIL), text);
            assertTrue(text.contains("Данные messages"), "each module's title is a heading");
        }
    }

    @Test
    void aWrongPasswordDeletesNothing() {
        Session session = signUpAndSignIn(EMAIL);
        ValidationException wrong = assertThrows(ValidationException.class, () -> data.deleteAccount(session.token(), "не тот пароль"));
        assertEquals("password", wrong.field());
        assertEquals("deletion.passwordWrong", wrong.code());
        assertTrue(auth.session(session.token()).isPresent());
        assertDoesNotThrow(() -> auth.signIn(EMAIL, PASSWORD));
        assertThrows(AuthenticationFailedException.class, () -> data.deleteAccount("no-such-session", PASSWORD));
    }

    @Test
    void deletionMarksTheAccountDeletedFirstThenEveryModuleErasesAndTheAddressIsFree() {
        Session session = signUpAndSignIn(EMAIL);
        auth.changeName(session.token(), "Анна");
        FakeSource accounts = new FakeSource("accounts");
        FakeSource messages = new FakeSource("messages");
        sources.add(accounts);
        sources.add(messages);

        data.deleteAccount(session.token(), PASSWORD);

        assertEquals(List.of(session.userId()), accounts.erased);
        assertEquals(List.of(session.userId()), messages.erased);
        assertFalse(accounts.couldSignInAtErase, "the account is closed before any module erases");
        assertFalse(accounts.tenantVisibleAtErase, "and other modules no longer find the tenant");
        assertTrue(auth.session(session.token()).isEmpty(), "every session ended");
        assertThrows(AuthenticationFailedException.class, () -> auth.signIn(EMAIL, PASSWORD));
        assertEquals("account-deleted:" + session.userId(), outbox.last(EMAIL).idempotencyKey(), "the letter goes to the address it had");

        UserAccount pseudonym = jpa.inTransaction(() -> store.userById(session.userId())).orElseThrow();
        assertEquals("deleted-" + session.userId() + "@deleted.invalid", pseudonym.email);
        assertNull(pseudonym.passwordHash);
        assertNull(pseudonym.displayName);
        assertEquals("", pseudonym.consentVersion);
        assertNotNull(pseudonym.deletedAt);
        assertTrue(jpa.inTransaction(() -> store.consents(session.userId())).stream().allMatch(c -> c.withdrawnAt() != null),
                "withdrawing the consent is the same step");
        assertTrue(auth.list().stream().noneMatch(t -> t.id().equals(session.userId())), "staff lists no deleted tenant");

        registration.signUp(new SignUp(EMAIL, "другой длинный пароль 7", true));
        registration.confirmEmail(outbox.lastToken(EMAIL, "confirmemail"));
        Session again = auth.signIn(EMAIL, "другой длинный пароль 7");
        assertFalse(again.userId().equals(session.userId()), "the same address signs up as a new tenant");
    }

    @Test
    void aModuleThatFailsToEraseIsTriedAgainByTheTick() {
        Session session = signUpAndSignIn(EMAIL);
        FakeSource accounts = new FakeSource("accounts");
        accounts.failuresLeft = 1;
        FakeSource messages = new FakeSource("messages");
        sources.add(accounts);
        sources.add(messages);

        data.deleteAccount(session.token(), PASSWORD);
        assertTrue(accounts.erased.isEmpty());
        assertEquals(List.of(session.userId()), messages.erased, "one failing module does not stop the others");
        assertThrows(AuthenticationFailedException.class, () -> auth.signIn(EMAIL, PASSWORD), "the account is deleted all the same");
        ErasureRecord open = jpa.inTransaction(() -> store.openErasures(10)).get(0);
        assertEquals("accounts", open.sourceKey());
        assertTrue(open.lastError().contains("away"));

        sources.remove(accounts);
        assertEquals(1, data.retryErasures(), "a module not installed now keeps its erasure open");
        sources.add(accounts);
        assertEquals(0, data.retryErasures());
        assertEquals(List.of(session.userId()), accounts.erased);
        assertEquals(0, data.retryErasures());
        assertEquals(1, accounts.erased.size(), "a done erasure is not run again");
        assertEquals(1, messages.erased.size());
    }

    @Test
    void retentionDeletesOldUnconfirmedSignUpsLinksAndSessions() {
        RegistrationRetention retention = new RegistrationRetention(store, jpa, clock, Duration.ofDays(30), Duration.ofDays(7),
                Duration.ofDays(30), Duration.ofMinutes(30));
        registration.signUp(new SignUp("pending@example.ru", PASSWORD, true));
        Session session = signUpAndSignIn(EMAIL);
        auth.signOut(session.token());
        clock.advance(Duration.ofMinutes(1)); // letters to one address are 30 s apart at least
        registration.requestPasswordReset(EMAIL);
        assertEquals("Восстановление пароля", outbox.last(EMAIL).subject());

        clock.advance(Duration.ofDays(6));
        assertEquals(new RegistrationRetention.Result(0, 0, 0), retention.run(), "nothing is old yet");
        clock.advance(Duration.ofDays(2));
        RegistrationRetention.Result week = retention.run();
        assertEquals(3, week.tokens(), "a week after: the used confirmation link, the expired reset link and the pending sign-up's expired link");
        assertEquals(0, week.unconfirmed(), "the pending sign-up's link goes, the sign-up stays");
        assertTrue(jpa.inTransaction(() -> store.userByEmail("pending@example.ru")).isPresent());

        clock.advance(Duration.ofDays(21));
        assertEquals(0, retention.run().unconfirmed(), "29 days: kept");
        clock.advance(Duration.ofDays(2));
        RegistrationRetention.Result month = retention.run();
        assertEquals(1, month.unconfirmed(), "31 days unconfirmed: deleted");
        assertEquals(1, month.sessions(), "the session ended 31 days ago");
        assertTrue(jpa.inTransaction(() -> store.userByEmail("pending@example.ru")).isEmpty());
        assertTrue(jpa.inTransaction(() -> store.userByEmail(EMAIL)).isPresent(), "a confirmed tenant stays");
        assertDoesNotThrow(() -> registration.signUp(new SignUp("pending@example.ru", PASSWORD, true)), "the address can sign up anew");
    }

    @Test
    void aSignUpAgainForAPendingAddressKeepsItFromRetention() {
        RegistrationRetention retention = new RegistrationRetention(store, jpa, clock, Duration.ofDays(30), Duration.ofDays(7),
                Duration.ofDays(30), Duration.ofMinutes(30));
        registration.signUp(new SignUp("pending@example.ru", PASSWORD, true));
        clock.advance(Duration.ofDays(25));
        registration.signUp(new SignUp("pending@example.ru", PASSWORD, true));
        clock.advance(Duration.ofDays(10));
        assertEquals(0, retention.run().unconfirmed(), "the latest sign-up is 10 days old");
        clock.advance(Duration.ofDays(21));
        assertEquals(1, retention.run().unconfirmed());
    }

    @Test
    void aModuleAwayWhenTheTenantDeletedErasesOnceItIsBackAtTheNextTick() {
        Session session = signUpAndSignIn(EMAIL);
        FakeSource messages = new FakeSource("messages");
        sources.add(messages);
        data.deleteAccount(session.token(), PASSWORD); // accounts is being refreshed just now
        assertEquals(List.of("messages"), jpa.inTransaction(() -> store.erasuresOf(session.userId())).stream()
                .map(ErasureRecord::sourceKey).toList());

        FakeSource accounts = new FakeSource("accounts");
        sources.add(accounts);
        assertEquals(0, data.retryErasures());
        assertEquals(List.of(session.userId()), accounts.erased, "the tick opens the erasure of a module bound later and runs it");
        assertEquals(1, messages.erased.size(), "a done erasure is not run again");
        assertEquals(0, data.retryErasures());
        assertEquals(1, accounts.erased.size());
    }

    @Test
    void erasuresWaitingForAnUninstalledModuleDoNotStarveTheOthers() {
        jpa.inTransaction(() -> {
            for (int i = 0; i < 500; i++) {
                store.insertErasure("gone-" + i, "gone", clock.instant().minus(Duration.ofDays(1)));
            }
            return null;
        });
        Session session = signUpAndSignIn(EMAIL);
        FakeSource accounts = new FakeSource("accounts");
        accounts.failuresLeft = 1;
        sources.add(accounts);
        data.deleteAccount(session.token(), PASSWORD);
        assertTrue(accounts.erased.isEmpty());

        assertEquals(500, data.retryErasures(), "still open: only those of the module not installed");
        assertEquals(List.of(session.userId()), accounts.erased, "500 older erasures of an uninstalled module do not hide this one");
    }

    @Test
    void retentionZeroKeepsThatKindAndNoLiveSessionSignUpOrLinkGoes() {
        RegistrationRetention keepAll = new RegistrationRetention(store, jpa, clock, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ofMinutes(30));
        registration.signUp(new SignUp("pending@example.ru", PASSWORD, true));
        Session session = signUpAndSignIn(EMAIL);
        clock.advance(Duration.ofMinutes(1));
        registration.requestPasswordReset(EMAIL);
        clock.advance(Duration.ofMinutes(1));

        assertEquals(new RegistrationRetention.Result(0, 0, 0), keepAll.run());
        assertTrue(auth.session(session.token()).isPresent(), "the tenant is still signed in");
        assertTrue(jpa.inTransaction(() -> store.userByEmail("pending@example.ru")).isPresent(), "a sign-up minutes old stays");
        assertDoesNotThrow(() -> registration.resetPassword(outbox.lastToken(EMAIL, "resetpassword"), "новый длинный пароль 9"),
                "a pending link stays");

        clock.advance(Duration.ofDays(400));
        assertEquals(new RegistrationRetention.Result(0, 0, 0), keepAll.run(), "0 keeps forever");
    }

    @Test
    void aNegativeRetentionIsTheDefaultAndZeroIsKeep() {
        assertEquals(Duration.ofDays(7), RegistrationRetention.period("usedLinksDays", -1, 7));
        assertEquals(Duration.ZERO, RegistrationRetention.period("usedLinksDays", 0, 7));
        assertEquals(Duration.ofDays(3), RegistrationRetention.period("usedLinksDays", 3, 7));
    }

    @Test
    void deletingSessionsOverNeverTakesAnOpenOne() {
        Session open = signUpAndSignIn(EMAIL);
        Session ended = auth.signIn(EMAIL, PASSWORD);
        auth.signOut(ended.token());
        clock.advance(Duration.ofMinutes(10));
        Instant now = clock.instant();
        assertEquals(1, jpa.inTransaction(() -> store.deleteSessionsOverBefore(now.plus(Duration.ofDays(1)), now, Duration.ofMinutes(30))),
                "only the ended session, even asked for a time to come");
        assertTrue(auth.session(open.token()).isPresent());
        clock.advance(Duration.ofMinutes(31));
        Instant later = clock.instant();
        assertEquals(1, jpa.inTransaction(() -> store.deleteSessionsOverBefore(later, later, Duration.ofMinutes(30))),
                "idle past the timeout: over");
    }

    @Test
    void aConsentVersionWithoutItsTextFallsBackToTheShippedTextAndKeepsTheVersion() throws Exception {
        ConsentText noFile = ConsentTexts.load("2027-01", "", "УК «Обь»", "Ханты-Мансийск");
        assertEquals("2027-01", noFile.version());
        assertEquals(ConsentTexts.load("2026-11", "", "УК «Обь»", "Ханты-Мансийск").text(), noFile.text());
        assertTrue(noFile.text().contains("УК «Обь»"));
        ConsentText unreadable = ConsentTexts.load("2027-01", "/nonexistent/consent.txt", "УК «Обь»", "");
        assertEquals("2027-01", unreadable.version());
        assertFalse(unreadable.text().isBlank());
        java.nio.file.Path own = java.nio.file.Files.createTempFile("consent", ".txt");
        try {
            java.nio.file.Files.writeString(own, "Согласие {company}", StandardCharsets.UTF_8);
            assertEquals("Согласие УК «Обь»", ConsentTexts.load("2027-01", own.toString(), "УК «Обь»", "").text());
        } finally {
            java.nio.file.Files.delete(own);
        }
    }
}
