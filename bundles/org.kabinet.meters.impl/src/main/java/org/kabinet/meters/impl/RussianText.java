package org.kabinet.meters.impl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, dates and months as tenants read them: «1 234,5 м³», «20.11.2026», «в ноябре 2026», «25 ноября».
 * Month forms are spelt here rather than taken from the JDK's locale data, whose forms vary by provider.
 */
public final class RussianText {
    private static final String[] NOMINATIVE = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль",
            "август", "сентябрь", "октябрь", "ноябрь", "декабрь"};
    private static final String[] GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря"};
    private static final String[] PREPOSITIONAL = {"январе", "феврале", "марте", "апреле", "мае", "июне", "июле",
            "августе", "сентябре", "октябре", "ноябре", "декабре"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    // a DecimalFormat is not thread-safe: one per thread
    private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal.withInitial(() -> {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.forLanguageTag("ru"));
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    });

    private RussianText() {
    }

    /** «1 234,567»: up to 3 decimals, no trailing zeros, a no-break space between thousands. */
    public static String number(BigDecimal value) {
        return NUMBER.get().format(value);
    }

    /** «3,7»: rounded to one decimal (to three below 1, so a small average never reads 0). */
    public static String rounded(BigDecimal value) {
        int scale = value.abs().compareTo(BigDecimal.ONE) < 0 ? 3 : 1;
        return number(value.setScale(scale, RoundingMode.HALF_UP));
    }

    /** «15,2 м³». */
    public static String volume(BigDecimal value, String unit) {
        return number(value) + "\u00a0" + unit;
    }

    /** «20.11.2026». */
    public static String date(LocalDate day) {
        return DAY.format(day);
    }

    /** «ноябрь», as in «за ноябрь». */
    public static String month(YearMonth month) {
        return NOMINATIVE[month.getMonthValue() - 1];
    }

    /** «ноябрь 2026». */
    public static String monthYear(YearMonth month) {
        return month(month) + " " + month.getYear();
    }

    /** «ноябре 2026», as in «будет учтено в ноябре 2026». */
    public static String inMonthYear(YearMonth month) {
        return PREPOSITIONAL[month.getMonthValue() - 1] + " " + month.getYear();
    }

    /** «ноябре» — and «январе 2027» when the month is not in {@code thisYear}. */
    public static String inMonth(YearMonth month, int thisYear) {
        return month.getYear() == thisYear ? PREPOSITIONAL[month.getMonthValue() - 1] : inMonthYear(month);
    }

    /** «25 ноября». */
    public static String dayMonth(LocalDate day) {
        return day.getDayOfMonth() + " " + GENITIVE[day.getMonthValue() - 1];
    }

    /** «20–25 декабря», or «28 февраля» for a one-day window. */
    public static String days(LocalDate first, LocalDate last) {
        return first.equals(last) ? dayMonth(last) : first.getDayOfMonth() + "–" + dayMonth(last);
    }
}
