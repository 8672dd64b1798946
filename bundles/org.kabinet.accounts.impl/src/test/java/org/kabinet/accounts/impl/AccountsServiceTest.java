package org.kabinet.accounts.impl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountData;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.ImportResult;
import org.kabinet.accounts.api.IssuedCode;
import org.kabinet.accounts.api.LinkRefusedException;
import org.kabinet.accounts.api.LinkRequest;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.NotFoundException;
import org.kabinet.accounts.api.PhoneVerificationException;
import org.kabinet.accounts.api.TooManyAttemptsException;
import org.kabinet.accounts.impl.jpa.JpaAccountStore;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;
import org.kabinet.kernel.error.ValidationException;

/** Accounts, codes and linking on the real persistence unit (in-memory Derby) with a moving clock. */
class AccountsServiceTest {
    private static final String ANNA = "tenant-anna";
    private static final String BORIS = "tenant-boris";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
    private final SmsOutbox outbox = new SmsOutbox();
    private LocalJpa jpa;
    private AccountsService accounts;

    @BeforeEach
    void setUp() throws Exception {
        jpa = new LocalJpa("kabinet-accounts", migrations(getClass()));
        accounts = new AccountsService(new JpaAccountStore(jpa), jpa, new RegistrationCodes(new SecureRandom()),
                Duration.ofDays(90), outbox, new PhoneVerification(new SecureRandom()), clock);
    }

    /** The module's schema, as the component migrates it. */
    static SchemaMigrations migrations(Class<?> test) {
        return SchemaMigrations.of("acc", test.getClassLoader(), "db/accounts",
                "V1__accounts.sql", "V2__yugra_cities.sql", "V3__phone_verification.sql",
                "V4__link_failures_and_phone_codes.sql", "V5__link_limit_locks.sql", "V6__household.sql");
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    private Account account(String number, AccountKind kind) {
        return accounts.create(new AccountData(number, "khanty-mansiysk", kind, "ул. Мира, д. 5, кв. 12",
                new BigDecimal("54.3"), 3, AccountStatus.OPEN));
    }

    private LinkRequest request(IssuedCode code) {
        return new LinkRequest(code.number(), "Ханты-Мансийск", code.code(), null);
    }

    @Test
    void yugraCitiesAreSeeded() {
        List<String> names = accounts.cities().stream().map(c -> c.name()).toList();
        assertTrue(names.containsAll(List.of("Ханты-Мансийск", "Сургут", "Нижневартовск", "Пыть-Ях", "Лянтор")), names.toString());
    }

    @Test
    void tenantLinksRentAndUtilityAccountsAndSeesBoth() {
        IssuedCode rent = accounts.issueCode(account("100200", AccountKind.RENT).id());
        IssuedCode utilities = accounts.issueCode(account("100201", AccountKind.UTILITIES).id());

        LinkedAccount first = accounts.link(ANNA, new LinkRequest("100200", "khanty-mansiysk", rent.code(), "+7 912 345-67-89"));
        accounts.link(ANNA, new LinkRequest(" 100 201 ", "ханты-мансийск", utilities.code().toLowerCase(), null));

        assertEquals(AccountKind.RENT, first.kind());
        assertEquals(List.of("100200", "100201"), accounts.linked(ANNA).stream().map(LinkedAccount::number).toList());
        assertEquals("9123456789", accounts.phone(ANNA).orElseThrow());
        assertTrue(accounts.linked(BORIS).isEmpty());
    }

    @Test
    void aPhoneGivenWhenLinkingIsConfirmedByTheSmsCode() {
        IssuedCode rent = accounts.issueCode(account("100200", AccountKind.RENT).id());
        accounts.link(ANNA, new LinkRequest("100200", "khanty-mansiysk", rent.code(), "8 (912) 345 67 89"));

        assertEquals("9123456789", outbox.sms.get(0).phone());
        assertEquals(org.kabinet.notifications.api.SmsPriority.IMMEDIATE, outbox.sms.get(0).priority(), "a code is not held by the quiet hours");
        assertTrue(accounts.verifiedPhone(ANNA).isEmpty(), "no notification SMS to an unverified phone");
        assertEquals("phone.code.wrong", assertThrows(PhoneVerificationException.class,
                () -> accounts.verifyPhone(ANNA, "000000".equals(outbox.lastCode()) ? "111111" : "000000")).code());

        assertTrue(accounts.verifyPhone(ANNA, outbox.lastCode()).verified());
        assertEquals("9123456789", accounts.verifiedPhone(ANNA).orElseThrow());
    }

    @Test
    void fiveWrongTriesUseUpTheCodeAndItLastsTenMinutes() {
        accounts.requestPhoneVerification(ANNA, "+7 912 345-67-89");
        String right = outbox.lastCode();
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertEquals("phone.code.wrong", assertThrows(PhoneVerificationException.class, () -> accounts.verifyPhone(ANNA, wrong)).code());
        }
        assertEquals("phone.code.attempts", assertThrows(PhoneVerificationException.class,
                () -> accounts.verifyPhone(ANNA, right)).code(), "the tries are counted even though each answer was an error");

        assertEquals("phone.cooldown", assertThrows(PhoneVerificationException.class,
                () -> accounts.requestPhoneVerification(ANNA, "9123456789")).code());
        clock.advance(Duration.ofMinutes(1));
        accounts.requestPhoneVerification(ANNA, "9123456789");
        clock.advance(Duration.ofMinutes(10));
        assertEquals("phone.code.expired", assertThrows(PhoneVerificationException.class,
                () -> accounts.verifyPhone(ANNA, outbox.lastCode())).code());
        assertFalse(accounts.phoneStatus(ANNA).orElseThrow().verified());
    }

