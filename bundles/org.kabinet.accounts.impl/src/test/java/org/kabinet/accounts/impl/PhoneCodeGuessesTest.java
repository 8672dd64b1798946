package org.kabinet.accounts.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.PhoneVerificationException;
import org.kabinet.accounts.impl.jpa.JpaAccountStore;
import org.kabinet.persistence.testing.MutableClock;
import org.kabinet.persistence.testing.ThreadedJpa;

/** Wrong phone codes sent at once each count: 5 are checked, the rest find the tries used up (issue #13). */
class PhoneCodeGuessesTest {
    @Test
    void parallelWrongCodesEachCount() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
        SmsOutbox outbox = new SmsOutbox();
        try (ThreadedJpa unit = new ThreadedJpa("kabinet-accounts", AccountsServiceTest.migrations(getClass()))) {
            AccountsService accounts = new AccountsService(new JpaAccountStore(unit), unit, new RegistrationCodes(new SecureRandom()),
                    Duration.ofDays(90), outbox, new PhoneVerification(new SecureRandom()), clock, PhoneLimits.DEFAULT, LinkLimits.DEFAULT);
            accounts.requestPhoneVerification("anna", "+7 912 345-67-89");
            String right = outbox.lastCode();
            String wrong = right.equals("000000") ? "111111" : "000000";
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<String> codes = new ArrayList<>();
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<String>> tries = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    tries.add(pool.submit(() -> {
                        start.await();
                        return assertThrows(PhoneVerificationException.class, () -> accounts.verifyPhone("anna", wrong)).code();
                    }));
                }
                start.countDown();
                for (Future<String> t : tries) {
                    codes.add(t.get());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(PhoneVerification.MAX_ATTEMPTS, codes.stream().filter("phone.code.wrong"::equals).count(), codes.toString());
            assertEquals(16 - PhoneVerification.MAX_ATTEMPTS, codes.stream().filter("phone.code.attempts"::equals).count(), codes.toString());
            assertEquals("phone.code.attempts", assertThrows(PhoneVerificationException.class,
                    () -> accounts.verifyPhone("anna", right)).code(), "the right code after the tries are used up");
        }
    }
}
