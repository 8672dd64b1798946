package org.kabinet.accounts.impl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.AccountData;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.LinkRequest;
import org.kabinet.accounts.api.PhoneVerificationException;
import org.kabinet.accounts.impl.jpa.JpaAccountStore;
import org.kabinet.kernel.error.Failure;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;

/** SMS pumping: besides one code a minute per tenant, 5 codes a day per number and 10 a day per tenant (the defaults). */
class PhoneCodeLimitsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
    private final SmsOutbox outbox = new SmsOutbox();
    private LocalJpa jpa;
    private AccountsService accounts;

    @BeforeEach
    void setUp() throws Exception {
        jpa = new LocalJpa("kabinet-accounts", AccountsServiceTest.migrations(getClass()));
        accounts = new AccountsService(new JpaAccountStore(jpa), jpa, new RegistrationCodes(new SecureRandom()),
                Duration.ofDays(90), outbox, new PhoneVerification(new SecureRandom()), clock);
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    private PhoneVerificationException refused(String tenant, String phone) {
        return assertThrows(PhoneVerificationException.class, () -> accounts.requestPhoneVerification(tenant, phone));
    }

    @Test
    void fiveCodesADayToOneNumberWhoeverAsks() {
        for (int i = 0; i < 5; i++) {
            accounts.requestPhoneVerification("tenant-" + i, "9123456789");
            clock.advance(Duration.ofMinutes(30));
        }
        PhoneVerificationException sixth = refused("tenant-9", "+7 912 345-67-89");
        assertEquals("phone.daily", sixth.code());
        assertEquals(Failure.TOO_MANY, sixth.failure(), "429");
        assertTrue(AccountErrorTextsTest.TEXTS.of(sixth, Locale.forLanguageTag("ru")).contains("через сутки"));
        assertEquals(5, outbox.sms.size(), "no SMS for the refused request");
        assertDoesNotThrow(() -> accounts.requestPhoneVerification("tenant-9", "9123456780"), "another number is not limited");

        clock.advance(Duration.ofHours(22)); // 24 h after the first code
        assertDoesNotThrow(() -> accounts.requestPhoneVerification("tenant-9", "9123456789"));
    }

    @Test
    void tenCodesADayPerTenantAcrossNumbers() {
        for (int i = 0; i < 10; i++) {
            accounts.requestPhoneVerification("tenant-anna", "912345678" + i);
            clock.advance(Duration.ofMinutes(2));
        }
        assertEquals("phone.daily", refused("tenant-anna", "9000000000").code());
        assertEquals(10, outbox.sms.size());
        clock.advance(Duration.ofHours(24));
        assertDoesNotThrow(() -> accounts.requestPhoneVerification("tenant-anna", "9000000000"));
    }

    @Test
    void aPhoneGivenWhenLinkingCountsTooAndALimitDoesNotSpoilTheLink() {
        for (int i = 0; i < 5; i++) {
            accounts.requestPhoneVerification("pumper-" + i, "9123456789");
        }
        String id = accounts.create(new AccountData("100200", "surgut", AccountKind.RENT, "ул. Мира, д. 1",
                BigDecimal.TEN, 1, AccountStatus.OPEN)).id();
        String code = accounts.issueCode(id).code();
        assertDoesNotThrow(() -> accounts.link("tenant-anna", new LinkRequest("100200", "surgut", code, "9123456789")));
        assertEquals(5, outbox.sms.size(), "the number's day is used up: the link stands, no sixth SMS");
    }

    /** The outbox refuses a code past the portal's daily cap on codes: linking with a phone still links. */
    @Test
    void thePortalsDailyCapOnCodesDoesNotSpoilALinkEither() {
        SmsOutbox capped = new SmsOutbox() {
            @Override
            public boolean enqueueSms(org.kabinet.notifications.api.SmsRequest message) {
                throw new org.kabinet.kernel.error.KabinetException(Failure.TOO_MANY, "outbox.sms.dailyCap", null);
            }
        };
        AccountsService service = new AccountsService(new JpaAccountStore(jpa), jpa, new RegistrationCodes(new SecureRandom()),
                Duration.ofDays(90), capped, new PhoneVerification(new SecureRandom()), clock);
        String id = service.create(new AccountData("100201", "surgut", AccountKind.RENT, "ул. Мира, д. 1",
                BigDecimal.TEN, 1, AccountStatus.OPEN)).id();
        String code = service.issueCode(id).code();
        assertDoesNotThrow(() -> service.link("tenant-boris", new LinkRequest("100201", "surgut", code, "9123456781")));
        assertEquals(1, service.linked("tenant-boris").size());
        clock.advance(Duration.ofMinutes(2)); // past the minute between codes
        org.kabinet.kernel.error.KabinetException asked = assertThrows(org.kabinet.kernel.error.KabinetException.class,
                () -> service.requestPhoneVerification("tenant-boris", "9123456782"));
        assertEquals("outbox.sms.dailyCap", asked.code(), "asked for on its own, the refusal reaches the tenant (429)");
    }

    @Test
    void theMinuteCooldownStillComesFirst() {
        accounts.requestPhoneVerification("tenant-anna", "9123456789");
        assertEquals("phone.cooldown", refused("tenant-anna", "9123456789").code());
    }
}
