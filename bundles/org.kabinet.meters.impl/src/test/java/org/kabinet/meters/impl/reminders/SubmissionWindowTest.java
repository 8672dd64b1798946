package org.kabinet.meters.impl.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kabinet.meters.impl.reminders.Fixtures.day;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.kabinet.meters.api.WindowRule;

class SubmissionWindowTest {
    private static WindowRule rule(int from, int to) {
        return new WindowRule(WindowRule.Scope.COMPANY, "", from, to, WindowRule.Mode.SOFT);
    }

    @Test
    void theWindowIsInThePeriodsMonth() {
        SubmissionWindow w = SubmissionWindow.of(rule(20, 25), YearMonth.of(2026, 11));
        assertEquals(day(2026, 11, 20), w.opens());
        assertEquals(day(2026, 11, 25), w.closes());
        assertEquals(day(2026, 11, 24), w.dayBeforeLast());
        assertTrue(w.contains(day(2026, 11, 20)));
        assertTrue(w.contains(day(2026, 11, 25)));
        assertFalse(w.contains(day(2026, 11, 19)));
        assertFalse(w.contains(day(2026, 11, 26)));
    }

    @Test
    void aDayPastTheMonthsEndIsItsLastDay() {
        assertEquals(day(2026, 2, 28), SubmissionWindow.of(rule(25, 31), YearMonth.of(2026, 2)).closes());
        assertEquals(day(2028, 2, 29), SubmissionWindow.of(rule(25, 31), YearMonth.of(2028, 2)).closes());
        assertEquals(day(2026, 4, 30), SubmissionWindow.of(rule(25, 31), YearMonth.of(2026, 4)).closes());
        assertEquals(day(2026, 12, 31), SubmissionWindow.of(rule(25, 31), YearMonth.of(2026, 12)).closes());
        SubmissionWindow late = SubmissionWindow.of(rule(30, 31), YearMonth.of(2026, 2));
        assertEquals(day(2026, 2, 28), late.opens());
        assertEquals(day(2026, 2, 28), late.closes());
    }
}
