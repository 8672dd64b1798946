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
    /** A period's charges (пени lines apart), what was allocated to it, and what it still owes. */
    public record PeriodRow(YearMonth period, BigDecimal charged, BigDecimal penaltiesCharged, BigDecimal paid,
                            BigDecimal owed, LocalDate dueDate) {
    }

    /** A calendar month: the balance at its start, what was charged for it and paid in it, the balance at its end. */
    public record MonthRow(YearMonth month, BigDecimal opening, BigDecimal charged, BigDecimal paid, BigDecimal closing) {
    }
}
