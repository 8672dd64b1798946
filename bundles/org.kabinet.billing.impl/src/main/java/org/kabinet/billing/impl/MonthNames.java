package org.kabinet.billing.impl;

import java.time.YearMonth;

/**
 * Russian month names as documents print them: «ноябрь 2026», and «с ноября 2026» in the genitive. Spelt
 * here rather than taken from the JDK's locale data, whose standalone and format forms vary by provider.
 */
final class MonthNames {
    private static final String[] NOMINATIVE = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль",
            "август", "сентябрь", "октябрь", "ноябрь", "декабрь"};
    private static final String[] GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря"};

    private MonthNames() {
    }

    /** «ноябрь 2026». */
    static String of(YearMonth month) {
        return NOMINATIVE[month.getMonthValue() - 1] + " " + month.getYear();
    }

    /** «ноября 2026», as in «с ноября 2026». */
    static String genitive(YearMonth month) {
        return GENITIVE[month.getMonthValue() - 1] + " " + month.getYear();
    }
}