    @Test
    void wrongNumberCityOrCodeGiveTheSameAnswer() {
        IssuedCode code = accounts.issueCode(account("100200", AccountKind.RENT).id());
        String wrongCode = assertThrows(LinkRefusedException.class,
                () -> accounts.link(ANNA, new LinkRequest("100200", "khanty-mansiysk", "AAAAA-AAAAA", null))).getMessage();
        String wrongCity = assertThrows(LinkRefusedException.class,
                () -> accounts.link(ANNA, new LinkRequest("100200", "surgut", code.code(), null))).getMessage();
        String wrongNumber = assertThrows(LinkRefusedException.class,
                () -> accounts.link(ANNA, new LinkRequest("999999", "khanty-mansiysk", code.code(), null))).getMessage();
        String unknownCity = assertThrows(LinkRefusedException.class,
                () -> accounts.link(ANNA, new LinkRequest("100200", "Москва", code.code(), null))).getMessage();
        assertEquals(wrongCode, wrongCity);
        assertEquals(wrongCode, wrongNumber);
        assertEquals(wrongCode, unknownCity);
        assertEquals(4, accounts.audit(100).stream().filter(e -> e.type().equals(AccountsService.LINK_FAILED)).count(),
                "every failure is an audit event");
    }

    @Test
    void codeWorksOnceAndReissueInvalidatesThePreviousOne() {
        Account acc = account("100200", AccountKind.RENT);
        IssuedCode old = accounts.issueCode(acc.id());
        IssuedCode fresh = accounts.issueCode(acc.id());
        assertThrows(LinkRefusedException.class, () -> accounts.link(ANNA, request(old)));
        accounts.link(ANNA, request(fresh));
        assertThrows(LinkRefusedException.class, () -> accounts.link(BORIS, request(fresh)), "single use");
    }

    @Test
    void codeExpiresAfter90Days() {
        IssuedCode code = accounts.issueCode(account("100200", AccountKind.RENT).id());
        assertEquals(clock.instant().plus(Duration.ofDays(90)), code.expiresAt());
        clock.advance(Duration.ofDays(90));
        assertThrows(LinkRefusedException.class, () -> accounts.link(ANNA, request(code)));
    }

