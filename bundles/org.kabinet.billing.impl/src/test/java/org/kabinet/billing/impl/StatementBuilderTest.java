package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kabinet.billing.api.Charge;
import org.kabinet.billing.api.ChargeLine;
import org.kabinet.billing.api.LedgerView;
import org.kabinet.billing.api.Payment;
import org.kabinet.billing.api.Service;
import org.kabinet.billing.api.Statement;
import org.kabinet.billing.api.StoredCharge;

class StatementBuilderTest {
    private static final StatementBuilder.Account ACCOUNT = new StatementBuilder.Account("acc-1", "1001", "Ханты-Мансийск",
            "ул. Мира, д. 1, кв. 5", new BigDecimal("39.10"), 2, "Иванова Мария Петровна");
    private static final Map<String, String> SERVICES = Map.of("RENT", "Наём жилого помещения",
            "UPKEEP", "Содержание жилого помещения", "COLD", "Холодное водоснабжение");
    private static final List<String> CODES = List.of("RENT", "UPKEEP", "COLD", "GAS");
    private static final ZonedDateTime ISSUED = ZonedDateTime.of(2026, 11, 25, 14, 3, 0, 0, ZoneId.of("Europe/Moscow"));

    private final Ledger ledger = new Ledger(new PenaltyCalculator(new KeyRates(ShippedRates.keyRates()), ShippedRates.penaltyRules()));

    private static StoredCharge stored(YearMonth period, Charge.Kind kind, String service, BigDecimal amount) {
        boolean charge = kind == Charge.Kind.CHARGE;
        return new StoredCharge(new ChargeLine("acc-1", period, service, charge ? BigDecimal.ONE : null,
                charge ? Service.Unit.FIXED : null, charge ? amount : null, amount, charge ? "по нормативу" : null),
                kind, "RUN", charge ? null : "причина " + kind);
    }

    private LedgerView ledgerOf(List<StoredCharge> charges, List<Payment> payments, LocalDate asOf) {
        return ledger.of(charges.stream().map(c -> new Charge(c.line().period(), c.kind(), c.line().amount())).toList(), payments, asOf);
    }

    private static BigDecimal rub(String amount) {
        return new BigDecimal(amount);
    }

