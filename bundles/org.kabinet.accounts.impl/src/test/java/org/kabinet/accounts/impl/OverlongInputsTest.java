package org.kabinet.accounts.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.AccountData;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.LinkRequest;
import org.kabinet.accounts.api.NotFoundException;
import org.kabinet.accounts.api.PhoneVerificationException;
import org.kabinet.accounts.impl.jpa.JpaAccountStore;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;

/** Inputs longer than their columns are a 422 on the field (or a 404 for an id), never a database error (500). */
class OverlongInputsTest {
    private static final String LONG = "1".repeat(21);
    private static final String HUGE = "9".repeat(10_000);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
    private LocalJpa jpa;
    private AccountsService accounts;

    @BeforeEach
    void setUp() throws Exception {
        jpa = new LocalJpa("kabinet-accounts", AccountsServiceTest.migrations(getClass()));
        accounts = new AccountsService(new JpaAccountStore(jpa), jpa, new RegistrationCodes(new SecureRandom()),
                Duration.ofDays(90), new SmsOutbox(), new PhoneVerification(new SecureRandom()), clock);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    private static String field(Runnable call) {
        return assertThrows(ValidationException.class, call::run).field();
    }

    @Test
    void linkingWithAnOverlongNumberNamesTheNumber() {
        assertEquals("number", field(() -> accounts.link("anna", new LinkRequest(LONG, "surgut", "AAAAA-AAAAA", null))));
        assertEquals("number", field(() -> accounts.link("anna", new LinkRequest(HUGE, "surgut", "AAAAA-AAAAA", null))));
    }

    @Test
    void linkingWithOverlongCityCodeOrPhoneNamesTheField() {
        assertEquals("city", field(() -> accounts.link("anna", new LinkRequest("100200", "Г".repeat(101), "AAAAA-AAAAA", null))));
        assertEquals("code", field(() -> accounts.link("anna", new LinkRequest("100200", "surgut", "A".repeat(101), null))));
        assertEquals("number", field(() -> accounts.link("anna", new LinkRequest("№ 100200", "surgut", "AAAAA-AAAAA", null))),
                "a number no account can have: a field error, not a refusal");
        assertEquals("phone", field(() -> accounts.link("anna", new LinkRequest("100200", "surgut", "AAAAA-AAAAA", HUGE))));
    }

    @Test
    void phoneFormsWithOverlongInputs() {
        assertEquals("phone", field(() -> accounts.requestPhoneVerification("anna", HUGE)));
        accounts.requestPhoneVerification("anna", "9123456789");
        assertEquals("phone.code.wrong", assertThrows(PhoneVerificationException.class, () -> accounts.verifyPhone("anna", HUGE)).code());
    }

    @Test
    void staffFormsWithOverlongInputs() {
        assertEquals("number", field(() -> accounts.create(new AccountData(LONG, "surgut", AccountKind.RENT, "ул. 1",
                BigDecimal.ONE, 1, AccountStatus.OPEN))));
        assertEquals("city", field(() -> accounts.create(new AccountData("1", "c".repeat(61), AccountKind.RENT, "ул. 1",
                BigDecimal.ONE, 1, AccountStatus.OPEN))));
        assertEquals("address", field(() -> accounts.create(new AccountData("1", "surgut", AccountKind.RENT, "д".repeat(301),
                BigDecimal.ONE, 1, AccountStatus.OPEN))));
        assertEquals("city", field(() -> accounts.accounts(new AccountFilter("c".repeat(101), null, null))));
        assertEquals("city", field(() -> accounts.issueCodes("c".repeat(101), "ул")));
        assertThrows(NotFoundException.class, () -> accounts.account("x".repeat(37)));
        assertThrows(NotFoundException.class, () -> accounts.issueCode("x".repeat(37)));
        assertThrows(NotFoundException.class, () -> accounts.update("x".repeat(37), new AccountData("1", "surgut",
                AccountKind.RENT, "ул. 1", BigDecimal.ONE, 1, AccountStatus.OPEN)));
    }

    @Test
    void aCityNameOfAHundredLettersGetsAnIdThatFits() {
        String name = "Щ".repeat(100);
        assertTrue(accounts.addCity(name).id().length() <= 60);
        assertEquals("name", field(() -> accounts.addCity("Щ".repeat(101))));
    }
}
