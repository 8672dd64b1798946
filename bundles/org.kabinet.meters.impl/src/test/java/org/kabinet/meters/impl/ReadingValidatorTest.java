package org.kabinet.meters.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterState;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingSource;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.Resource;

class ReadingValidatorTest {
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private final ReadingValidator validator = new ReadingValidator(new BigDecimal("3"));
    private final Meter water = meter(Resource.COLD_WATER, 1, 5, MeterState.ACTIVE, LocalDate.of(2032, 1, 1), "0");

    private static Meter meter(Resource resource, int zones, int digits, MeterState state, LocalDate verification, String... initial) {
        return new Meter("m-1", "acc-1", resource, "123", "", zones, digits, LocalDate.of(2025, 12, 15), verification, state,
                MetersFixture.values(initial), "");
    }

    /** A cold-water meter installed in the month before {@code first}: its first reading there covers one month. */
    private static Meter waterBefore(YearMonth first) {
        return new Meter("m-1", "acc-1", Resource.COLD_WATER, "123", "", 1, 5, first.minusMonths(1).atDay(15), null, MeterState.ACTIVE,
                MetersFixture.values("0"), "");
    }

    private static Reading reading(YearMonth period, ReadingStatus status, boolean current, String consumption, String... values) {
        return new Reading("r-" + period + "-" + status + current, "m-1", period, period.atDay(22), Instant.parse("2026-01-01T00:00:00Z"),
                MetersFixture.values(values), consumption == null ? null : new BigDecimal(consumption), status, "", ReadingSource.CABINET, "t",
                current);
    }

    private static Reading counted(YearMonth period, String consumption, String value) {
        return reading(period, ReadingStatus.ACCEPTED, true, consumption, value);
    }

    /** Counted readings every month from {@code first}, each {@code each} more than the one before, starting from 0. */
    private static List<Reading> monthly(YearMonth first, int months, String each) {
        List<Reading> history = new ArrayList<>();
        BigDecimal value = BigDecimal.ZERO;
        for (int i = 0; i < months; i++) {
            value = value.add(new BigDecimal(each));
            history.add(counted(first.plusMonths(i), each, value.toPlainString()));
        }
        return history;
    }

    private ReadingValidator.Decision judge(Meter meter, List<Reading> history, String... values) {
        return validator.judge(meter, new ReadingValidator.Candidate(MetersFixture.values(values), LocalDate.of(2026, 11, 22), NOVEMBER, null, null),
                history);
    }

    @Test
    void anArchivedMeterIsRefusedWithWhatToDo() {
        ReadingValidator.Decision d = judge(meter(Resource.COLD_WATER, 1, 5, MeterState.ARCHIVED, null, "0"), List.of(), "10");
        assertEquals(ReadingStatus.REJECTED, d.status());
        assertNull(d.consumption());
        assertTrue(d.reason().startsWith("Счётчик снят с учёта"), d.reason());
        assertTrue(d.reason().contains("обратитесь в управляющую компанию"), d.reason());
    }

    @Test
    void anOverdueVerificationIsRefusedWithWhatToDo() {
        Meter due = meter(Resource.COLD_WATER, 1, 5, MeterState.ACTIVE, LocalDate.of(2026, 11, 21), "0");
        ReadingValidator.Decision d = judge(due, List.of(), "10");
        assertEquals(ReadingStatus.REJECTED, d.status());
        assertTrue(d.reason().startsWith("Срок поверки счётчика истёк 21.11.2026"), d.reason());
        assertTrue(d.reason().contains("Закажите поверку и передайте акт о поверке в управляющую компанию"), d.reason());
        Meter dueToday = meter(Resource.COLD_WATER, 1, 5, MeterState.ACTIVE, LocalDate.of(2026, 11, 22), "0");
        assertEquals(ReadingStatus.ACCEPTED, judge(dueToday, List.of(), "10").status(), "the due day itself still takes readings");
    }

    @Test
    void aClosedStrictWindowRefusesInItsOwnWords() {
        ReadingValidator.Decision d = validator.judge(water, new ReadingValidator.Candidate(MetersFixture.values("10"), LocalDate.of(2026, 11, 26),
                YearMonth.of(2026, 12), "Приём показаний открыт с 20 по 25 число. Следующий приём: 20–25 декабря.", null), List.of());
        assertEquals(ReadingStatus.REJECTED, d.status());
        assertEquals("Приём показаний открыт с 20 по 25 число. Следующий приём: 20–25 декабря.", d.reason());
    }