    private static void assertAmount(BigDecimal expected, BigDecimal actual, String message) {
        assertEquals(0, expected.compareTo(actual), message + ": expected " + expected + ", was " + actual);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Over random ledgers of charges, recalculations, fines and пени with payments (some reversed, some
     * naming a period): the statement's balances are the ledger's months, its totals the sums of its lines.
     */
    @Test
    void theStatementAgreesWithTheLedgerMonthByMonth() {
        Random random = new Random(10);
        int beforeActivity = 0;
        int endingToday = 0;
        int reversedInRange = 0;
        for (int run = 0; run < 300; run++) {
            String r = "run " + run;
            YearMonth start = YearMonth.of(2021 + random.nextInt(3), 1 + random.nextInt(12));
            int periods = 1 + random.nextInt(36);
            List<StoredCharge> charges = new ArrayList<>();
            List<Payment> payments = new ArrayList<>();
            Set<String> reversed = new HashSet<>();
            for (int i = 0; i < periods; i++) {
                YearMonth period = start.plusMonths(i);
                int services = 1 + random.nextInt(3);
                for (int s = 0; s < services; s++) {
                    charges.add(stored(period, Charge.Kind.CHARGE, CODES.get(s), BigDecimal.valueOf(random.nextInt(300_000), 2)));
                }
                if (random.nextInt(4) == 0) {
                    charges.add(stored(period, Charge.Kind.RECALCULATION, CODES.get(random.nextInt(CODES.size())),
                            BigDecimal.valueOf(random.nextInt(100_000) - 70_000, 2)));
                }
                if (random.nextInt(8) == 0) {
                    charges.add(stored(period, Charge.Kind.FINE, "RENT", BigDecimal.valueOf(1 + random.nextInt(50_000), 2)));
                }
                if (random.nextInt(6) == 0) {
                    charges.add(stored(period, Charge.Kind.PENALTY, "", BigDecimal.valueOf(1 + random.nextInt(5_000), 2)));
                }
                int count = random.nextInt(3);
                for (int p = 0; p < count; p++) {
                    LocalDate on = period.plusMonths(1).atDay(1 + random.nextInt(28));
                    BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(500_000), 2);
                    boolean storno = random.nextInt(6) == 0;
                    String id = (storno ? "r" : "p") + i + "-" + p;
                    if (storno) {
                        reversed.add(id);
                    }
                    YearMonth named = random.nextInt(5) == 0 ? start.plusMonths(random.nextInt(i + 1)) : null;
                    payments.add(new Payment(id, on, amount, named, storno));
                }
            }
            // the day of issue: somewhere in the ledger's life or a little after it
            LocalDate asOf = start.plusMonths(random.nextInt(periods + 3)).atDay(1 + random.nextInt(28));
            LedgerView view = ledgerOf(charges, payments, asOf);
            YearMonth issued = YearMonth.from(asOf);
            YearMonth from = start.minusMonths(random.nextInt(6)).plusMonths(random.nextInt(periods));
            if (from.isAfter(issued)) {
                from = issued;
            }
            YearMonth to = random.nextBoolean() ? issued : from.plusMonths(random.nextInt(1 + (int) from.until(issued,
                    java.time.temporal.ChronoUnit.MONTHS)));

            Statement statement = StatementBuilder.build(ACCOUNT, charges, payments, view, SERVICES, from, to, ISSUED);

            assertEquals(from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1, statement.months().size(), r);
            YearMonth first = view.months().isEmpty() ? null : view.months().get(0).month();
            for (int i = 0; i < statement.months().size(); i++) {
                Statement.Month month = statement.months().get(i);
                String m = r + " " + month.month();
                assertEquals(from.plusMonths(i), month.month(), m);
                Optional<LedgerView.MonthRow> row = view.months().stream().filter(x -> x.month().equals(month.month())).findFirst();
                if (row.isPresent()) {
                    assertAmount(row.get().opening(), month.opening(), m + " opening");
                    assertAmount(row.get().closing(), month.closing(), m + " closing");
                    assertAmount(row.get().paid(), month.paid(), m + " paid");
                    assertAmount(row.get().charged(), month.charged(), m + " charged as in the ledger");
                } else {
                    assertTrue(first == null || month.month().isBefore(first), m + ": only months before any activity are not the ledger's");
                    beforeActivity++;
                    assertAmount(BigDecimal.ZERO, month.opening(), m + " opening before any activity");
                    assertAmount(BigDecimal.ZERO, month.closing(), m + " closing before any activity");
                    assertEquals(List.of(), month.lines(), m);
                    assertEquals(List.of(), month.payments(), m);
                }
                assertAmount(sum(month.lines().stream().map(Statement.Line::amount).toList()), month.charged(), m + " charged is its lines");
                for (Charge.Kind kind : Charge.Kind.values()) {
                    BigDecimal ofKind = sum(month.lines().stream().filter(l -> l.kind() == kind).map(Statement.Line::amount).toList());
                    BigDecimal shown = switch (kind) {
                        case CHARGE -> month.charges();
                        case RECALCULATION -> month.recalculations();
                        case FINE -> month.fines();
                        case PENALTY -> month.penalties();
                    };
                    assertAmount(ofKind, shown, m + " " + kind);
                }
                long expectedLines = charges.stream().filter(c -> c.line().period().equals(month.month())).count();
                assertEquals(expectedLines, month.lines().size(), m + ": every line of the month");
                assertEquals(month.lines().stream().sorted(Comparator.comparing((Statement.Line l) -> l.kind().ordinal())).toList(),
                        month.lines(), m + ": charges, then recalculations, fines and пени");
                assertAmount(sum(month.payments().stream().map(Statement.Paid::amount).toList()), month.paid(), m + " paid is its payments");
                assertAmount(month.opening().add(month.charged()).subtract(month.paid()), month.closing(), m + " closing");
                if (i > 0) {
                    assertEquals(statement.months().get(i - 1).closing(), month.opening(), m + ": a month opens as the last one closed");
                }
                for (Statement.Paid paid : month.payments()) {
                    assertFalse(reversed.contains(paid.paymentId()), m + ": a reversed payment is shown: " + paid.paymentId());
                    assertEquals(month.month(), YearMonth.from(paid.paidOn()), m);
                    assertFalse(paid.paidOn().isAfter(asOf), m + ": a payment after the day of issue");
                }
            }
            // every payment that counts, made in the range by the day of issue, is listed once
            List<String> listed = statement.months().stream().flatMap(x -> x.payments().stream()).map(Statement.Paid::paymentId).toList();
            YearMonth f = from;
            List<String> expected = payments.stream().filter(p -> !p.reversed() && !p.paidOn().isAfter(asOf)
                    && !YearMonth.from(p.paidOn()).isBefore(f) && !YearMonth.from(p.paidOn()).isAfter(to))
                    .map(Payment::id).sorted().toList();
            assertEquals(expected, listed.stream().sorted().toList(), r);

            assertAmount(sum(statement.months().stream().map(Statement.Month::charged).toList()), statement.charged(), r + " charged total");
            assertAmount(sum(statement.months().stream().map(Statement.Month::paid).toList()), statement.paid(), r + " paid total");
            assertEquals(statement.months().get(0).opening(), statement.opening(), r);
            assertEquals(statement.months().get(statement.months().size() - 1).closing(), statement.closing(), r);
            reversedInRange += (int) payments.stream().filter(p -> p.reversed() && !p.paidOn().isAfter(asOf)
                    && !YearMonth.from(p.paidOn()).isBefore(f) && !YearMonth.from(p.paidOn()).isAfter(to)).count();
            if (to.equals(issued)) {
                endingToday++;
                assertAmount(view.balance(), statement.closing(), r + ": the statement ends with the ledger's balance");
            }
            assertEquals(view.toPay(), statement.toPay(), r);
            assertEquals(view.penaltyTotal(), statement.penaltiesToDate(), r);
            assertEquals(view.firstOwed().map(LedgerView.PeriodRow::dueDate).orElse(null), statement.dueDate(), r);
        }
        // the random ledgers reach every case above
        assertTrue(beforeActivity > 20 && endingToday > 20 && reversedInRange > 20,
                beforeActivity + " months before activity, " + endingToday + " ending today, " + reversedInRange + " reversed in range");
    }

