package org.kabinet.accounts.impl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.AccountData;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.IssuedCode;
import org.kabinet.accounts.api.LinkRequest;
import org.kabinet.accounts.api.TooManyAttemptsException;
import org.kabinet.accounts.impl.jpa.JpaAccountStore;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;

/**
 * Linking is throttled by the (city, number) typed, whether or not such an account exists: a
 * stranger learns nothing from the answers, and cannot keep the owner out.
 */
class LinkingLeaksNothingTest {
    private static final String WRONG = "AAAAA-AAAAA";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
    private LocalJpa jpa;
    private AccountsService accounts;
    private IssuedCode code;

    @BeforeEach
    void setUp() throws Exception {
        jpa = new LocalJpa("kabinet-accounts", AccountsServiceTest.migrations(getClass()));
        accounts = new AccountsService(new JpaAccountStore(jpa), jpa, new RegistrationCodes(new SecureRandom()),
                Duration.ofDays(90), new SmsOutbox(), new PhoneVerification(new SecureRandom()), clock);
        code = accounts.issueCode(accounts.create(new AccountData("100200", "khanty-mansiysk", AccountKind.RENT,
                "ул. Мира, д. 5, кв. 12", new BigDecimal("54.3"), 3, AccountStatus.OPEN)).id());
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    /** Everything a caller could see of an answer: its type, status, code, field, arguments and both texts. */
    private String answer(String tenant, String number) {
        try {
            accounts.link(tenant, new LinkRequest(number, "Ханты-Мансийск", WRONG, null));
            return "linked";
        } catch (KabinetException e) {
            return String.join("|", e.getClass().getName(), e.failure().name(), e.code(), String.valueOf(e.field()),
                    Arrays.toString(e.arguments()), e.getMessage(),
                    AccountErrorTextsTest.TEXTS.of(e, Locale.forLanguageTag("ru")), AccountErrorTextsTest.TEXTS.of(e, Locale.ENGLISH));
        }
    }

    @Test
    void aMissingAndAnExistingNumberAnswerByteForByteAlikeThroughTheWholeSequence() {
        List<String> existing = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            // a new tenant each time, so that only the per-(city, number) counter is at work
            existing.add(answer("stranger-a" + i, "100200"));
            missing.add(answer("stranger-b" + i, "100299"));
            clock.advance(Duration.ofSeconds(10));
        }
        assertEquals(existing, missing);
        assertEquals("link.refused", existing.get(0).split("\\|")[2]);
        assertEquals("link.refused", existing.get(4).split("\\|")[2], "five failures are answered 422");
        assertEquals("link.throttled", existing.get(5).split("\\|")[2], "then 429");
        assertEquals("link.throttled", missing.get(7).split("\\|")[2], "for a number nobody has, too");
    }

    @Test
    void theNumberIsCountedAsTypedInAnyFormAndTheCityByIdOrName() {
        String[][] forms = {{"100 299", "Ханты-Мансийск"}, {"100299", "khanty-mansiysk"}, {" 100299", "ХАНТЫ-МАНСИЙСК"},
            {"100299 ", "ханты-мансийск"}, {"100299", "Ханты-Мансийск"}};
        for (int i = 0; i < forms.length; i++) {
            String[] form = forms[i];
            String tenant = "stranger-" + i;
            assertEquals("link.refused", assertThrows(KabinetException.class,
                    () -> accounts.link(tenant, new LinkRequest(form[0], form[1], WRONG, null))).code());
        }
        assertThrows(TooManyAttemptsException.class, () -> accounts.link("stranger-x", new LinkRequest("100299", "khanty-mansiysk", WRONG, null)));
        assertEquals("link.refused", assertThrows(KabinetException.class,
                () -> accounts.link("stranger-y", new LinkRequest("100299", "surgut", WRONG, null))).code(), "another city is another key");
    }

    @Test
    void strangersCannotKeepTheOwnerOutTheRightCodeLinksEvenWhileTheNumberIsLocked() {
        for (int i = 0; i < 5; i++) {
            answer("stranger-" + i, "100200");
        }
        assertThrows(TooManyAttemptsException.class, () -> accounts.link("stranger-9", new LinkRequest("100200", "khanty-mansiysk", WRONG, null)));
        assertDoesNotThrow(() -> accounts.link("owner", new LinkRequest("100200", "khanty-mansiysk", code.code(), null)));
    }

    @Test
    void theLockLastsFifteenMinutesNotADay() {
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < 5; i++) {
                answer("stranger-" + round + "-" + i, "100200");
            }
            clock.advance(Duration.ofMinutes(16));
        }
        assertEquals("link.refused", answer("stranger-late", "100200").split("\\|")[2],
                "20 failures in an hour do not lock the number for a day");
    }
}
