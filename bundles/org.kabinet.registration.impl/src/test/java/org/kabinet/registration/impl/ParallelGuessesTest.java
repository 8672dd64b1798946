package org.kabinet.registration.impl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.MutableClock;
import org.kabinet.persistence.testing.ThreadedJpa;
import org.kabinet.registration.api.AuthenticationFailedException;
import org.kabinet.registration.api.SignUp;
import org.kabinet.registration.impl.jpa.JpaIdentityStore;

/**
 * Password guesses sent at once, each in its own transaction as in the container: every one is
 * counted and the throttle engages, however the requests interleave.
 */
class ParallelGuessesTest {
    private static final String PASSWORD = "длинный пароль из слов";
    private static final String EMAIL = "tenant@example.ru";
    private static final int GUESSES = 8;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
    private final RecordingOutbox outbox = new RecordingOutbox();
    private ThreadedJpa jpa;
    private JpaIdentityStore store;
    private RegistrationService registration;
    private AuthenticationService auth;

    @BeforeEach
    void setUp() throws Exception {
        jpa = new ThreadedJpa("kabinet-registration",
                SchemaMigrations.of("reg", getClass().getClassLoader(), "db/registration", "V1__tenants.sql", "V2__tenant_name.sql", "V3__personal_data.sql"));
        store = new JpaIdentityStore(jpa);
        SecureRandom random = new SecureRandom();
        PasswordHasher hasher = new PasswordHasher(64, 1, 1, random, new HashingGate(GUESSES, Duration.ofSeconds(30)));
        PasswordPolicy policy = new PasswordPolicy(Set.of());
        RegistrationLetters letters = new RegistrationLetters("https://kabinet.example/");
        SecretTokens tokens = new SecretTokens(random);
        registration = new RegistrationService(store, jpa, outbox, policy, hasher, tokens, letters, "2026-11", clock);
        auth = new AuthenticationService(store, jpa, outbox, policy, hasher, tokens, letters,
                Duration.ofMinutes(30), Duration.ofHours(12), clock);
        registration.signUp(new SignUp(EMAIL, PASSWORD, true));
        registration.confirmEmail(outbox.lastToken(EMAIL, "confirmemail"));
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    @Test
    void everyParallelWrongGuessIsCountedAndTheThrottleEngages() throws Exception {
        // Each sign-in is two transactions around the hash. The guessers start their first together,
        // and none starts its second until all have checked a password: the worst interleaving, every time.
        CyclicBarrier together = new CyclicBarrier(GUESSES);
        jpa.beforeTransaction(n -> {
            if (Thread.currentThread().getName().startsWith("guess-") && n < 2) {
                await(together);
            }
        });
        AtomicInteger refused = new AtomicInteger();
        List<Throwable> unexpected = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < GUESSES; i++) {
            String guess = "неверная догадка номер " + i;
            Thread t = new Thread(() -> {
                try {
                    auth.signIn(EMAIL, guess);
                } catch (AuthenticationFailedException e) {
                    refused.incrementAndGet();
                } catch (Throwable e) {
                    synchronized (unexpected) {
                        unexpected.add(e);
                    }
                }
            }, "guess-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(60));
        }
        jpa.beforeTransaction(n -> { });
        assertTrue(unexpected.isEmpty(), () -> "only refusals: " + unexpected);
        assertEquals(GUESSES, refused.get());

        UserAccount user = jpa.inTransaction(() -> store.userByEmail(EMAIL).orElseThrow());
        assertEquals(GUESSES, user.verifyCount, "every password checked counts against the hourly budget");
        assertEquals(GUESSES, user.failedSignIns, "every wrong guess counts as a failure");

        assertThrows(AuthenticationFailedException.class, () -> auth.signIn(EMAIL, PASSWORD),
                "after " + GUESSES + " failures even the right password waits");
        clock.advance(Duration.ofSeconds(1L << (GUESSES - 1 - SignInThrottle.FREE_FAILURES)));
        assertDoesNotThrow(() -> auth.signIn(EMAIL, PASSWORD));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the guessers did not line up", e);
        }
    }
}
