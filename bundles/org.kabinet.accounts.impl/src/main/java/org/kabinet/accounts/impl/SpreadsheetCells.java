package org.kabinet.accounts.impl;

import java.util.regex.Pattern;

/**
 * Text cells of the CSV sheets staff open in spreadsheets. A cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return would be run as a formula (CSV injection): it gets a
 * leading apostrophe, which spreadsheets show as text. Plain numbers ({@code -12,50}) stay numbers.
 */
public final class SpreadsheetCells {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private SpreadsheetCells() {
    }

    public static String neutral(String value) {
        if (value == null || value.isEmpty() || "=+-@\t\r".indexOf(value.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }
}