    @Test
    void aReadingBelowThePreviousCountedOneIsRefused() {
        List<Reading> history = List.of(counted(YearMonth.of(2026, 10), "130", "130"));
        ReadingValidator.Decision d = judge(water, history, "123.4");
        assertEquals(ReadingStatus.REJECTED, d.status());
        assertEquals("Показание 123,4\u00a0м³ меньше предыдущего учтённого (130\u00a0м³ на 22.10.2026). Проверьте цифры и передайте "
                + "показание ещё раз; если счётчик заменили, сообщите в управляющую компанию.", d.reason());
        ReadingValidator.Decision initial = judge(meter(Resource.COLD_WATER, 1, 5, MeterState.ACTIVE, null, "50"), List.of(), "49.999");
        assertEquals(ReadingStatus.REJECTED, initial.status());
        assertTrue(initial.reason().contains("меньше начального (50\u00a0м³ при установке 15.12.2025)"), initial.reason());
    }

    @Test
    void thePreviousCountedReadingIsTheLatestCurrentAcceptedOneOfAnEarlierPeriod() {
        List<Reading> history = List.of(
                counted(YearMonth.of(2026, 9), "90", "90"),
                counted(YearMonth.of(2026, 10), "10", "100"),
                reading(YearMonth.of(2026, 10), ReadingStatus.ACCEPTED, false, "50", "140"),
                reading(YearMonth.of(2026, 10), ReadingStatus.FLAGGED, false, "60", "150"),
                reading(YearMonth.of(2026, 10), ReadingStatus.REJECTED, false, null, "170"),
                counted(NOVEMBER, "50", "150"));
        ReadingValidator.Decision d = judge(water, history, "110");
        assertEquals(ReadingStatus.ACCEPTED, d.status(), d.reason());
        assertEquals(new BigDecimal("10.000"), d.consumption(), "from October's counted 100; replaced, flagged, rejected and this month's do not count");
    }

    @Test
    void aMeterThatWentRoundPastItsDigitsIsAccepted() {
        List<Reading> history = List.of(counted(YearMonth.of(2026, 10), "5", "99990"));
        ReadingValidator.Decision d = judge(water, history, "15");
        assertEquals(ReadingStatus.ACCEPTED, d.status(), d.reason());
        assertEquals(new BigDecimal("25.000"), d.consumption(), "100 000 − 99 990 + 15");
        assertEquals("Показание принято и будет учтено в ноябре 2026. Счётчик перешёл через ноль (99\u00a0990 → 15): расход 25\u00a0м³.", d.reason());
    }

    @Test
    void aRollOverFitsOnlyFromTheTopTenthToTheBottomTenth() {
        assertEquals(ReadingStatus.ACCEPTED, judge(water, List.of(counted(YearMonth.of(2026, 10), "1", "90000")), "9999.999").status());
        assertEquals(ReadingStatus.REJECTED, judge(water, List.of(counted(YearMonth.of(2026, 10), "1", "89999.999")), "5").status());
        assertEquals(ReadingStatus.REJECTED, judge(water, List.of(counted(YearMonth.of(2026, 10), "1", "90000")), "10000").status());
    }

    @Test
    void eachTariffZoneIsCheckedAndTheConsumptionIsTheirSum() {
        Meter power = meter(Resource.ELECTRICITY, 3, 6, MeterState.ACTIVE, null, "100", "50", "10");
        ReadingValidator.Decision up = judge(power, List.of(), "250", "90", "10");
        assertEquals(ReadingStatus.ACCEPTED, up.status(), up.reason());
        assertEquals(new BigDecimal("190.000"), up.consumption());
        ReadingValidator.Decision down = judge(power, List.of(), "250", "49", "12");
        assertEquals(ReadingStatus.REJECTED, down.status());
        assertTrue(down.reason().startsWith("Показание зоны Т2 49\u00a0кВт·ч меньше начального (50\u00a0кВт·ч"), down.reason());
    }

