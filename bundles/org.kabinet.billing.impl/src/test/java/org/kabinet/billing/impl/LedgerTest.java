package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kabinet.billing.api.Charge;
import org.kabinet.billing.api.LedgerView;
import org.kabinet.billing.api.Payment;

class LedgerTest {
    private final Ledger ledger = new Ledger(new PenaltyCalculator(new KeyRates(ShippedRates.keyRates()), ShippedRates.penaltyRules()));

    private static Charge charge(int year, int month, String amount) {
        return new Charge(YearMonth.of(year, month), Charge.Kind.CHARGE, new BigDecimal(amount));
    }

    private static Payment paid(String id, String on, String amount) {
        return new Payment(id, LocalDate.parse(on), new BigDecimal(amount), null, false);
    }

    private static BigDecimal rub(String amount) {
        return new BigDecimal(amount);
    }

    // January, February, March 2025: 1 000 ₽ each. January paid on time (05.02); February (due 10.03)
    // paid 20.04 — day 41: days 31–41, 11 days × 1 000 × 9,5 % / 300 = 3,48 ₽; March (due 10.04) unpaid
    // on 01.05 — day 21, no пени yet. Balance 1 000 ₽.
    @Test
    void periodsPaymentsAndPenalties() {
        LedgerView view = ledger.of(List.of(charge(2025, 1, "1000"), charge(2025, 2, "1000"), charge(2025, 3, "1000")),
                List.of(paid("p1", "2025-02-05", "1000"), paid("p2", "2025-04-20", "1000")), LocalDate.of(2025, 5, 1));
        assertEquals(rub("1000.00"), view.balance());
        assertEquals(List.of("2025-01 paid 1000.00 owed 0.00", "2025-02 paid 1000.00 owed 0.00", "2025-03 paid 0.00 owed 1000.00"),
                view.periods().stream().map(r -> r.period() + " paid " + r.paid() + " owed " + r.owed()).toList());
        assertEquals(1, view.penalties().size());
        assertEquals(YearMonth.of(2025, 2), view.penalties().get(0).period());
        assertEquals(rub("3.48"), view.penaltyTotal());
        assertEquals(rub("1003.48"), view.toPay(), "the balance with the пени");
        assertEquals(YearMonth.of(2025, 3), view.firstOwed().orElseThrow().period());
        // by calendar month: charged for the month, paid in the month (January's bill is paid in February)
        assertEquals(List.of("2025-01 0.00+1000.00-0.00=1000.00", "2025-02 1000.00+1000.00-1000.00=1000.00",
                        "2025-03 1000.00+1000.00-0.00=2000.00", "2025-04 2000.00+0.00-1000.00=1000.00", "2025-05 1000.00+0.00-0.00=1000.00"),
                view.months().stream().map(m -> m.month() + " " + m.opening() + "+" + m.charged() + "-" + m.paid() + "=" + m.closing()).toList());
    }

    // 1 500 ₽ paid 20.01.2025 before any bill: an advance; January's 1 000 (billed 01.02) takes 1 000 of it,
    // February's 1 000 (billed 01.03) the other 500 and still owes 500. No пени: January was paid on its bill day.
    @Test
    void anAdvancePaysTheNextBills() {
        LedgerView view = ledger.of(List.of(charge(2025, 1, "1000"), charge(2025, 2, "1000")),
                List.of(paid("p1", "2025-01-20", "1500")), LocalDate.of(2025, 3, 5));
        assertEquals(rub("0.00"), view.advance());
        assertEquals(rub("500.00"), view.balance());
        assertEquals(rub("500.00"), view.periods().get(1).owed());
        assertEquals(List.of(), view.penalties());

        LedgerView early = ledger.of(List.of(charge(2025, 1, "1000")), List.of(paid("p1", "2025-01-20", "1500")), LocalDate.of(2025, 2, 5));
        assertEquals(rub("500.00"), early.advance());
        assertEquals(rub("-500.00"), early.balance());
        assertEquals(rub("0.00"), early.toPay(), "an advance owes nothing");
        assertTrue(early.firstOwed().isEmpty());
    }

    @Test
    void aReversedPaymentPaysNothing() {
        LedgerView view = ledger.of(List.of(charge(2025, 1, "1000")),
                List.of(new Payment("p1", LocalDate.of(2025, 2, 5), rub("1000"), null, true)), LocalDate.of(2025, 2, 20));
        assertEquals(rub("1000.00"), view.balance());
        assertEquals(rub("1000.00"), view.periods().get(0).owed());
    }

    @Test
    void theNamedPeriodIsPaidFirst() {
        LedgerView view = ledger.of(List.of(charge(2025, 1, "1000"), charge(2025, 2, "700")),
                List.of(new Payment("p1", LocalDate.of(2025, 3, 5), rub("700"), YearMonth.of(2025, 2), false)), LocalDate.of(2025, 3, 6));
        assertEquals(rub("0.00"), view.periods().get(1).owed());
        assertEquals(rub("1000.00"), view.periods().get(0).owed());
    }

    /** Over random ledgers: the balance is charges minus payments, every month's closing is the next opening, allocations add up. */
    @Test
    void totalsAreTheSumsOfTheirLines() {
        Random random = new Random(8);
        for (int run = 0; run < 500; run++) {
            List<Charge> charges = new ArrayList<>();
            List<Payment> payments = new ArrayList<>();
            YearMonth start = YearMonth.of(2021, 1 + random.nextInt(12));
            int months = 1 + random.nextInt(30);
            BigDecimal charged = BigDecimal.ZERO;
            BigDecimal paidSum = BigDecimal.ZERO;
            for (int i = 0; i < months; i++) {
                BigDecimal amount = BigDecimal.valueOf(random.nextInt(500_000), 2);
                charges.add(new Charge(start.plusMonths(i), Charge.Kind.CHARGE, amount));
                charged = charged.add(amount);
                if (random.nextInt(3) > 0) {
                    BigDecimal pay = BigDecimal.valueOf(1 + random.nextInt(600_000), 2);
                    payments.add(paid("p" + i, start.plusMonths(i + 1).atDay(1 + random.nextInt(28)).toString(), pay.toPlainString()));
                    paidSum = paidSum.add(pay);
                }
            }
            LocalDate asOf = start.plusMonths(months + 1).atDay(28);
            LedgerView view = ledger.of(charges, payments, asOf);
            assertEquals(0, view.balance().compareTo(charged.subtract(paidSum)), "run " + run);
            BigDecimal allocated = view.periods().stream().map(LedgerView.PeriodRow::paid).reduce(view.advance(), BigDecimal::add);
            assertEquals(0, allocated.compareTo(paidSum), "run " + run + ": every kopeck paid lands once");
            BigDecimal owed = view.periods().stream().map(LedgerView.PeriodRow::owed).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, owed.subtract(view.advance()).compareTo(view.balance()), "run " + run + ": owed minus advance is the balance");
            for (int i = 1; i < view.months().size(); i++) {
                assertEquals(view.months().get(i - 1).closing(), view.months().get(i).opening());
            }
            assertEquals(0, view.months().get(view.months().size() - 1).closing().compareTo(view.balance()));
            view.penalties().forEach(p -> assertTrue(p.amount().signum() > 0));
            assertEquals(view.penaltyTotal(), view.penalties().stream().map(p -> p.amount()).reduce(new BigDecimal("0.00"), BigDecimal::add));
        }
    }
}
