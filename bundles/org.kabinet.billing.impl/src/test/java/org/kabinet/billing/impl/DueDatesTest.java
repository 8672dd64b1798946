package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DueDatesTest {
    @Test
    void tenthOfTheNextMonthUntilFebruary2026ThenFifteenth() {
        assertEquals(LocalDate.of(2025, 2, 10), DueDates.of(YearMonth.of(2025, 1)));
        assertEquals(LocalDate.of(2026, 1, 10), DueDates.of(YearMonth.of(2025, 12)));
        assertEquals(LocalDate.of(2026, 3, 10), DueDates.of(YearMonth.of(2026, 2)));
        assertEquals(LocalDate.of(2026, 4, 15), DueDates.of(YearMonth.of(2026, 3)));
        assertEquals(LocalDate.of(2027, 1, 15), DueDates.of(YearMonth.of(2026, 12)));
    }
}
