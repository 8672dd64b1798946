package org.kabinet.meters.impl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/** Values in a staff CSV file as people write them: dates {@code 2026-11-20} or {@code 20.11.2026}, numbers {@code 1 234,5} or {@code 1234.5}. */
final class CsvValues {
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private CsvValues() {
    }

    /** The day, or null with a problem added (or null without one when empty and {@code optional}). */
    static LocalDate date(String text, String what, boolean optional, List<String> problems) {
        if (text.isEmpty()) {
            if (!optional) {
                problems.add("не указана " + what);
            }
            return null;
        }
        try {
            return text.contains(".") ? LocalDate.parse(text, RUSSIAN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(what + " «" + text + "» — не дата вида 20.11.2026 или 2026-11-20");
            return null;
        }
    }

    /** The number, or null with a problem added. */
    static BigDecimal number(String text, String what, List<String> problems) {
        try {
            return new BigDecimal(text.strip().replace(',', '.').replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            problems.add(what + " «" + text + "» — не число");
            return null;
        }
    }

    /** A whole number, or null with a problem added. */
    static Integer integer(String text, String what, List<String> problems) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(what + " «" + text + "» — не целое число");
            return null;
        }
    }

    /**
     * A text field for a CSV line that spreadsheets open: a value starting with {@code =}, {@code +}, {@code -},
     * {@code @}, a tab or a carriage return gets a leading apostrophe so that it is not run as a formula (CSV
     * injection) — except a plain number such as {@code -12,50}; then quoted when it holds the separator, a
     * quote or a line break.
     */
    static String field(String text) {
        if (text == null) {
            return "";
        }
        String value = text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0 || PLAIN_NUMBER.matcher(text).matches()
                ? text : "'" + text;
        return value.matches("(?s).*[;\"\\r\\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
