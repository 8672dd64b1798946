package org.kabinet.accounts.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountData;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.AuditEvent;
import org.kabinet.accounts.api.IssuedCode;
import org.kabinet.accounts.api.LinkRequest;
import org.kabinet.accounts.impl.jpa.JpaAccountStore;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;

/**
 * Staff lists are read a page at a time in the database, and a page of accounts — with their links,
 * codes and cities — costs the same few statements whether it holds 10 accounts or 100 (no N+1).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffListQueriesTest {
    private static final int ACCOUNTS = 120;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
    private LocalJpa jpa;
    private AccountsService accounts;
    private SqlStatements sql;

    @BeforeAll
    void setUp() throws Exception {
        jpa = new LocalJpa("kabinet-accounts", AccountsServiceTest.migrations(getClass()));
        accounts = new AccountsService(new JpaAccountStore(jpa), jpa, new RegistrationCodes(new SecureRandom()),
                Duration.ofDays(90), new SmsOutbox(), new PhoneVerification(new SecureRandom()), clock);
        for (int i = 0; i < ACCOUNTS; i++) {
            Account a = accounts.create(new AccountData(String.valueOf(500_000 + i), i % 2 == 0 ? "khanty-mansiysk" : "surgut",
                    AccountKind.RENT, "ул. Мира, д. 5, кв. " + i, new BigDecimal("40.5"), 2, AccountStatus.OPEN));
            IssuedCode code = accounts.issueCode(a.id());
            if (i % 3 == 0) {
                accounts.link("tenant-" + i, new LinkRequest(code.number(), a.city().id(), code.code(), null));
            } else if (i % 3 == 1) {
                accounts.issueCode(a.id());
            }
            clock.advance(Duration.ofSeconds(1));
        }
        sql = SqlStatements.on(jpa);
    }

    @AfterAll
    void tearDown() {
        jpa.close();
    }

    @Test
    void aPageOfAccountsCostsAFewStatementsWhateverItsSize() {
        int ten = sql.count(() -> accounts.accounts(AccountFilter.ALL, 0, 10));
        int hundred = sql.count(() -> assertEquals(100, accounts.accounts(AccountFilter.ALL, 0, 100).size()));
        assertEquals(ten, hundred, "statements for 10 and for 100 accounts");
        assertTrue(hundred <= 5, "statements for a page of 100 accounts: " + hundred);
        assertTrue(sql.count(() -> accounts.countAccounts(AccountFilter.ALL)) <= 1);
    }

    @Test
    void theAccountsNamedInAnAuditPageAreReadTogether() {
        List<AuditEvent> page = accounts.audit(0, 300);
        List<String> ids = page.stream().map(AuditEvent::accountId).distinct().toList();
        assertEquals(ACCOUNTS, ids.size());
        // what the staff audit screen asks for a page it shows: the accounts its events name
        int statements = sql.count(() -> assertEquals(ACCOUNTS, accounts.accountsById(ids).size()));
        assertTrue(statements <= 5, "statements to name " + ids.size() + " accounts: " + statements);
    }

    @Test
    void pagesAreTheWholeListInOrderWithoutRepeats() {
        List<Account> all = accounts.accounts(AccountFilter.ALL);
        assertEquals(ACCOUNTS, accounts.countAccounts(AccountFilter.ALL));
        List<Account> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < ACCOUNTS; offset += 50) {
            paged.addAll(accounts.accounts(AccountFilter.ALL, offset, 50));
        }
        assertEquals(all, paged);
        AccountFilter unlinked = new AccountFilter("surgut", null, false);
        assertEquals(accounts.accounts(unlinked).size(), accounts.countAccounts(unlinked));
        assertEquals(accounts.accounts(unlinked).subList(10, 20), accounts.accounts(unlinked, 10, 10));
        assertEquals(List.of(), accounts.accounts(AccountFilter.ALL, 1000, 50));
    }

    @Test
    void auditPagesNewestFirstAndCounted() {
        int total = accounts.countAudit();
        assertTrue(total > ACCOUNTS);
        List<AuditEvent> newest = accounts.audit(total);
        assertEquals(newest.subList(0, 50), accounts.audit(0, 50));
        assertEquals(newest.subList(50, 100), accounts.audit(50, 50));
        assertTrue(sql.count(() -> accounts.audit(0, 100)) <= 1);
    }

    @Test
    void aNegativeOffsetIsABadRequestNotACrash() {
        assertEquals("page", org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> accounts.accounts(AccountFilter.ALL, -1, 10)).field());
        assertEquals("page", org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> accounts.audit(-5, 10)).field());
        assertEquals(Map.of(), accounts.accountsById(List.of()));
    }
}
