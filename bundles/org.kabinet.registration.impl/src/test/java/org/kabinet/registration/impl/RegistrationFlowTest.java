package org.kabinet.registration.impl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.registration.api.AuthenticationFailedException;
import org.kabinet.registration.api.InvalidTokenException;
import org.kabinet.registration.api.Session;
import org.kabinet.registration.api.SignUp;
import org.kabinet.registration.api.TokenState;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;
import org.kabinet.registration.impl.jpa.JpaIdentityStore;

/** The whole tenant identity story on the real persistence unit (in-memory Derby). */
class RegistrationFlowTest {
    private static final String PASSWORD = "длинный пароль из слов";
    private static final String OTHER_PASSWORD = "совсем другой пароль 2";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
    private final RecordingOutbox outbox = new RecordingOutbox();
    private LocalJpa jpa;
    private RegistrationService registration;
    private AuthenticationService auth;
    private JpaIdentityStore store;

    @BeforeEach
    void setUp() throws Exception {
        jpa = new LocalJpa("kabinet-registration",
                SchemaMigrations.of("reg", getClass().getClassLoader(), "db/registration", "V1__tenants.sql", "V2__tenant_name.sql", "V3__personal_data.sql"));
        store = new JpaIdentityStore(jpa);
        SecureRandom random = new SecureRandom();
        // Cheap Argon2 parameters keep the suite fast; the recommended ones are checked in PasswordHasherTest.
        PasswordHasher hasher = new PasswordHasher(64, 1, 1, random, HashingGate.perCore());
        PasswordPolicy policy = new PasswordPolicy(Set.of("qwertyuiop123"));
        RegistrationLetters letters = new RegistrationLetters("https://kabinet.example/");
        SecretTokens tokens = new SecretTokens(random);
        registration = new RegistrationService(store, jpa, outbox, policy, hasher, tokens, letters, "2026-11", clock);
        auth = new AuthenticationService(store, jpa, outbox, policy, hasher, tokens, letters,
                Duration.ofMinutes(30), Duration.ofHours(12), clock);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    private String signUpAndConfirm(String email) {
        registration.signUp(new SignUp(email, PASSWORD, true));
        return registration.confirmEmail(outbox.lastToken(email.toLowerCase(), "confirmemail"));
    }

    @Test
    void signUpMailsALinkThatConfirmsTheAddressAndOpensSignIn() {
        registration.signUp(new SignUp("Tenant@Example.RU", PASSWORD, true));

        assertEquals(1, outbox.letters.size());
        assertTrue(outbox.last("tenant@example.ru").actionUrl().startsWith("https://kabinet.example/confirmemail/"));
        assertThrows(AuthenticationFailedException.class, () -> auth.signIn("tenant@example.ru", PASSWORD),
                "an unconfirmed address cannot sign in");

        String token = outbox.lastToken("tenant@example.ru", "confirmemail");
        assertEquals(43, token.length(), "256 bits, base64url");
        assertEquals("tenant@example.ru", registration.confirmEmail(token));

        Session session = auth.signIn("TENANT@example.ru", PASSWORD);
        assertEquals("tenant@example.ru", auth.session(session.token()).orElseThrow().email());
    }

    @Test
    void consentIsRequiredAndRecordedWithVersionAndTime() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> registration.signUp(new SignUp("a@example.ru", PASSWORD, false)));
        assertEquals("consent", e.field());
        assertTrue(outbox.letters.isEmpty());

