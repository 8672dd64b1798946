package org.kabinet.meters.impl;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.meters.api.WindowState;

/**
 * Submission windows on the calendar: which rule applies to an account (the narrowest: its building, its
 * city, the company), when a month's window opens and closes (a day past the month's end means its last
 * day: 29–31 is 28–28 in February 2026), and which period a reading counts for.
 */
public final class WindowCalendar {
    /** Without any rule stored: 20–25, soft. */
    public static final WindowRule DEFAULT = new WindowRule(WindowRule.Scope.COMPANY, "", 20, 25, WindowRule.Mode.SOFT);

    private WindowCalendar() {
    }

    /** The narrowest rule for an account in {@code cityId} at {@code address}. */
    public static WindowRule choose(List<WindowRule> rules, String cityId, String address) {
        Optional<WindowRule> building = rules.stream()
                .filter(r -> r.scope() == WindowRule.Scope.BUILDING && inBuilding(address, r.scopeValue())).findFirst();
        if (building.isPresent()) {
            return building.get();
        }
        return rules.stream().filter(r -> r.scope() == WindowRule.Scope.CITY && r.scopeValue().equals(cityId)).findFirst()
                .or(() -> rules.stream().filter(r -> r.scope() == WindowRule.Scope.COMPANY).findFirst())
                .orElse(DEFAULT);
    }

    /** «ул. Мира, д. 5, кв. 1» → «ул. Мира, д. 5»: the address without the flat, as building rules name it. */
    public static String building(String address) {
        String a = address == null ? "" : address.strip().replaceAll("\\s+", " ");
        return a.replaceFirst("(?iu),?\\s*(кв\\.?|квартира|ком\\.?|комн\\.?|комната)\\s*[\\p{L}\\p{N}/-]*\\s*$", "").strip();
    }

    /** «ул. Мира, д. 5, кв. 1» is in the building «ул. Мира, д. 5», not in «ул. Мира, д. 51». */
    public static boolean inBuilding(String address, String building) {
        String a = normal(address);
        String b = normal(building);
        return !b.isEmpty() && (a.equals(b) || a.startsWith(b + ",") || a.startsWith(b + " кв") || normal(building(address)).equals(b));
    }

    /** Spaces and case as people type them do not matter. */
    public static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").replace(" ,", ",").toLowerCase(Locale.ROOT);
    }

    public static LocalDate opens(WindowRule rule, YearMonth month) {
        return month.atDay(Math.min(rule.fromDay(), month.lengthOfMonth()));
    }

    public static LocalDate closes(WindowRule rule, YearMonth month) {
        return month.atDay(Math.min(rule.toDay(), month.lengthOfMonth()));
    }

    public static boolean inside(WindowRule rule, LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return !day.isBefore(opens(rule, month)) && !day.isAfter(closes(rule, month));
    }

    /** The month of the window that contains the day, else of the next window to open. */
    public static YearMonth periodOf(WindowRule rule, LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return day.isAfter(closes(rule, month)) ? month.plusMonths(1) : month;
    }

    /** Where a reading sent on {@code today} by a tenant goes. */
    public static Placement place(WindowRule rule, LocalDate today) {
        YearMonth month = YearMonth.from(today);
        if (inside(rule, today)) {
            return new Placement(month, false, false, opens(rule, month), closes(rule, month));
        }
        YearMonth next = periodOf(rule, today);
        boolean late = next.isAfter(month);
        return new Placement(rule.mode() == WindowRule.Mode.STRICT ? null : next, late, rule.mode() == WindowRule.Mode.STRICT,
                opens(rule, next), closes(rule, next));
    }

    /** The window as of {@code today}: open now, or the next one. */
    public static WindowState state(WindowRule rule, LocalDate today) {
        Placement p = place(rule, today);
        return new WindowState(rule, inside(rule, today), p.opens(), p.closes(), p.period());
    }

    /**
     * Where a tenant's reading goes: the period (null when refused), whether that is a later month than
     * today's ({@code late}), whether a strict window refuses it, and the days of the window it belongs
     * to — the open one, or the next one to open.
     */
    public record Placement(YearMonth period, boolean late, boolean refused, LocalDate opens, LocalDate closes) {
    }

    /** «Приём показаний открыт с 20 по 25 число. Следующий приём: 20–25 декабря.» */
    public static String strictRefusal(WindowRule rule, Placement next) {
        return "Приём показаний открыт с " + rule.fromDay() + " по " + rule.toDay() + " число. Следующий приём: "
                + RussianText.days(next.opens(), next.closes()) + ".";
    }

    /** What a tenant is told before sending a reading on {@code today}. */
    public static String preview(WindowRule rule, LocalDate today) {
        Placement p = place(rule, today);
        YearMonth month = YearMonth.from(today);
        if (p.refused()) {
            return strictRefusal(rule, p);
        }
        String counts = "Показание будет учтено в " + RussianText.inMonth(p.period(), today.getYear()) + ".";
        if (inside(rule, today)) {
            return "Приём показаний открыт до " + RussianText.dayMonth(p.closes()) + ". " + counts;
        }
        if (p.late()) {
            return "Приём показаний за " + RussianText.month(month) + " закрыт " + RussianText.dayMonth(closes(rule, month)) + ". " + counts;
        }
        return "Приём показаний за " + RussianText.month(month) + " — " + RussianText.days(p.opens(), p.closes()) + ". " + counts;
    }
}
