package org.kabinet.meters.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kabinet.meters.api.Resource;
import org.kabinet.meters.api.WindowRule;

/**
 * What the meters commands read from their arguments, plain Java so it is tested. A bad argument is an
 * {@link IllegalArgumentException} whose message says what is expected.
 */
final class ConsoleInput {
    private ConsoleInput() {
    }

    /** COLD_WATER, cold-water, Cold_Water … */
    static Resource resource(String text) {
        try {
            return Resource.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("the resource is one of COLD_WATER, HOT_WATER, ELECTRICITY, HEAT, GAS");
        }
    }

    /** Values zone by zone, separated by commas, decimals with a point: {@code 1234.5,567.8}. */
    static List<BigDecimal> values(String text) {
        List<BigDecimal> values = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            try {
                values.add(new BigDecimal(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("values are numbers separated by commas, decimals with a point, e.g. 1234.5,567.8");
            }
        }
        return values;
    }

    static LocalDate date(String text, String what) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " is a date like 2026-03-05");
        }
    }

    static YearMonth period(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("the period is a month like 2026-03");
        }
    }

    /**
     * {@code COMPANY <from> <to> <mode>}, {@code CITY <city id> <from> <to> <mode>} or
     * {@code BUILDING <address> <from> <to> <mode>}; an address may come unquoted, in several words.
     */
    static WindowRule window(List<String> args) {
        String usage = "give COMPANY|CITY|BUILDING [value] <from day> <to day> <SOFT|STRICT>, e.g. CITY khanty-mansiysk 20 25 SOFT";
        if (args == null || args.size() < 4) {
            throw new IllegalArgumentException(usage);
        }
        WindowRule.Scope scope;
        WindowRule.Mode mode;
        int from;
        int to;
        try {
            scope = WindowRule.Scope.valueOf(args.get(0).strip().toUpperCase(Locale.ROOT));
            int n = args.size();
            from = Integer.parseInt(args.get(n - 3).strip());
            to = Integer.parseInt(args.get(n - 2).strip());
            mode = WindowRule.Mode.valueOf(args.get(n - 1).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(usage);
        }
        String value = String.join(" ", args.subList(1, args.size() - 3)).strip();
        if (scope == WindowRule.Scope.COMPANY ? !value.isEmpty() : value.isEmpty()) {
            throw new IllegalArgumentException(scope == WindowRule.Scope.COMPANY ? "the company's window has no value: " + usage
                    : scope + " needs its value (the city id or the building's address): " + usage);
        }
        return new WindowRule(scope, value, from, to, mode);
    }
}
