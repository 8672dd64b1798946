package org.kabinet.meters.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.meters.api.WindowRule.Mode;
import org.kabinet.meters.api.WindowRule.Scope;
import org.kabinet.meters.api.WindowState;

class WindowCalendarTest {
    private static final WindowRule SOFT = new WindowRule(Scope.COMPANY, "", 20, 25, Mode.SOFT);
    private static final WindowRule STRICT = new WindowRule(Scope.COMPANY, "", 20, 25, Mode.STRICT);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theNarrowestRuleWins() {
        WindowRule city = new WindowRule(Scope.CITY, "khanty-mansiysk", 15, 20, Mode.STRICT);
        WindowRule building = new WindowRule(Scope.BUILDING, "ул. Мира, д. 5", 23, 25, Mode.SOFT);
        List<WindowRule> rules = List.of(SOFT, city, building);
        assertEquals(building, WindowCalendar.choose(rules, "khanty-mansiysk", "ул. Мира, д. 5, кв. 1"));
        assertEquals(building, WindowCalendar.choose(rules, "khanty-mansiysk", "ул.  мира,  д. 5 кв 12"), "spaces and case do not matter");
        assertEquals(city, WindowCalendar.choose(rules, "khanty-mansiysk", "ул. Мира, д. 51, кв. 1"), "д. 51 is another building");
        assertEquals(SOFT, WindowCalendar.choose(rules, "surgut", "пр. Ленина, д. 1, кв. 10"));
        assertEquals(WindowCalendar.DEFAULT, WindowCalendar.choose(List.of(), "surgut", "пр. Ленина, д. 1"));
        assertEquals(new WindowRule(Scope.COMPANY, "", 20, 25, Mode.SOFT), WindowCalendar.DEFAULT, "the default is 20–25, soft");
    }

    @Test
    void aBuildingIsTheAddressWithoutTheFlat() {
        assertEquals("ул. Мира, д. 5", WindowCalendar.building("ул. Мира, д. 5, кв. 1"));
        assertEquals("ул. Мира, д. 5", WindowCalendar.building(" ул. Мира,  д. 5 кв 12 "));
        assertEquals("ул. Мира, д. 5", WindowCalendar.building("ул. Мира, д. 5, квартира 7"));
        assertEquals("ул. Мира, д. 5, корп. 2", WindowCalendar.building("ул. Мира, д. 5, корп. 2, кв. 14а"));
        assertEquals("ул. Мира, д. 5", WindowCalendar.building("ул. Мира, д. 5"));
    }

    @Test
    void aDayPastTheMonthsEndIsItsLastDay() {
        WindowRule endOfMonth = new WindowRule(Scope.COMPANY, "", 29, 31, Mode.STRICT);
        assertEquals(day("2026-02-28"), WindowCalendar.opens(endOfMonth, YearMonth.of(2026, 2)));
        assertEquals(day("2026-02-28"), WindowCalendar.closes(endOfMonth, YearMonth.of(2026, 2)));
        assertEquals(day("2028-02-29"), WindowCalendar.closes(endOfMonth, YearMonth.of(2028, 2)), "a leap year");
        assertEquals(day("2026-04-30"), WindowCalendar.closes(endOfMonth, YearMonth.of(2026, 4)));
        assertEquals(day("2026-03-31"), WindowCalendar.closes(endOfMonth, YearMonth.of(2026, 3)));
    }

    @Test
    void aSoftWindowCountsInsideForThisMonthBeforeForThisMonthAfterForTheNext() {
        WindowCalendar.Placement inside = WindowCalendar.place(SOFT, day("2026-11-22"));
        assertEquals(NOVEMBER, inside.period());
        assertFalse(inside.late());
        assertFalse(inside.refused());
        assertEquals(NOVEMBER, WindowCalendar.place(SOFT, day("2026-11-20")).period(), "the first day is inside");
        assertEquals(NOVEMBER, WindowCalendar.place(SOFT, day("2026-11-25")).period(), "the last day is inside");

        WindowCalendar.Placement before = WindowCalendar.place(SOFT, day("2026-11-05"));
        assertEquals(NOVEMBER, before.period(), "the next window to open is November's");
        assertFalse(before.late());

        WindowCalendar.Placement after = WindowCalendar.place(SOFT, day("2026-11-26"));
        assertEquals(DECEMBER, after.period());
        assertTrue(after.late());
        assertEquals(YearMonth.of(2027, 1), WindowCalendar.place(SOFT, day("2026-12-26")).period(), "over the year's end");
    }