    @Test
    void fiveFailuresOnANumberIn15MinutesThenWrongCodesAnswer429UntilTheWindowMoves() {
        IssuedCode code = accounts.issueCode(account("100200", AccountKind.RENT).id());
        for (int i = 0; i < 5; i++) {
            String guesser = "guesser-" + i;
            assertThrows(LinkRefusedException.class,
                    () -> accounts.link(guesser, new LinkRequest("100200", "khanty-mansiysk", "AAAAA-AAAAA", null)));
            clock.advance(Duration.ofSeconds(1));
        }
        assertThrows(TooManyAttemptsException.class,
                () -> accounts.link(BORIS, new LinkRequest("100200", "khanty-mansiysk", "BBBBB-BBBBB", null)));
        assertTrue(accounts.audit(1).get(0).detail().contains("слишком много"), "the audit says the number was locked");
        clock.advance(Duration.ofMinutes(15));
        assertThrows(LinkRefusedException.class,
                () -> accounts.link("guesser-late", new LinkRequest("100200", "khanty-mansiysk", "AAAAA-AAAAA", null)));
        assertDoesNotThrow(() -> accounts.link(ANNA, request(code)));
    }

    @Test
    void aThrottledTenantIsRefusedWithoutChecking() {
        IssuedCode code = accounts.issueCode(account("100200", AccountKind.RENT).id());
        for (int i = 0; i < 10; i++) {
            String number = "5000" + i;
            assertThrows(LinkRefusedException.class,
                    () -> accounts.link(ANNA, new LinkRequest(number, "khanty-mansiysk", "AAAAA-AAAAA", null)));
        }
        assertThrows(TooManyAttemptsException.class, () -> accounts.link(ANNA, request(code)), "even the right code");
        assertTrue(accounts.audit(5).stream().anyMatch(e -> e.type().equals(AccountsService.LINK_REFUSED)));
    }

    @Test
    void tenFailuresPerTenantAnHourAcrossAccounts() {
        for (int i = 0; i < 10; i++) {
            String number = "5000" + i;
            assertThrows(LinkRefusedException.class,
                    () -> accounts.link(ANNA, new LinkRequest(number, "khanty-mansiysk", "AAAAA-AAAAA", null)));
        }
        IssuedCode code = accounts.issueCode(account("100200", AccountKind.RENT).id());
        assertThrows(TooManyAttemptsException.class, () -> accounts.link(ANNA, request(code)));
        clock.advance(Duration.ofHours(1));
        assertDoesNotThrow(() -> accounts.link(ANNA, request(code)));
    }

    @Test
    void aTenantActsOnlyOnOwnLinks() {
        Account acc = account("100200", AccountKind.RENT);
        accounts.link(ANNA, request(accounts.issueCode(acc.id())));

        assertThrows(NotFoundException.class, () -> accounts.linkedAccount(BORIS, acc.id()));
        assertThrows(NotFoundException.class, () -> accounts.unlink(BORIS, acc.id()));
        assertThrows(NotFoundException.class, () -> accounts.linkedAccount(ANNA, "no-such-id"));
        assertEquals(1, accounts.linked(ANNA).size());

        accounts.unlink(ANNA, acc.id());
        assertTrue(accounts.linked(ANNA).isEmpty());
        assertThrows(NotFoundException.class, () -> accounts.linkedAccount(ANNA, acc.id()));
    }

    @Test
    void emptyFieldsAndBadPhoneAreNamed() {
        assertEquals("code", assertThrows(ValidationException.class,
                () -> accounts.link(ANNA, new LinkRequest("1", "surgut", " ", null))).field());
        assertEquals("phone", assertThrows(ValidationException.class,
                () -> accounts.link(ANNA, new LinkRequest("1", "surgut", "AAAAA-AAAAA", "12345"))).field());
    }

