package org.kabinet.billing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * An account's money as of a day: each period's charges, what paid them and what is still owed, the
 * month-by-month history, the balance (positive: debt; negative: advance) and the пени on overdue periods.
 */
public record LedgerView(LocalDate asOf, List<PeriodRow> periods, List<MonthRow> months, BigDecimal balance,
                         BigDecimal advance, List<Penalty> penalties, BigDecimal penaltyTotal) {
    /** What to pay now: the balance with the пени so far, never below zero (an advance owes nothing). */
    public BigDecimal toPay() {
        return balance.add(penaltyTotal).max(BigDecimal.ZERO.setScale(2));
    }

    /** The earliest period that still owes something: its due date is the one to keep (or is overdue since). */
    public java.util.Optional<PeriodRow> firstOwed() {
        return periods.stream().filter(p -> p.owed().signum() > 0).findFirst();
    }

    /** A period's charges (пени lines apart), what was allocated to it, and what it still owes. */
    public record PeriodRow(YearMonth period, BigDecimal charged, BigDecimal penaltiesCharged, BigDecimal paid,
                            BigDecimal owed, LocalDate dueDate) {
    }

    /** A calendar month: the balance at its start, what was charged for it and paid in it, the balance at its end. */
    public record MonthRow(YearMonth month, BigDecimal opening, BigDecimal charged, BigDecimal paid, BigDecimal closing) {
    }
}
