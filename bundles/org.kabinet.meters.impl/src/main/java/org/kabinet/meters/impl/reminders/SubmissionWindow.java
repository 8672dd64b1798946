package org.kabinet.meters.impl.reminders;

import java.time.LocalDate;
import java.time.YearMonth;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.meters.impl.WindowCalendar;

/**
 * The days a rule gives a period's readings: from {@code fromDay} to {@code toDay} of the period's month,
 * inclusive — a reading in the window counts for that month. A day past the month's length is its last
 * day (25–31 in February 2026 is 25–28): {@link WindowCalendar}'s dates, as readings get them.
 */
public record SubmissionWindow(YearMonth period, LocalDate opens, LocalDate closes, WindowRule.Mode mode) {

    public static SubmissionWindow of(WindowRule rule, YearMonth period) {
        return new SubmissionWindow(period, WindowCalendar.opens(rule, period), WindowCalendar.closes(rule, period), rule.mode());
    }

    /** The day before the window's last day: when «завтра последний день» is due. */
    public LocalDate dayBeforeLast() {
        return closes.minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(opens) && !day.isAfter(closes);
    }
}