    @Test
    void zeroConsumptionIsFine() {
        ReadingValidator.Decision d = judge(waterBefore(YearMonth.of(2026, 5)), monthly(YearMonth.of(2026, 5), 6, "3.7"), "22.2");
        assertEquals(ReadingStatus.ACCEPTED, d.status(), d.reason());
        assertEquals(new BigDecimal("0.000"), d.consumption());
        assertEquals("Показание принято и будет учтено в ноябре 2026.", d.reason());
    }

    @Test
    void consumptionFarAboveTheMetersOwnAverageIsFlaggedNotRefused() {
        List<Reading> history = monthly(YearMonth.of(2026, 5), 6, "3.7"); // May–October, 22.2 in October
        ReadingValidator.Decision d = judge(waterBefore(YearMonth.of(2026, 5)), history, "37.4");
        assertEquals(ReadingStatus.FLAGGED, d.status());
        assertEquals(new BigDecimal("15.200"), d.consumption());
        assertEquals("Расход 15,2\u00a0м³ — в 4,1 раза больше среднего за 6 мес. (3,7\u00a0м³). Показание передано на проверку в управляющую "
                + "компанию: после проверки оно будет учтено в ноябре 2026 или вам сообщат, почему нет.", d.reason());
    }

    @Test
    void theThresholdIsTheFactorTimesTheAverage() {
        List<Reading> history = monthly(YearMonth.of(2026, 5), 6, "3.7");
        Meter water = waterBefore(YearMonth.of(2026, 5));
        assertEquals(ReadingStatus.ACCEPTED, judge(water, history, "33.3").status(), "11,1 is exactly 3 × 3,7");
        assertEquals(ReadingStatus.FLAGGED, judge(water, history, "33.301").status());
        ReadingValidator lenient = new ReadingValidator(new BigDecimal("5"));
        assertEquals(ReadingStatus.ACCEPTED, lenient.judge(water, new ReadingValidator.Candidate(MetersFixture.values("37.4"),
                LocalDate.of(2026, 11, 22), NOVEMBER, null, null), history).status(), "the factor is configurable");
    }

    @Test
    void theAverageNeedsTwoEarlierPeriodsAndTakesTheLatestSix() {
        assertEquals(ReadingStatus.ACCEPTED, judge(waterBefore(YearMonth.of(2026, 10)), monthly(YearMonth.of(2026, 10), 1, "1"), "100").status(),
                "one earlier period is too little history to judge by");
        assertEquals(ReadingStatus.FLAGGED, judge(waterBefore(YearMonth.of(2026, 9)), monthly(YearMonth.of(2026, 9), 2, "1"), "100").status());
        // January and February used 100 a month, March–October 1: the latest six months average 1
        List<Reading> history = new ArrayList<>(List.of(counted(YearMonth.of(2026, 1), "100", "100"), counted(YearMonth.of(2026, 2), "100", "200")));
        for (int m = 3; m <= 10; m++) {
            history.add(counted(YearMonth.of(2026, m), "1", String.valueOf(200 + m - 2)));
        }
        ReadingValidator.Decision d = judge(water, history, "212");
        assertEquals(ReadingStatus.FLAGGED, d.status(), "4 a month is more than 3 × the latest six months' 1");
        assertTrue(d.reason().contains("среднего за 6 мес. (1\u00a0м³)"), d.reason());
    }

    @Test
    void aReadingAfterAGapIsComparedPerMonth() {
        List<Reading> history = monthly(YearMonth.of(2026, 3), 6, "3.7"); // March–August; nothing in September and October
        Meter water = waterBefore(YearMonth.of(2026, 3));
        ReadingValidator.Decision spread = judge(water, history, "37.2");
        assertEquals(ReadingStatus.ACCEPTED, spread.status(), "15 over 3 months is 5 a month: " + spread.reason());
        ReadingValidator.Decision high = judge(water, history, "62.2");
        assertEquals(ReadingStatus.FLAGGED, high.status());
        assertTrue(high.reason().startsWith("Расход 40\u00a0м³ за 3 мес. (13,333\u00a0м³ в месяц) — в 3,6 раза больше среднего за 6 мес."),
                high.reason());
    }

