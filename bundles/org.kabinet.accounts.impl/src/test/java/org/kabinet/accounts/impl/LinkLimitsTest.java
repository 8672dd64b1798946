package org.kabinet.accounts.impl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.AccountData;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.IssuedCode;
import org.kabinet.accounts.api.LinkRefusedException;
import org.kabinet.accounts.api.LinkRequest;
import org.kabinet.accounts.api.TooManyAttemptsException;
import org.kabinet.accounts.impl.jpa.JpaAccountStore;
import org.kabinet.persistence.Transactions;
import org.kabinet.persistence.EntityManagers;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;
import org.kabinet.persistence.testing.ThreadedJpa;

/**
 * Failed linking attempts are limited per tenant and per client address as well as per (city, number):
 * one machine guessing through many sign-ups is stopped by its address, with the same 429.
 */
class LinkLimitsTest {
    private static final String WRONG = "AAAAA-AAAAA";
    private static final String ADDRESS = "203.0.113.7";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
    private AutoCloseable jpa;
    private AccountsService accounts;

    private <J extends Transactions & EntityManagers & AutoCloseable> void start(J unit, LinkLimits limits) {
        jpa = unit;
        accounts = new AccountsService(new JpaAccountStore(unit), unit, new RegistrationCodes(new SecureRandom()), Duration.ofDays(90),
                new SmsOutbox(), new PhoneVerification(new SecureRandom()), clock, PhoneLimits.DEFAULT, limits);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (jpa != null) {
            jpa.close();
        }
    }

    private IssuedCode anAccount(String number) {
        return accounts.issueCode(accounts.create(new AccountData(number, "surgut", AccountKind.RENT, "ул. Мира, д. 1, кв. " + number,
                new BigDecimal("40"), 1, AccountStatus.OPEN)).id());
    }

    /** A wrong code for a number of its own each time, so that only the tenant's and the address's counters are at work. */
    private void miss(String tenant, int i, String address) {
        assertThrows(LinkRefusedException.class, () -> accounts.link(tenant, new LinkRequest(String.valueOf(700_000 + i), "surgut", WRONG,
                null), address));
    }

    @Test
    void oneAddressIsStoppedAcrossTenantsUntilTheHourMovesOn() throws Exception {
        start(new LocalJpa("kabinet-accounts", AccountsServiceTest.migrations(getClass())), new LinkLimits(10, 6));
        IssuedCode code = anAccount("100200");
        for (int i = 0; i < 6; i++) {
            // a fresh sign-up each time: the tenant's own limit never comes near
            miss("sign-up-" + i, i, ADDRESS);
        }
        assertThrows(TooManyAttemptsException.class, () -> accounts.link("sign-up-new", new LinkRequest("100200", "surgut",
                code.code(), null), ADDRESS), "refused unchecked, even the right code");
        assertThrows(TooManyAttemptsException.class, () -> accounts.link("sign-up-new", new LinkRequest("100299", "surgut", WRONG, null),
                " " + ADDRESS + " "));
        // another address, and the same tenant without an address, go on as before
        miss("sign-up-other", 50, "198.51.100.1");
        assertDoesNotThrow(() -> accounts.link("sign-up-new", new LinkRequest("100200", "surgut", code.code(), null), "198.51.100.1"));
        clock.advance(Duration.ofMinutes(61));
        miss("sign-up-late", 60, ADDRESS);
    }

    @Test
    void theTenantsLimitIsConfigurable() throws Exception {
        start(new LocalJpa("kabinet-accounts", AccountsServiceTest.migrations(getClass())), new LinkLimits(3, 60));
        for (int i = 0; i < 3; i++) {
            miss("anna", i, "192.0.2." + i);
        }
        assertThrows(TooManyAttemptsException.class, () -> accounts.link("anna", new LinkRequest("700099", "surgut", WRONG, null),
                "192.0.2.99"));
        assertThrows(TooManyAttemptsException.class, () -> accounts.link("anna", new LinkRequest("700099", "surgut", WRONG, null)));
        clock.advance(Duration.ofMinutes(61));
        miss("anna", 9, null);
    }

    @Test
    void parallelGuessesFromOneAddressEachCount() throws Exception {
        ThreadedJpa unit = new ThreadedJpa("kabinet-accounts", AccountsServiceTest.migrations(getClass()));
        start(unit, new LinkLimits(1000, 5));
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger throttled = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> tries = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                tries.add(pool.submit(() -> {
                    try {
                        accounts.link("sign-up-" + n, new LinkRequest(String.valueOf(700_000 + n), "surgut", WRONG, null), ADDRESS);
                    } catch (LinkRefusedException e) {
                        refused.incrementAndGet();
                    } catch (TooManyAttemptsException e) {
                        throttled.incrementAndGet();
                    }
                }));
            }
            for (Future<?> t : tries) {
                t.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5, refused.get(), "codes checked: exactly the limit, however the attempts interleave");
        assertEquals(11, throttled.get());
    }

    @Test
    void aLimitBelowOneTakesTheDefaultInsteadOfStoppingTheModule() {
        assertEquals(LinkLimits.DEFAULT, LinkLimits.orDefaults(0, -3));
        assertEquals(new LinkLimits(3, 60), LinkLimits.orDefaults(3, 0));
        assertThrows(IllegalArgumentException.class, () -> new LinkLimits(0, 60));
    }
}
