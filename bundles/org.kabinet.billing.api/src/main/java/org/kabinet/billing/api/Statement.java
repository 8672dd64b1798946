package org.kabinet.billing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A statement of a personal account (выписка из лицевого счёта) for a range of months: per month the
 * opening balance, each charge line, recalculations, fines, пени, payments and the closing balance;
 * the totals; what to pay today. The balances are the ledger's ({@link LedgerView.MonthRow}): positive
 * is a debt, negative an advance.
 *
 * @param holder         the tenant the statement is issued to: their name, or their e-mail without one
 * @param penaltiesToDate пени accrued so far and not yet charged as a line
 * @param toPay          what to pay today: the balance with the пени so far, never below zero
 * @param dueDate        the due date of the earliest period still owed, or null when nothing is owed
 */
public record Statement(String accountId, String accountNumber, String city, String address, BigDecimal areaM2,
                        int residents, String holder, YearMonth from, YearMonth to, List<Month> months,
                        BigDecimal opening, BigDecimal charged, BigDecimal paid, BigDecimal closing,
                        BigDecimal penaltiesToDate, BigDecimal toPay, LocalDate dueDate, ZonedDateTime issuedAt) {

    /**
     * One calendar month. {@code charges}, {@code recalculations}, {@code fines} and {@code penalties}
     * sum the lines of each kind; their sum is what was charged for the month.
     */
    public record Month(YearMonth month, BigDecimal opening, List<Line> lines, BigDecimal charges,
                        BigDecimal recalculations, BigDecimal fines, BigDecimal penalties, List<Paid> payments,
                        BigDecimal paid, BigDecimal closing) {
        public BigDecimal charged() {
            return charges.add(recalculations).add(fines).add(penalties);
        }
    }

    /**
     * A charge line: a service's {@code volume × tariff = amount}, or a recalculation, fine or пени line.
     *
     * @param service the service's Russian name
     * @param note    where the volume came from, or the reason of a recalculation (may be empty)
     */
    public record Line(Charge.Kind kind, String service, BigDecimal volume, Service.Unit unit, BigDecimal tariff,
                       BigDecimal amount, String note) {
    }

    /** A payment received in the month (reversed payments are left out: they paid nothing). */
    public record Paid(LocalDate paidOn, String paymentId, BigDecimal amount) {
    }
}