    @Test
    void anyUseAfterMonthsOfNoneIsFlagged() {
        List<Reading> history = monthly(YearMonth.of(2026, 8), 3, "0");
        ReadingValidator.Decision d = judge(waterBefore(YearMonth.of(2026, 8)), history, "5");
        assertEquals(ReadingStatus.FLAGGED, d.status());
        assertTrue(d.reason().startsWith("Расход 5\u00a0м³ при нулевом среднем расходе за 3 мес. Показание передано на проверку"), d.reason());
    }

    @Test
    void aReadingAboveALaterCountedOneIsRefused() {
        List<Reading> history = List.of(counted(YearMonth.of(2026, 10), "10", "100"), counted(YearMonth.of(2026, 12), "80", "180"));
        ReadingValidator.Decision d = judge(water, history, "200");
        assertEquals(ReadingStatus.REJECTED, d.status());
        assertTrue(d.reason().startsWith("Показание 200\u00a0м³ больше учтённого за декабрь 2026 (180\u00a0м³ на 22.12.2026)"), d.reason());
        assertEquals(ReadingStatus.ACCEPTED, judge(water, history, "150").status());
    }

    @Test
    void aLaterPeriodsReadingTakenNoLaterIsOutOfDate() {
        // a late reading on 26.11 went to December; the window reopened and a higher one came on 27.11 for November
        Reading december = new Reading("dec", "m-1", YearMonth.of(2026, 12), LocalDate.of(2026, 11, 26), Instant.parse("2026-11-26T05:00:00Z"),
                MetersFixture.values("104"), new BigDecimal("4"), ReadingStatus.ACCEPTED, "", ReadingSource.CABINET, "t", true);
        ReadingValidator.Decision d = validator.judge(water, new ReadingValidator.Candidate(MetersFixture.values("104.6"), LocalDate.of(2026, 11, 27),
                NOVEMBER, null, null), List.of(december));
        assertEquals(ReadingStatus.ACCEPTED, d.status(), d.reason());
        assertEquals(List.of(december), d.superseded());
        assertEquals("Показание принято и будет учтено в ноябре 2026. Показание за декабрь 2026 от 26.11.2026 больше не учитывается: это новее.",
                d.reason());
        assertEquals(List.of(), judge(water, List.of(december), "103").superseded(), "a lower one leaves it counting");
        assertEquals(ReadingStatus.REJECTED, validator.judge(water, new ReadingValidator.Candidate(MetersFixture.values("104.6"),
                LocalDate.of(2026, 11, 25), NOVEMBER, null, null), List.of(december)).status(), "taken before a lower one: impossible");
    }

    @Test
    void anAcceptanceCarriesTheNoteItIsGiven() {
        ReadingValidator.Decision d = validator.judge(water, new ReadingValidator.Candidate(MetersFixture.values("10"), LocalDate.of(2026, 11, 26),
                YearMonth.of(2026, 12), null, "Приём показаний за ноябрь закрыт 25 ноября."), List.of());
        assertEquals("Показание принято и будет учтено в декабре 2026. Приём показаний за ноябрь закрыт 25 ноября.", d.reason());
    }

    @Test
    void theConsumptionOfACountedReadingIsWorkedOutFromThePreviousOne() {
        List<Reading> history = List.of(counted(YearMonth.of(2026, 9), "90", "90"), counted(YearMonth.of(2026, 11), "5", "95"));
        assertEquals(new BigDecimal("25.000"), ReadingValidator.consumption(water, MetersFixture.values("120"), YearMonth.of(2026, 12), history),
                "from November's 95");
        assertEquals(new BigDecimal("105.000"), ReadingValidator.consumption(water, MetersFixture.values("105"), YearMonth.of(2026, 9), history),
                "from the initial values");
        assertEquals(new BigDecimal("15.000"), ReadingValidator.consumption(water, MetersFixture.values("5"), YearMonth.of(2026, 12),
                List.of(counted(YearMonth.of(2026, 11), "5", "99990"))), "round past the digits");
        assertEquals(new BigDecimal("0.000"), ReadingValidator.consumption(water, MetersFixture.values("50"), YearMonth.of(2026, 12),
                List.of(counted(YearMonth.of(2026, 11), "5", "60"))), "a fall that is no roll-over counts nothing, never 10^digits");
    }
}
