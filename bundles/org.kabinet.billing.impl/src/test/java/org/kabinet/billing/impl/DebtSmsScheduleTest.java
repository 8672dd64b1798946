package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DebtSmsScheduleTest {
    private static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");
    private static final DebtSmsService.Schedule FIRST_AT_TEN =
            new DebtSmsService.Schedule(true, 1, LocalTime.of(10, 0), 3, new BigDecimal("100.00"));

    private static ZonedDateTime at(int month, int day, int hour, int minute) {
        return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, YEKATERINBURG);
    }

    @Test
    void theMomentComesAtTenOnTheFirstInThePortalsZone() {
        assertFalse(DebtSmsService.inWindow(FIRST_AT_TEN, at(12, 1, 9, 59)));
        assertTrue(DebtSmsService.inWindow(FIRST_AT_TEN, at(12, 1, 10, 0)));
        // 05:00 UTC is 10:00 in Yekaterinburg
        assertTrue(DebtSmsService.inWindow(FIRST_AT_TEN,
                ZonedDateTime.of(2026, 12, 1, 5, 0, 0, 0, ZoneId.of("UTC")).withZoneSameInstant(YEKATERINBURG)));
    }

    @Test
    void aPortalDownOnTheFirstCatchesUpForThreeDaysThenSkipsTheMonth() {
        assertTrue(DebtSmsService.inWindow(FIRST_AT_TEN, at(12, 3, 18, 0)));
        assertTrue(DebtSmsService.inWindow(FIRST_AT_TEN, at(12, 4, 9, 59)));
        assertFalse(DebtSmsService.inWindow(FIRST_AT_TEN, at(12, 4, 10, 0)));
        assertFalse(DebtSmsService.inWindow(FIRST_AT_TEN, at(11, 30, 23, 59)));
    }

    @Test
    void anotherDayAndTimeAreKept() {
        DebtSmsService.Schedule fifthAtNoon = new DebtSmsService.Schedule(true, 5, LocalTime.NOON, 1, BigDecimal.ZERO);
        assertFalse(DebtSmsService.inWindow(fifthAtNoon, at(2, 1, 12, 0)));
        assertFalse(DebtSmsService.inWindow(fifthAtNoon, at(2, 5, 11, 59)));
        assertTrue(DebtSmsService.inWindow(fifthAtNoon, at(2, 5, 12, 0)));
        assertFalse(DebtSmsService.inWindow(fifthAtNoon, at(2, 6, 12, 0)));
    }
}
