package org.kabinet.billing.impl;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kabinet.billing.api.Charge;
import org.kabinet.billing.api.ChargeLine;
import org.kabinet.billing.api.LedgerView;
import org.kabinet.billing.api.Payment;
import org.kabinet.billing.api.Statement;
import org.kabinet.billing.api.StoredCharge;
import org.kabinet.kernel.money.Money;

/**
 * Builds a statement (выписка) for a range of months from the account's stored charge lines,
 * payments and ledger: the balances are the ledger's month rows, so a statement never disagrees
 * with the balance the tenant sees in the cabinet.
 */
public final class StatementBuilder {
    /** The account as printed at the top of the statement. */
    public record Account(String accountId, String number, String city, String address, BigDecimal areaM2, int residents,
                          String holder) {
    }

    private StatementBuilder() {
    }

    /**
     * @param ledger   the account's ledger as of the day of issue (its months run up to that day's month)
     * @param services service code → Russian name
     */
    public static Statement build(Account account, List<StoredCharge> charges, List<Payment> payments, LedgerView ledger,
                                  Map<String, String> services, YearMonth from, YearMonth to, ZonedDateTime issuedAt) {
        List<Statement.Month> months = new ArrayList<>();
        BigDecimal before = Money.ZERO; // the balance before the ledger's first month
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            LedgerView.MonthRow row = row(ledger, month, before);
            YearMonth m = month;
            List<Statement.Line> lines = charges.stream().filter(c -> c.line().period().equals(m))
                    .sorted(Comparator.comparing((StoredCharge c) -> c.kind().ordinal()).thenComparing(c -> c.line().serviceCode()))
                    .map(c -> line(c, services)).toList();
            List<Statement.Paid> paid = payments.stream()
                    .filter(p -> !p.reversed() && YearMonth.from(p.paidOn()).equals(m) && !p.paidOn().isAfter(ledger.asOf()))
                    .sorted(Comparator.comparing(Payment::paidOn).thenComparing(Payment::id))
                    .map(p -> new Statement.Paid(p.paidOn(), p.id(), Money.of(p.amount()))).toList();
            months.add(new Statement.Month(month, row.opening(), lines, sum(lines, Charge.Kind.CHARGE),
                    sum(lines, Charge.Kind.RECALCULATION), sum(lines, Charge.Kind.FINE), sum(lines, Charge.Kind.PENALTY),
                    paid, row.paid(), row.closing()));
        }
        BigDecimal charged = months.stream().map(Statement.Month::charged).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal paidTotal = months.stream().map(Statement.Month::paid).reduce(Money.ZERO, BigDecimal::add);
        return new Statement(account.accountId(), account.number(), account.city(), account.address(), account.areaM2(),
                account.residents(), account.holder(), from, to, List.copyOf(months),
                months.isEmpty() ? Money.ZERO : months.get(0).opening(), charged, paidTotal,
                months.isEmpty() ? Money.ZERO : months.get(months.size() - 1).closing(),
                ledger.penaltyTotal(), ledger.toPay(), ledger.firstOwed().map(LedgerView.PeriodRow::dueDate).orElse(null),
                issuedAt);
    }

    /** The ledger's row of the month; a month outside the ledger's months has nothing in it. */
    private static LedgerView.MonthRow row(LedgerView ledger, YearMonth month, BigDecimal before) {
        List<LedgerView.MonthRow> rows = ledger.months();
        for (LedgerView.MonthRow row : rows) {
            if (row.month().equals(month)) {
                return row;
            }
        }
        // before the first charge or payment: nothing owed; after the ledger's last month: as it ended
        BigDecimal balance = rows.isEmpty() || month.isBefore(rows.get(0).month()) ? before : rows.get(rows.size() - 1).closing();
        return new LedgerView.MonthRow(month, balance, Money.ZERO, Money.ZERO, balance);
    }

    private static Statement.Line line(StoredCharge c, Map<String, String> services) {
        ChargeLine l = c.line();
        String note = c.kind() == Charge.Kind.CHARGE ? nonNull(l.volumeSource()) : nonNull(c.reason());
        return new Statement.Line(c.kind(), services.getOrDefault(l.serviceCode(), l.serviceCode()), l.volume(), l.unit(),
                l.tariff(), Money.of(l.amount()), note);
    }

    private static BigDecimal sum(List<Statement.Line> lines, Charge.Kind kind) {
        return lines.stream().filter(l -> l.kind() == kind).map(Statement.Line::amount).reduce(Money.ZERO, BigDecimal::add);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