    @Test
    void codesForEveryUnlinkedOpenAccountOfABuilding() {
        Account linked = account("1", AccountKind.RENT);
        accounts.link(ANNA, request(accounts.issueCode(linked.id())));
        account("2", AccountKind.RENT);
        accounts.create(new AccountData("3", "khanty-mansiysk", AccountKind.RENT, "ул. Ленина, д. 1", BigDecimal.TEN, 1, AccountStatus.OPEN));
        accounts.create(new AccountData("4", "khanty-mansiysk", AccountKind.RENT, "ул. Мира, д. 5, кв. 1", BigDecimal.TEN, 1, AccountStatus.CLOSED));

        List<IssuedCode> issued = accounts.issueCodes("khanty-mansiysk", "ул. Мира, д. 5");

        assertEquals(List.of("2"), issued.stream().map(IssuedCode::number).toList());
    }

    @Test
    void duplicateNumberInACityIsRefused() {
        account("100200", AccountKind.RENT);
        assertEquals("number", assertThrows(ValidationException.class, () -> account("100200", AccountKind.UTILITIES)).field());
        assertDoesNotThrow(() -> accounts.create(new AccountData("100200", "surgut", AccountKind.RENT, "ул. 1", BigDecimal.ONE, 1, null)));
    }

    private static final String GOOD_CSV = "number;city;kind;address;area;residents;status\n"
            + "100200;Ханты-Мансийск;rent;\"ул. Мира, д. 5, кв. 12\";54,3;3;open\n"
            + "100201;khanty-mansiysk;ЖКУ;\"ул. Мира, д. 5, кв. 12\";54.30;3;\n"
            + "200300;Сургут;наём;\"пр. Ленина, д. 1, кв. 2\";33;1;closed\n";

    @Test
    void goodFileImportsAndReimportChangesNothing() {
        ImportResult first = accounts.importCsv(new StringReader("\uFEFF" + GOOD_CSV), line -> { });
        assertTrue(first.applied());
        assertEquals(3, first.created());
        assertEquals(3, accounts.accounts(AccountFilter.ALL).size());

        ImportResult again = accounts.importCsv(new StringReader(GOOD_CSV), line -> { });
        assertEquals(List.of(0, 0, 3), List.of(again.created(), again.updated(), again.unchanged()));

        ImportResult changed = accounts.importCsv(new StringReader(GOOD_CSV.replace(";33;1;closed", ";34;1;closed")), line -> { });
        assertEquals(1, changed.updated());
    }

    @Test
    void badFileChangesNothingAndListsEveryBadLine() {
        String csv = GOOD_CSV
                + "300400;Москва;rent;ул. 1;10;1;open\n"
                + ";Сургут;rent;ул. 1;-5;x;open\n"
                + "100200;Ханты-Мансийск;rent;ул. 2;10;1;open\n";
        ImportResult result = accounts.importCsv(new StringReader(csv), line -> { });

        assertFalse(result.applied());
        assertEquals(List.of(5, 6, 7), result.problems().stream().map(p -> p.line()).toList());
        assertTrue(result.problems().get(0).reason().contains("Москва"));
        assertTrue(result.problems().get(1).reason().contains("номер"));
        assertTrue(result.problems().get(1).reason().contains("площадь"));
        assertTrue(result.problems().get(2).reason().contains("строке 2"), result.problems().get(2).reason());
        assertTrue(accounts.accounts(AccountFilter.ALL).isEmpty(), "nothing imported");
    }

    @Test
    void fileWithoutTheHeaderSaysWhatIsExpected() {
        ImportResult result = accounts.importCsv(new StringReader("100200,Сургут,rent\n"), line -> { });
        assertFalse(result.applied());
        assertTrue(result.problems().get(0).reason().contains("number;city;kind;address;area;residents"));
    }

    @Test
    void largeFilesReportProgress() {
        StringBuilder csv = new StringBuilder("number,city,kind,address,area,residents\n");
        for (int i = 0; i < 1200; i++) {
            csv.append(700000 + i).append(",surgut,rent,ул. Мира д. 1,40.5,2\n");
        }
        List<Integer> progress = new ArrayList<>();
        ImportResult result = accounts.importCsv(new StringReader(csv.toString()), progress::add);
        assertEquals(1200, result.created());
        assertFalse(progress.isEmpty());
    }
}
