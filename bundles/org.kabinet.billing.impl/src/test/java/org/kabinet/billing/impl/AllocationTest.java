package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AllocationTest {
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final YearMonth MAR = YearMonth.of(2026, 3);

    private static BigDecimal rub(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void oldestUnpaidFirst() {
        Allocation.Result r = Allocation.allocate(Map.of(MAR, rub("300"), JAN, rub("100"), FEB, rub("200")), rub("250"), Optional.empty());
        assertEquals(Map.of(JAN, rub("100.00"), FEB, rub("150.00")), r.paid());
        assertEquals(rub("0.00"), r.advance());
    }

    @Test
    void theNamedPeriodFirstThenTheOldest() {
        Allocation.Result r = Allocation.allocate(Map.of(JAN, rub("100"), FEB, rub("200"), MAR, rub("300")), rub("350"), Optional.of(MAR));
        assertEquals(Map.of(MAR, rub("300.00"), JAN, rub("50.00")), r.paid());
        // a named period that owes nothing: the oldest first
        Allocation.Result paidUp = Allocation.allocate(Map.of(JAN, rub("100")), rub("40"), Optional.of(MAR));
        assertEquals(Map.of(JAN, rub("40.00")), paidUp.paid());
    }

    @Test
    void whatIsLeftIsAnAdvance() {
        Allocation.Result r = Allocation.allocate(Map.of(JAN, rub("100"), FEB, rub("0"), MAR, rub("-20")), rub("180.5"), Optional.empty());
        assertEquals(Map.of(JAN, rub("100.00")), r.paid());
        assertEquals(rub("80.50"), r.advance());
        assertEquals(rub("500.00"), Allocation.allocate(Map.of(), rub("500"), Optional.empty()).advance());
    }

    @Test
    void onlyPositivePayments() {
        assertThrows(IllegalArgumentException.class, () -> Allocation.allocate(Map.of(JAN, rub("1")), rub("0"), Optional.empty()));
    }

    /** Over random ledgers: every kopeck of a payment lands once, no period gets more than it owes. */
    @Test
    void everyKopeckLandsOnce() {
        Random random = new Random(20261126);
        for (int run = 0; run < 2000; run++) {
            Map<YearMonth, BigDecimal> owed = new TreeMap<>();
            int periods = random.nextInt(8);
            for (int i = 0; i < periods; i++) {
                owed.put(JAN.minusMonths(i), BigDecimal.valueOf(random.nextInt(200_000) - 20_000, 2));
            }
            BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(300_000), 2);
            Optional<YearMonth> named = random.nextBoolean() ? Optional.of(JAN.minusMonths(random.nextInt(10))) : Optional.empty();
            Allocation.Result r = Allocation.allocate(owed, amount, named);
            BigDecimal landed = r.paid().values().stream().reduce(r.advance(), BigDecimal::add);
            assertEquals(0, landed.compareTo(amount), "run " + run);
            r.paid().forEach((period, share) -> {
                assertTrue(share.signum() > 0);
                assertTrue(share.compareTo(owed.get(period)) <= 0, "run " + period);
            });
            assertTrue(r.advance().signum() >= 0);
        }
    }
}
