package org.kabinet.billing.impl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kabinet.billing.api.Charge;
import org.kabinet.billing.api.LedgerView;
import org.kabinet.billing.api.Payment;
import org.kabinet.billing.api.Penalty;
import org.kabinet.kernel.money.Money;

/**
 * An account's ledger as of a day, replayed from its charges and payments in the order they happened:
 * a period's charges become owed on the 1st of the next month (when the bill comes); a payment pays the
 * period the payer named, then the oldest owed ({@link Allocation}); what is left is an advance that the
 * next charges consume on the day they become owed. Reversed payments pay nothing. пени are computed per
 * period on its charges (пени lines apart) and the dated parts that paid it ({@link PenaltyCalculator}).
 */
public final class Ledger {
    private final PenaltyCalculator penalties;

    public Ledger(PenaltyCalculator penalties) {
        this.penalties = penalties;
    }

    public LedgerView of(List<Charge> charges, List<Payment> payments, LocalDate asOf) {
        TreeMap<YearMonth, BigDecimal> base = new TreeMap<>();
        TreeMap<YearMonth, BigDecimal> penaltyLines = new TreeMap<>();
        for (Charge c : charges) {
            if (c.period().atDay(1).isAfter(asOf)) {
                continue;
            }
            (c.kind() == Charge.Kind.PENALTY ? penaltyLines : base).merge(c.period(), c.amount(), BigDecimal::add);
        }
        List<Payment> valid = payments.stream().filter(p -> !p.reversed() && !p.paidOn().isAfter(asOf))
                .sorted(Comparator.comparing(Payment::paidOn).thenComparing(Payment::id)).toList();

        // replay: a period becomes owed on the 1st of the next month; payments and the advance pay it
        TreeSet<YearMonth> periods = new TreeSet<>(base.keySet());
        periods.addAll(penaltyLines.keySet());
        Map<YearMonth, BigDecimal> owed = new TreeMap<>();
        Map<YearMonth, List<PenaltyCalculator.Paid>> paidParts = new HashMap<>();
        Map<YearMonth, BigDecimal> paidTotal = new HashMap<>();
        BigDecimal advance = Money.ZERO;
        List<YearMonth> pending = new ArrayList<>(periods);
        int next = 0;
        for (Payment payment : valid) {
            while (next < pending.size() && !billedOn(pending.get(next)).isAfter(payment.paidOn())) {
                advance = becomeOwed(pending.get(next++), base, penaltyLines, owed, paidParts, paidTotal, advance);
            }
            Allocation.Result result = Allocation.allocate(owed, payment.amount(), Optional.ofNullable(payment.period()));
            result.paid().forEach((period, share) -> record(period, payment.paidOn(), share, owed, paidParts, paidTotal));
            advance = advance.add(result.advance());
        }
        while (next < pending.size() && !billedOn(pending.get(next)).isAfter(asOf)) {
            advance = becomeOwed(pending.get(next++), base, penaltyLines, owed, paidParts, paidTotal, advance);
        }

        List<LedgerView.PeriodRow> rows = new ArrayList<>();
        List<Penalty> penaltyViews = new ArrayList<>();
        for (YearMonth period : periods) {
            BigDecimal charged = Money.of(base.getOrDefault(period, BigDecimal.ZERO));
            BigDecimal penaltyCharged = Money.of(penaltyLines.getOrDefault(period, BigDecimal.ZERO));
            BigDecimal paid = Money.of(paidTotal.getOrDefault(period, BigDecimal.ZERO));
            BigDecimal stillOwed = Money.of(owed.getOrDefault(period, charged.add(penaltyCharged)));
            rows.add(new LedgerView.PeriodRow(period, charged, penaltyCharged, paid, stillOwed, DueDates.of(period)));
            if (charged.signum() > 0 && DueDates.of(period).isBefore(asOf)) {
                Penalty p = penalties.compute(period, charged, paidParts.getOrDefault(period, List.of()), asOf);
                if (p.amount().signum() > 0) {
                    penaltyViews.add(p);
                }
            }
        }
        BigDecimal totalCharged = rows.stream().map(r -> r.charged().add(r.penaltiesCharged())).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal totalPaid = valid.stream().map(p -> Money.of(p.amount())).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal penaltyTotal = penaltyViews.stream().map(Penalty::amount).reduce(Money.ZERO, BigDecimal::add);
        return new LedgerView(asOf, List.copyOf(rows), months(base, penaltyLines, valid, asOf), totalCharged.subtract(totalPaid),
                advance, List.copyOf(penaltyViews), penaltyTotal);
    }

    /** A period's bill comes on the 1st of the next month. */
    static LocalDate billedOn(YearMonth period) {
        return period.plusMonths(1).atDay(1);
    }

    private static BigDecimal becomeOwed(YearMonth period, Map<YearMonth, BigDecimal> base, Map<YearMonth, BigDecimal> penaltyLines,
                                         Map<YearMonth, BigDecimal> owed, Map<YearMonth, List<PenaltyCalculator.Paid>> paidParts,
                                         Map<YearMonth, BigDecimal> paidTotal, BigDecimal advance) {
        BigDecimal amount = Money.of(base.getOrDefault(period, BigDecimal.ZERO).add(penaltyLines.getOrDefault(period, BigDecimal.ZERO)));
        owed.put(period, amount);
        if (advance.signum() > 0 && amount.signum() > 0) {
            BigDecimal share = advance.min(amount);
            record(period, billedOn(period), share, owed, paidParts, paidTotal);
            return advance.subtract(share);
        }
        if (amount.signum() < 0) {
            // a negative period (a recalculation in the tenant's favour) is an advance
            owed.put(period, Money.ZERO);
            return advance.add(amount.negate());
        }
        return advance;
    }

    private static void record(YearMonth period, LocalDate on, BigDecimal share, Map<YearMonth, BigDecimal> owed,
                               Map<YearMonth, List<PenaltyCalculator.Paid>> paidParts, Map<YearMonth, BigDecimal> paidTotal) {
        owed.merge(period, share.negate(), BigDecimal::add);
        paidParts.computeIfAbsent(period, p -> new ArrayList<>()).add(new PenaltyCalculator.Paid(on, share));
        paidTotal.merge(period, share, BigDecimal::add);
    }

    /** Calendar months from the first charge or payment to the month of {@code asOf}. */
    private static List<LedgerView.MonthRow> months(Map<YearMonth, BigDecimal> base, Map<YearMonth, BigDecimal> penaltyLines,
                                                    List<Payment> payments, LocalDate asOf) {
        TreeSet<YearMonth> known = new TreeSet<>(base.keySet());
        known.addAll(penaltyLines.keySet());
        payments.forEach(p -> known.add(YearMonth.from(p.paidOn())));
        List<LedgerView.MonthRow> rows = new ArrayList<>();
        if (known.isEmpty()) {
            return rows;
        }
        BigDecimal balance = Money.ZERO;
        for (YearMonth m = known.first(); !m.isAfter(YearMonth.from(asOf)); m = m.plusMonths(1)) {
            YearMonth month = m;
            BigDecimal charged = Money.of(base.getOrDefault(month, BigDecimal.ZERO).add(penaltyLines.getOrDefault(month, BigDecimal.ZERO)));
            BigDecimal paid = payments.stream().filter(p -> YearMonth.from(p.paidOn()).equals(month))
                    .map(p -> Money.of(p.amount())).reduce(Money.ZERO, BigDecimal::add);
            BigDecimal closing = balance.add(charged).subtract(paid);
            rows.add(new LedgerView.MonthRow(month, balance, charged, paid, closing));
            balance = closing;
        }
        return rows;
    }
}