        registration.signUp(new SignUp("a@example.ru", PASSWORD, true));
        UserAccount user = jpa.inTransaction(() -> store.userByEmail("a@example.ru").orElseThrow());
        assertEquals("2026-11", user.consentVersion);
        assertEquals(clock.instant(), user.consentAt);
    }

    @Test
    void onlyTheTokensHashIsStored() {
        registration.signUp(new SignUp("a@example.ru", PASSWORD, true));
        String token = outbox.lastToken("a@example.ru", "confirmemail");
        assertTrue(jpa.inTransaction(() -> store.token(token)).isEmpty());
        assertTrue(jpa.inTransaction(() -> store.token(SecretTokens.hash(token))).isPresent());
    }

    @Test
    void confirmationLinkWorksOnceAndFor24Hours() {
        registration.signUp(new SignUp("a@example.ru", PASSWORD, true));
        String token = outbox.lastToken("a@example.ru", "confirmemail");
        registration.confirmEmail(token);
        assertEquals(TokenState.USED, assertThrows(InvalidTokenException.class, () -> registration.confirmEmail(token)).state());

        registration.signUp(new SignUp("b@example.ru", PASSWORD, true));
        String late = outbox.lastToken("b@example.ru", "confirmemail");
        clock.advance(Duration.ofHours(24));
        assertEquals(TokenState.EXPIRED, assertThrows(InvalidTokenException.class, () -> registration.confirmEmail(late)).state());

        assertEquals(TokenState.UNKNOWN, assertThrows(InvalidTokenException.class,
                () -> registration.confirmEmail("no-such-token")).state());
    }

    @Test
    void knownConfirmedAddressGetsAlreadyRegisteredLetterAndKeepsItsPassword() {
        signUpAndConfirm("a@example.ru");
        clock.advance(Duration.ofMinutes(1));

        assertDoesNotThrow(() -> registration.signUp(new SignUp("A@example.ru", OTHER_PASSWORD, true)));

        assertEquals("У вас уже есть личный кабинет", outbox.last("a@example.ru").subject());
        assertThrows(AuthenticationFailedException.class, () -> auth.signIn("a@example.ru", OTHER_PASSWORD));
        assertDoesNotThrow(() -> auth.signIn("a@example.ru", PASSWORD));
    }

    @Test
    void eachPendingSignUpsLinkSetsItsOwnPasswordAndConfirmingOneEndsTheOthers() {
        registration.signUp(new SignUp("a@example.ru", PASSWORD, true));
        String first = outbox.lastToken("a@example.ru", "confirmemail");
        clock.advance(Duration.ofMinutes(1));

        registration.signUp(new SignUp("a@example.ru", OTHER_PASSWORD, true));
        String second = outbox.lastToken("a@example.ru", "confirmemail");

        assertNotEquals(first, second);
        assertEquals(TokenState.VALID, registration.checkConfirmationToken(first), "a later sign-up does not void the earlier link");
        registration.confirmEmail(second);
        assertDoesNotThrow(() -> auth.signIn("a@example.ru", OTHER_PASSWORD), "the password of the confirmed sign-up applies");
        assertThrows(AuthenticationFailedException.class, () -> auth.signIn("a@example.ru", PASSWORD));
        assertEquals(TokenState.UNKNOWN, assertThrows(InvalidTokenException.class, () -> registration.confirmEmail(first)).state(),
                "confirming one link ends the others");
    }

    @Test
    void aStrangersSignUpForAPendingAddressNeverSetsTheOwnersPassword() {
        String stranger = "пароль того, кто чужой";
        // the stranger signs up first with the owner's address, the owner then, the stranger again after her
        registration.signUp(new SignUp("victim@example.ru", stranger, true));
        clock.advance(Duration.ofMinutes(1));
        assertDoesNotThrow(() -> registration.signUp(new SignUp("victim@example.ru", PASSWORD, true)),
                "the same answer as for a new address");
        String owners = outbox.lastToken("victim@example.ru", "confirmemail");
        clock.advance(Duration.ofMinutes(1));
        registration.signUp(new SignUp("victim@example.ru", stranger, true));
        String strangers = outbox.lastToken("victim@example.ru", "confirmemail");
        assertEquals(3, outbox.to("victim@example.ru").size(), "each sign-up sends a letter");

        assertEquals(TokenState.VALID, registration.checkConfirmationToken(owners));
        assertEquals("victim@example.ru", registration.confirmEmail(owners), "her letter still works");

        assertDoesNotThrow(() -> auth.signIn("victim@example.ru", PASSWORD), "her password works");
        assertThrows(AuthenticationFailedException.class, () -> auth.signIn("victim@example.ru", stranger));
        assertThrows(InvalidTokenException.class, () -> registration.confirmEmail(strangers),
                "the stranger's link cannot set a password on the confirmed account");
        assertThrows(AuthenticationFailedException.class, () -> auth.signIn("victim@example.ru", stranger));
        assertDoesNotThrow(() -> auth.signIn("victim@example.ru", PASSWORD));
    }

    @Test
    void openingAConfirmationLinkConfirmsNothing() {
        registration.signUp(new SignUp("a@example.ru", PASSWORD, true));
        String token = outbox.lastToken("a@example.ru", "confirmemail");

        assertEquals(TokenState.VALID, registration.checkConfirmationToken(token));
        assertEquals(TokenState.VALID, registration.checkConfirmationToken(token), "looking twice changes nothing");
        assertFalse(jpa.inTransaction(() -> store.userByEmail("a@example.ru").orElseThrow()).confirmed);
        assertThrows(AuthenticationFailedException.class, () -> auth.signIn("a@example.ru", PASSWORD));
        assertEquals(TokenState.UNKNOWN, registration.checkConfirmationToken("no-such-token"));

        registration.confirmEmail(token);
        assertEquals(TokenState.USED, registration.checkConfirmationToken(token));
    }

    @Test
    void lettersToOneAddressWait30SecondsAndStopAtThreeAnHour() {
        registration.signUp(new SignUp("a@example.ru", PASSWORD, true));
        registration.resendConfirmation("a@example.ru");
        assertEquals(1, outbox.to("a@example.ru").size(), "within 30 s of the previous letter");

        clock.advance(Duration.ofSeconds(30));
        registration.resendConfirmation("a@example.ru");
        clock.advance(Duration.ofSeconds(30));
        registration.resendConfirmation("a@example.ru");
        assertEquals(3, outbox.to("a@example.ru").size());

        clock.advance(Duration.ofMinutes(10));
        registration.resendConfirmation("a@example.ru");
        assertEquals(3, outbox.to("a@example.ru").size(), "no more than 3 an hour");

        clock.advance(Duration.ofMinutes(50));
        registration.resendConfirmation("a@example.ru");
        assertEquals(4, outbox.to("a@example.ru").size(), "an hour after the first letter");
    }

    @Test
    void unknownAddressesGetNoLetterAndTheSameSilentAnswer() {
        assertDoesNotThrow(() -> registration.resendConfirmation("nobody@example.ru"));
        assertDoesNotThrow(() -> registration.requestPasswordReset("nobody@example.ru"));
        assertTrue(outbox.letters.isEmpty());
    }

    @Test
    void signInFailsTheSameForUnknownAddressAndWrongPassword() {
        signUpAndConfirm("a@example.ru");
        AuthenticationFailedException unknown = assertThrows(AuthenticationFailedException.class,
                () -> auth.signIn("nobody@example.ru", PASSWORD));
        AuthenticationFailedException wrong = assertThrows(AuthenticationFailedException.class,
                () -> auth.signIn("a@example.ru", OTHER_PASSWORD));
        AuthenticationFailedException malformed = assertThrows(AuthenticationFailedException.class,
                () -> auth.signIn("not an address", OTHER_PASSWORD));
        assertEquals(unknown.getMessage(), wrong.getMessage());
        assertEquals(unknown.getMessage(), malformed.getMessage());
    }

    @Test
    void fromTheFifthFailureEachAttemptWaitsLonger() {
        signUpAndConfirm("a@example.ru");
        for (int i = 0; i < 5; i++) {
            assertThrows(AuthenticationFailedException.class, () -> auth.signIn("a@example.ru", OTHER_PASSWORD));
        }
        assertThrows(AuthenticationFailedException.class, () -> auth.signIn("a@example.ru", PASSWORD),
                "even the right password waits out the delay");

        clock.advance(Duration.ofSeconds(1));
        assertDoesNotThrow(() -> auth.signIn("a@example.ru", PASSWORD));
    }

    @Test
    void progressiveDelayDoublesAndIsCapped() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(Instant.MIN, SignInThrottle.nextAttemptAt(4, t));
        assertEquals(t.plusSeconds(1), SignInThrottle.nextAttemptAt(5, t));
        assertEquals(t.plusSeconds(2), SignInThrottle.nextAttemptAt(6, t));
        assertEquals(t.plusSeconds(32), SignInThrottle.nextAttemptAt(10, t));
        assertEquals(t.plus(Duration.ofMinutes(15)), SignInThrottle.nextAttemptAt(40, t));
    }

    @Test
    void atMostHundredPasswordChecksPerAccountAnHour() {
        UserAccount user = new UserAccount();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 100; i++) {
            assertTrue(SignInThrottle.allows(user, now));
            SignInThrottle.recordVerification(user, now);
        }
        assertFalse(SignInThrottle.allows(user, now.plus(Duration.ofMinutes(59))));
        assertTrue(SignInThrottle.allows(user, now.plus(Duration.ofHours(1))));
    }

    @Test
    void passwordResetLinkWorksOnceFor30MinutesAndEndsAllSessions() {
        signUpAndConfirm("a@example.ru");
        Session phone = auth.signIn("a@example.ru", PASSWORD);
        clock.advance(Duration.ofMinutes(1));

        registration.requestPasswordReset("A@example.ru");
        String token = outbox.lastToken("a@example.ru", "resetpassword");
        assertEquals(TokenState.VALID, registration.checkResetToken(token));

        ValidationException weak = assertThrows(ValidationException.class, () -> registration.resetPassword(token, "short"));
        assertEquals("password", weak.field());
        assertEquals(TokenState.VALID, registration.checkResetToken(token), "a refused password does not use the link");

        registration.resetPassword(token, OTHER_PASSWORD);

        assertEquals("Пароль изменён", outbox.last("a@example.ru").subject());
        assertTrue(auth.session(phone.token()).isEmpty(), "every session ends");
        assertDoesNotThrow(() -> auth.signIn("a@example.ru", OTHER_PASSWORD));
        assertEquals(TokenState.USED, assertThrows(InvalidTokenException.class,
                () -> registration.resetPassword(token, "ещё один новый пароль")).state());
    }

    @Test
    void passwordResetLinkExpiresAfter30Minutes() {
        signUpAndConfirm("a@example.ru");
        clock.advance(Duration.ofMinutes(1));
        registration.requestPasswordReset("a@example.ru");
        String token = outbox.lastToken("a@example.ru", "resetpassword");
        clock.advance(Duration.ofMinutes(30));
        assertEquals(TokenState.EXPIRED, registration.checkResetToken(token));
    }

    @Test
    void resetForUnconfirmedAddressSendsAFreshConfirmationLink() {
        registration.signUp(new SignUp("a@example.ru", PASSWORD, true));
        clock.advance(Duration.ofMinutes(1));
        registration.requestPasswordReset("a@example.ru");
        String token = outbox.lastToken("a@example.ru", "confirmemail");
        registration.confirmEmail(token);
        assertDoesNotThrow(() -> auth.signIn("a@example.ru", PASSWORD));
    }

    @Test
    void passwordChangeNeedsTheCurrentOneAndEndsOtherSessions() {
        signUpAndConfirm("a@example.ru");
        Session laptop = auth.signIn("a@example.ru", PASSWORD);
        Session phone = auth.signIn("a@example.ru", PASSWORD);

        ValidationException wrong = assertThrows(ValidationException.class,
                () -> auth.changePassword(laptop.token(), "не тот пароль совсем", OTHER_PASSWORD));
        assertEquals("currentPassword", wrong.field());

        auth.changePassword(laptop.token(), PASSWORD, OTHER_PASSWORD);

        assertTrue(auth.session(laptop.token()).isPresent(), "the session that changed it stays");
        assertTrue(auth.session(phone.token()).isEmpty());
        assertEquals("Пароль изменён", outbox.last("a@example.ru").subject());
    }

    @Test
    void theNameIsStoredTidiedAndCanBeCleared() {
        signUpAndConfirm("a@example.ru");
        Session s = auth.signIn("a@example.ru", PASSWORD);
        assertEquals("", auth.find(s.userId()).orElseThrow().name(), "no name until given");

        assertEquals("Анна Петровна", auth.changeName(s.token(), "  Анна   Петровна "));
        assertEquals("Анна Петровна", auth.find(s.userId()).orElseThrow().name());

        ValidationException bad = assertThrows(ValidationException.class, () -> auth.changeName(s.token(), "Анна<script>"));
        assertEquals("name", bad.field());
        assertEquals("Анна Петровна", auth.find(s.userId()).orElseThrow().name(), "a refused name changes nothing");

        assertEquals("", auth.changeName(s.token(), " "));
        assertEquals("", auth.find(s.userId()).orElseThrow().name());
        auth.signOut(s.token());
        assertThrows(AuthenticationFailedException.class, () -> auth.changeName(s.token(), "Анна"));
    }

    @Test
    void sessionEndsAfter30IdleMinutesAndOnSignOut() {
        signUpAndConfirm("a@example.ru");
        Session s = auth.signIn("a@example.ru", PASSWORD);
        clock.advance(Duration.ofMinutes(29));
        assertTrue(auth.session(s.token()).isPresent(), "use extends the session");
        clock.advance(Duration.ofMinutes(29));
        assertTrue(auth.session(s.token()).isPresent());
        clock.advance(Duration.ofMinutes(30));
        assertTrue(auth.session(s.token()).isEmpty());

        Session t = auth.signIn("a@example.ru", PASSWORD);
        auth.signOut(t.token());
        assertTrue(auth.session(t.token()).isEmpty());
    }

    @Test
    void malformedAddressIsNamedInTheError() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> registration.signUp(new SignUp("tenant.example.ru", PASSWORD, true)));
        assertEquals("email", e.field());
    }
}