    // Charges from March 2026, the statement from January: January and February are empty and owe nothing.
    @Test
    void monthsBeforeTheFirstActivityAreZero() {
        List<StoredCharge> charges = List.of(stored(YearMonth.of(2026, 3), Charge.Kind.CHARGE, "RENT", rub("1000.00")),
                stored(YearMonth.of(2026, 4), Charge.Kind.CHARGE, "RENT", rub("1000.00")));
        List<Payment> payments = List.of(new Payment("p1", LocalDate.of(2026, 4, 5), rub("1000.00"), null, false));
        LedgerView view = ledgerOf(charges, payments, LocalDate.of(2026, 4, 20));

        Statement s = StatementBuilder.build(ACCOUNT, charges, payments, view, SERVICES, YearMonth.of(2026, 1), YearMonth.of(2026, 4), ISSUED);

        assertEquals(List.of("2026-01 0.00+0.00-0.00=0.00", "2026-02 0.00+0.00-0.00=0.00", "2026-03 0.00+1000.00-0.00=1000.00",
                        "2026-04 1000.00+1000.00-1000.00=1000.00"),
                s.months().stream().map(m -> m.month() + " " + m.opening() + "+" + m.charged() + "-" + m.paid() + "=" + m.closing()).toList());
        assertEquals(rub("0.00"), s.opening());
        assertEquals(rub("2000.00"), s.charged());
        assertEquals(rub("1000.00"), s.paid());
        assertEquals(rub("1000.00"), s.closing());
    }

    @Test
    void aStatementOfAnAccountWithoutAnythingIsZero() {
        LedgerView view = ledgerOf(List.of(), List.of(), LocalDate.of(2026, 11, 25));
        Statement s = StatementBuilder.build(ACCOUNT, List.of(), List.of(), view, SERVICES, YearMonth.of(2026, 10), YearMonth.of(2026, 11), ISSUED);
        assertEquals(2, s.months().size());
        assertEquals(rub("0.00"), s.closing());
        assertEquals(rub("0.00"), s.toPay());
        assertEquals(null, s.dueDate());
    }

    // A payment reversed the same month: the month lists the good one only, and paid is the good one's amount.
    @Test
    void aReversedPaymentIsLeftOut() {
        List<StoredCharge> charges = List.of(stored(YearMonth.of(2026, 10), Charge.Kind.CHARGE, "RENT", rub("1500.00")));
        List<Payment> payments = List.of(new Payment("bad", LocalDate.of(2026, 11, 3), rub("1500.00"), null, true),
                new Payment("good", LocalDate.of(2026, 11, 4), rub("1500.00"), null, false));
        LedgerView view = ledgerOf(charges, payments, LocalDate.of(2026, 11, 25));

        Statement s = StatementBuilder.build(ACCOUNT, charges, payments, view, SERVICES, YearMonth.of(2026, 10), YearMonth.of(2026, 11), ISSUED);

        assertEquals(List.of(new Statement.Paid(LocalDate.of(2026, 11, 4), "good", rub("1500.00"))), s.months().get(1).payments());
        assertEquals(rub("1500.00"), s.paid());
        assertEquals(rub("0.00"), s.closing());
    }

    // A charge line shows the service's name and where its volume came from; other lines show their reason.
    @Test
    void linesShowServiceNamesAndNotes() {
        YearMonth november = YearMonth.of(2026, 11);
        List<StoredCharge> charges = List.of(stored(november, Charge.Kind.PENALTY, "", rub("12.34")),
                stored(november, Charge.Kind.RECALCULATION, "COLD", rub("-100.00")),
                stored(november, Charge.Kind.CHARGE, "UPKEEP", rub("300.00")),
                stored(november, Charge.Kind.CHARGE, "GAS", rub("200.00")));
        LedgerView view = ledgerOf(charges, List.of(), LocalDate.of(2026, 11, 25));

        Statement.Month month = StatementBuilder.build(ACCOUNT, charges, List.of(), view, SERVICES, november, november, ISSUED).months().get(0);

        assertEquals(List.of("CHARGE GAS по нормативу", "CHARGE Содержание жилого помещения по нормативу",
                        "RECALCULATION Холодное водоснабжение причина RECALCULATION", "PENALTY  причина PENALTY"),
                month.lines().stream().map(l -> l.kind() + " " + l.service() + " " + l.note()).toList(),
                "charges first, by service code; an unknown code is shown as it is");
        assertEquals(rub("500.00"), month.charges());
        assertEquals(rub("-100.00"), month.recalculations());
        assertEquals(rub("0.00"), month.fines());
        assertEquals(rub("12.34"), month.penalties());
        assertEquals(rub("412.34"), month.charged());
    }
}
