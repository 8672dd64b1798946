package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.AccountHolder;

class DebtSelectionTest {
    private static final BigDecimal THRESHOLD = new BigDecimal("100.00");
    private static final Map<String, String> OPEN = Map.of("a1", "1001", "a2", "1002", "a3", "1003", "a4", "1004");

    private static BigDecimal rub(String amount) {
        return new BigDecimal(amount);
    }

    private static List<String> who(DebtSelection.Result result) {
        return result.notices().stream().map(n -> n.tenantId() + "@" + n.accountNumber() + " " + n.phone() + " " + n.debt()).toList();
    }

    @Test
    void aDebtMustBeAboveTheThreshold() {
        DebtSelection.Result result = DebtSelection.select(Map.of("a1", rub("100.00"), "a2", rub("100.01")), OPEN,
                List.of(new AccountHolder("a1", "t1", "9120000001"), new AccountHolder("a2", "t2", "9120000002")), Set.of(), THRESHOLD);
        assertEquals(List.of("t2@1002 9120000002 100.01"), who(result));
        assertEquals(1, result.debtors());
        assertEquals(1, result.found());
    }

    @Test
    void advancesAndZeroAreNotDebtsEvenWithAZeroThreshold() {
        DebtSelection.Result result = DebtSelection.select(Map.of("a1", rub("0.00"), "a2", rub("-500.00"), "a3", rub("0.01")), OPEN,
                List.of(new AccountHolder("a1", "t1", "9120000001"), new AccountHolder("a2", "t2", "9120000002"),
                        new AccountHolder("a3", "t3", "9120000003")), Set.of(), BigDecimal.ZERO);
        assertEquals(List.of("t3@1003 9120000003 0.01"), who(result));
        assertEquals(1, result.debtors());
        DebtSelection.Result negative = DebtSelection.select(Map.of("a2", rub("-500.00")), OPEN,
                List.of(new AccountHolder("a2", "t2", "9120000002")), Set.of(), rub("-1000"));
        assertEquals(List.of(), negative.notices(), "a negative threshold does not make an advance a debt");
        assertEquals(0, negative.debtors());
    }

    @Test
    void closedAccountsAndAccountsWithoutALedgerAreSkipped() {
        DebtSelection.Result result = DebtSelection.select(Map.of("closed", rub("5000"), "a1", rub("5000")), OPEN,
                List.of(new AccountHolder("closed", "t1", "9120000001"), new AccountHolder("a1", "t1", "9120000001"),
                        new AccountHolder("a2", "t2", "9120000002")), Set.of(), THRESHOLD);
        assertEquals(List.of("t1@1001 9120000001 5000.00"), who(result));
        assertEquals(1, result.debtors(), "a closed account is no debtor");
        assertEquals(1, result.found());
        assertEquals(0, result.noPhone());
    }

    @Test
    void unconfirmedPhonesAndSwitchedOffPairsAreCounted() {
        DebtSelection.Result result = DebtSelection.select(Map.of("a1", rub("500"), "a2", rub("600")), OPEN,
                List.of(new AccountHolder("a1", "t1", null), new AccountHolder("a1", "t2", "9120000002"),
                        new AccountHolder("a2", "t2", "9120000002"), new AccountHolder("a2", "t3", "9120000003")),
                Set.of("t2:a1", "t3:a1"), THRESHOLD);
        // t2 switched off a1 only; t3's switch for a1 does not touch a2
        assertEquals(List.of("t2@1002 9120000002 600.00", "t3@1002 9120000003 600.00"), who(result));
        assertEquals(2, result.debtors());
        assertEquals(4, result.found());
        assertEquals(1, result.noPhone());
        assertEquals(1, result.switchedOff());
    }

    @Test
    void everyTenantOfAnAccountGetsANotice() {
        DebtSelection.Result result = DebtSelection.select(Map.of("a4", rub("1234.5")), OPEN,
                List.of(new AccountHolder("a4", "t1", "9120000001"), new AccountHolder("a4", "t2", "9120000002"),
                        new AccountHolder("a4", "t3", "9120000003")), Set.of(), THRESHOLD);
        assertEquals(List.of("t1@1004 9120000001 1234.50", "t2@1004 9120000002 1234.50", "t3@1004 9120000003 1234.50"), who(result));
        assertEquals(1, result.debtors(), "one account");
        assertEquals(3, result.found(), "three tenants");
        assertEquals("a4", result.notices().get(0).accountId());
    }

    @Test
    void debtorsCountAccountsEvenWithoutTenants() {
        DebtSelection.Result result = DebtSelection.select(Map.of("a1", rub("500"), "a2", rub("500"), "a3", rub("50")), OPEN,
                List.of(new AccountHolder("a1", "t1", "9120000001")), Set.of(), THRESHOLD);
        assertEquals(2, result.debtors());
        assertEquals(1, result.found());
        assertEquals(1, result.notices().size());
    }
}
