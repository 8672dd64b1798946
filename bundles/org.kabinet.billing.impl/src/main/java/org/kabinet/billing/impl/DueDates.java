package org.kabinet.billing.impl;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a month's charges are due (ЖК РФ ст. 155 ч. 1): by the 10th of the next month for periods up
 * to February 2026, by the 15th for periods from March 2026 (the law as amended from 01.03.2026; a
 * contract can no longer name another day). The day does not move off weekends and holidays.
 */
public final class DueDates {
    /** The first period whose charges are due on the 15th. */
    public static final YearMonth FIFTEENTH_FROM = YearMonth.of(2026, 3);

    private DueDates() {
    }

    public static LocalDate of(YearMonth period) {
        return period.plusMonths(1).atDay(period.isBefore(FIFTEENTH_FROM) ? 10 : 15);
    }
}
