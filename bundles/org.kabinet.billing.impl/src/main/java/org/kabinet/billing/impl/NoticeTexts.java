package org.kabinet.billing.impl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.kabinet.kernel.money.Money;
import org.kabinet.notifications.api.SmsRequest;

/**
 * The words of billing's notifications: the payment SMS, the debt SMS and the statement letter. An
 * SMS is kept within two segments (134 Cyrillic characters): the company's name is the first thing
 * dropped when a text would be longer.
 */
public final class NoticeTexts {
    public static final int MAX_SEGMENTS = 2;
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private NoticeTexts() {
    }

    /** «Получена оплата 1 500,00 ₽ по л/с 1001 от 25.11.2026. Остаток долга 250,00 ₽. УК …». */
    public static String paymentSms(String accountNumber, BigDecimal amount, LocalDate paidOn, BigDecimal balance, String company) {
        return fit("Получена оплата " + rub(amount) + " по л/с " + accountNumber + " от " + DAY.format(paidOn) + ". "
                + rest("Остаток долга ", balance), company);
    }

    /** «Оплата 1 500,00 ₽ по л/с 1001 от 25.11.2026 отменена. Долг 1 750,00 ₽. УК …». */
    public static String reversalSms(String accountNumber, BigDecimal amount, LocalDate paidOn, BigDecimal balance, String company) {
        return fit("Оплата " + rub(amount) + " по л/с " + accountNumber + " от " + DAY.format(paidOn) + " отменена. "
                + rest("Долг ", balance), company);
    }

    /**
     * «Долг по л/с 1001 на 01.12.2026: 3 200,00 ₽. Оплатите до 15.12.2026. УК …»; sent after the due date
     * (a run by hand late in the month) it asks to pay as soon as possible instead of naming a past day.
     */
    public static String debtSms(String accountNumber, BigDecimal debt, LocalDate asOf, LocalDate dueDate, String company) {
        String when = dueDate.isBefore(asOf) ? "Оплатите как можно скорее." : "Оплатите до " + DAY.format(dueDate) + ".";
        return fit("Долг по л/с " + accountNumber + " на " + DAY.format(asOf) + ": " + rub(debt) + ". " + when, company);
    }

    /** «Долг 250,00 ₽.» (with the words given), «Аванс 120,00 ₽.» or «Долга нет.». */
    private static String rest(String debt, BigDecimal balance) {
        return balance.signum() > 0 ? debt + rub(balance) + "."
                : balance.signum() < 0 ? "Аванс " + rub(balance.negate()) + "." : "Долга нет.";
    }

    public static String statementSubject(String accountNumber, YearMonth from, YearMonth to) {
        return "Выписка по лицевому счёту № " + accountNumber + " " + range(from, to);
    }

    public static String statementText(String accountNumber, YearMonth from, YearMonth to, BigDecimal toPay, boolean monthly) {
        String why = monthly
                ? "Мы получили оплату по лицевому счёту № " + accountNumber + ". Высылаем выписку " + range(from, to) + "."
                : "Высылаем выписку по лицевому счёту № " + accountNumber + " " + range(from, to) + ", как вы просили.";
        String pay = toPay.signum() > 0
                ? "К оплате на сегодня: " + rub(toPay) + ". Оплатить можно по QR-коду в выписке в приложении любого банка."
                : "Долга нет.";
        return why + "\n\n" + pay + "\n\nВыписка — во вложении (PDF).";
    }

    /** «за ноябрь 2026» or «с января 2026 по ноябрь 2026». */
    public static String range(YearMonth from, YearMonth to) {
        return from.equals(to) ? "за " + MonthNames.of(to) : "с " + MonthNames.genitive(from) + " по " + MonthNames.of(to);
    }

    private static String rub(BigDecimal amount) {
        return Money.format(amount, RUSSIAN);
    }

    /** The text with the company's name when that still fits two segments; without it otherwise. */
    static String fit(String text, String company) {
        String signed = company == null || company.isBlank() ? text : text + " " + company.strip();
        return SmsRequest.segments(signed) <= MAX_SEGMENTS ? signed : text;
    }
}