    @Test
    void aStrictWindowRefusesOutsideWithTheNextWindowsDays() {
        WindowCalendar.Placement after = WindowCalendar.place(STRICT, day("2026-11-26"));
        assertTrue(after.refused());
        assertNull(after.period());
        assertEquals(day("2026-12-20"), after.opens());
        assertEquals(day("2026-12-25"), after.closes());
        assertEquals("Приём показаний открыт с 20 по 25 число. Следующий приём: 20–25 декабря.",
                WindowCalendar.strictRefusal(STRICT, after));
        WindowCalendar.Placement before = WindowCalendar.place(STRICT, day("2026-11-19"));
        assertTrue(before.refused());
        assertEquals(day("2026-11-20"), before.opens(), "before the window the next one is this month's");
        assertFalse(WindowCalendar.place(STRICT, day("2026-11-25")).refused());
    }

    @Test
    void aWindowToThe31stInFebruary() {
        WindowRule strict = new WindowRule(Scope.COMPANY, "", 30, 31, Mode.STRICT);
        assertFalse(WindowCalendar.place(strict, day("2026-02-28")).refused(), "30–31 is 28–28 in February 2026");
        assertEquals(YearMonth.of(2026, 2), WindowCalendar.place(strict, day("2026-02-28")).period());
        WindowCalendar.Placement feb27 = WindowCalendar.place(strict, day("2026-02-27"));
        assertTrue(feb27.refused());
        assertEquals("Приём показаний открыт с 30 по 31 число. Следующий приём: 28 февраля.", WindowCalendar.strictRefusal(strict, feb27));
        WindowCalendar.Placement march1 = WindowCalendar.place(strict, day("2026-03-01"));
        assertEquals("Приём показаний открыт с 30 по 31 число. Следующий приём: 30–31 марта.", WindowCalendar.strictRefusal(strict, march1));

        WindowRule soft = new WindowRule(Scope.COMPANY, "", 25, 31, Mode.SOFT);
        assertEquals(YearMonth.of(2026, 1), WindowCalendar.place(soft, day("2026-01-31")).period());
        assertEquals(YearMonth.of(2026, 2), WindowCalendar.place(soft, day("2026-02-01")).period(), "February's window is still to come");
        assertFalse(WindowCalendar.place(soft, day("2026-02-01")).late());
        assertEquals(YearMonth.of(2026, 2), WindowCalendar.place(soft, day("2026-02-28")).period());
        assertEquals(YearMonth.of(2026, 3), WindowCalendar.place(soft, day("2026-03-01")).period());
    }

    @Test
    void staffReadingsCountForTheWindowOfTheDayTakenElseTheNextNeverRefused() {
        assertEquals(NOVEMBER, WindowCalendar.periodOf(STRICT, day("2026-11-22")));
        assertEquals(NOVEMBER, WindowCalendar.periodOf(STRICT, day("2026-11-03")));
        assertEquals(DECEMBER, WindowCalendar.periodOf(STRICT, day("2026-11-26")));
        assertEquals(YearMonth.of(2027, 1), WindowCalendar.periodOf(SOFT, day("2026-12-31")));
    }

    @Test
    void theTenantIsToldBeforeSending() {
        assertEquals("Приём показаний за ноябрь закрыт 25 ноября. Показание будет учтено в декабре.",
                WindowCalendar.preview(SOFT, day("2026-11-26")));
        assertEquals("Приём показаний за декабрь закрыт 25 декабря. Показание будет учтено в январе 2027.",
                WindowCalendar.preview(SOFT, day("2026-12-26")));
        assertEquals("Приём показаний открыт до 25 ноября. Показание будет учтено в ноябре.", WindowCalendar.preview(SOFT, day("2026-11-21")));
        assertEquals("Приём показаний за ноябрь — 20–25 ноября. Показание будет учтено в ноябре.", WindowCalendar.preview(SOFT, day("2026-11-05")));
        assertEquals("Приём показаний открыт с 20 по 25 число. Следующий приём: 20–25 декабря.", WindowCalendar.preview(STRICT, day("2026-11-26")));
    }

    @Test
    void theWindowsStateAsOfToday() {
        WindowState open = WindowCalendar.state(SOFT, day("2026-11-22"));
        assertEquals(new WindowState(SOFT, true, day("2026-11-20"), day("2026-11-25"), NOVEMBER), open);
        WindowState closedStrict = WindowCalendar.state(STRICT, day("2026-11-26"));
        assertEquals(new WindowState(STRICT, false, day("2026-12-20"), day("2026-12-25"), null), closedStrict);
        WindowState closedSoft = WindowCalendar.state(SOFT, day("2026-11-26"));
        assertEquals(new WindowState(SOFT, false, day("2026-12-20"), day("2026-12-25"), DECEMBER), closedSoft);
        assertEquals(new WindowState(SOFT, false, day("2026-11-20"), day("2026-11-25"), NOVEMBER), WindowCalendar.state(SOFT, day("2026-11-05")));
    }
}
