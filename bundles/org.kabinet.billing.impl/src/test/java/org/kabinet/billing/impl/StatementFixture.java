package org.kabinet.billing.impl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.kabinet.billing.api.Charge;
import org.kabinet.billing.api.Service;
import org.kabinet.billing.api.Statement;
import org.kabinet.notifications.api.BankDetails;
import org.kabinet.notifications.api.CompanyProfile;

/** Statements, company and bank details built by hand for the statement tests. */
final class StatementFixture {
    static final CompanyProfile COMPANY = new CompanyProfile("ООО «Управляющая компания „Дом“»", "+7 495 123-45-67",
            "office@uk-dom.ru", "г. Москва, ул. Ленина, д. 1", "https://kabinet.uk-dom.ru");
    static final BankDetails BANK = new BankDetails("ООО «УК „Дом“»", "7701234567", "770101001",
            "40702810938000012345", "ПАО Сбербанк", "044525225", "30101810400000000225");
    static final BankDetails NO_BANK = new BankDetails("", "", "", "", "", "", "");
    static final ZonedDateTime ISSUED = ZonedDateTime.of(2026, 11, 25, 14, 3, 0, 0, ZoneId.of("Europe/Moscow"));

    private StatementFixture() {
    }

    /**
     * {@code count} months up to November 2026, opening with a debt of 1 234,56: every month наём,
     * содержание, cold water by meter and electricity; every third a recalculation, every fifth пени;
     * each month pays the previous month's charges on the 10th (the first month pays nothing).
     */
    static Statement statement(int count) {
        YearMonth to = YearMonth.of(2026, 11);
        YearMonth from = to.minusMonths(count - 1L);
        BigDecimal opening = rub("1234.56");
        BigDecimal balance = opening;
        BigDecimal charged = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal previous = BigDecimal.ZERO;
        List<Statement.Month> months = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            YearMonth month = from.plusMonths(i);
            List<Statement.Line> lines = new ArrayList<>();
            lines.add(line("Наём жилого помещения", "54.3", Service.Unit.M2, "12.50", ""));
            lines.add(line("Содержание и ремонт жилого помещения", "54.3", Service.Unit.M2, "30.10", ""));
            lines.add(line("Холодное водоснабжение", "5.123", Service.Unit.M3, "45.67", "по показаниям счётчика"));
            lines.add(line("Электроснабжение", "150", Service.Unit.KWH, "6.43", "по нормативу"));
            BigDecimal recalculations = BigDecimal.ZERO;
            BigDecimal penalties = BigDecimal.ZERO;
            if (i % 3 == 2) {
                recalculations = rub("-100.00");
                lines.add(new Statement.Line(Charge.Kind.RECALCULATION, "Холодное водоснабжение", null, null, null,
                        recalculations, "показания за " + MonthNames.of(month.minusMonths(1))));
            }
            if (i % 5 == 4) {
                penalties = rub("12.34");
                lines.add(new Statement.Line(Charge.Kind.PENALTY, "", null, null, null, penalties,
                        "за просрочку оплаты " + MonthNames.of(month.minusMonths(2))));
            }
            BigDecimal charges = lines.stream().filter(l -> l.kind() == Charge.Kind.CHARGE)
                    .map(Statement.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Statement.Paid> payments = new ArrayList<>();
            if (i > 0) {
                payments.add(new Statement.Paid(month.atDay(10), "p" + i, previous));
            }
            BigDecimal monthPaid = payments.stream().map(Statement.Paid::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal monthCharged = charges.add(recalculations).add(penalties);
            BigDecimal closing = balance.add(monthCharged).subtract(monthPaid);
            months.add(new Statement.Month(month, balance, lines, charges, recalculations, BigDecimal.ZERO.setScale(2),
                    penalties, payments, monthPaid, closing));
            charged = charged.add(monthCharged);
            paid = paid.add(monthPaid);
            balance = closing;
            previous = monthCharged;
        }
        BigDecimal penaltiesToDate = rub("3.48");
        return new Statement("acc-1", "1234567", "Москва", "ул. Ленина, д. 5, кв. 12", new BigDecimal("54.30"), 3,
                "Иванова Мария Петровна", from, to, months, opening, charged, paid, balance, penaltiesToDate,
                balance.add(penaltiesToDate), LocalDate.of(2026, 12, 15), ISSUED);
    }

    /** The same months with nothing left to pay (and no due date). */
    static Statement paidUp(Statement s) {
        return new Statement(s.accountId(), s.accountNumber(), s.city(), s.address(), s.areaM2(), s.residents(), s.holder(),
                s.from(), s.to(), s.months(), s.opening(), s.charged(), s.paid(), s.closing(), BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2), null, s.issuedAt());
    }

    private static Statement.Line line(String service, String volume, Service.Unit unit, String tariff, String note) {
        BigDecimal amount = new BigDecimal(volume).multiply(new BigDecimal(tariff)).setScale(2, java.math.RoundingMode.HALF_UP);
        return new Statement.Line(Charge.Kind.CHARGE, service, new BigDecimal(volume), unit, new BigDecimal(tariff), amount, note);
    }

    private static BigDecimal rub(String amount) {
        return new BigDecimal(amount);
    }
}
