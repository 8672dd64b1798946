package org.kabinet.meters.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kabinet.meters.impl.MetersFixture.OTHER_TENANT;
import static org.kabinet.meters.impl.MetersFixture.TENANT;
import static org.kabinet.meters.impl.MetersFixture.day;
import static org.kabinet.meters.impl.MetersFixture.values;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterInput;
import org.kabinet.meters.api.MonthlyConsumption;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingSource;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.Resource;
import org.kabinet.meters.api.Submission;
import org.kabinet.meters.api.SubmissionPreview;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.meters.api.WindowState;

/** Readings from tenants and staff over the real persistence unit, with a clock that moves. */
class ReadingsTest {
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    /** A household member of acc-1: with the view role or the full one, as a test makes them. */
    private static final String MEMBER = "tenant-3";
    private MetersFixture f;
    private Meter water;

    @BeforeEach
    void setUp() throws Exception {
        f = new MetersFixture(new BigDecimal("3"), 3);
        water = f.coldWater();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Reading send(String... values) {
        return f.tenant.submit(TENANT, water.id(), new Submission(values(values), null), ReadingSource.CABINET, TENANT);
    }

    private Reading staff(LocalDate takenOn, String... values) {
        return f.admin.submit(water.id(), new Submission(values(values), takenOn), "controller");
    }

    @Test
    void aTenantSeesOnlyMetersOfAccountsTheyLinked() {
        assertEquals(List.of(water), f.tenant.meters(TENANT, "acc-1"));
        assertEquals(List.of(water), f.tenant.allMeters(TENANT));
        assertEquals("meters.account.unknown", assertThrows(NotFoundException.class, () -> f.tenant.meters(OTHER_TENANT, "acc-1")).code());
        assertEquals("meters.account.unknown", assertThrows(NotFoundException.class, () -> f.tenant.window(OTHER_TENANT, "acc-1")).code());
        assertEquals("meters.meter.unknown", assertThrows(NotFoundException.class, () -> f.tenant.history(OTHER_TENANT, water.id())).code());
        assertEquals("meters.meter.unknown", assertThrows(NotFoundException.class, () -> f.tenant.preview(OTHER_TENANT, water.id(), null)).code());
        assertEquals("meters.meter.unknown", assertThrows(NotFoundException.class,
                () -> f.tenant.submit(OTHER_TENANT, water.id(), new Submission(values("1"), null), ReadingSource.CABINET, OTHER_TENANT)).code());
        assertEquals("meters.meter.unknown", assertThrows(NotFoundException.class, () -> f.tenant.rename(OTHER_TENANT, water.id(), "x")).code());
        assertEquals("meters.meter.unknown", assertThrows(NotFoundException.class, () -> f.tenant.history(TENANT, "no-such-meter")).code());
        assertTrue(f.tenant.allMeters(OTHER_TENANT).isEmpty());
        assertTrue(f.tenant.history(TENANT, water.id()).isEmpty(), "the other tenant's attempt stored nothing");
    }

    @Test
    void aMemberWhoOnlyViewsSeesTheMetersButSubmitsAndNamesNothing() {
        f.accounts.member("acc-1", MEMBER, false);
        f.on(day("2026-01-22"));
        Reading holders = send("12.5");
        assertEquals(List.of(water), f.tenant.meters(MEMBER, "acc-1"));
        assertEquals(List.of(water), f.tenant.allMeters(MEMBER));
        assertTrue(f.tenant.window(MEMBER, "acc-1").open());
        assertEquals(List.of(holders), f.tenant.history(MEMBER, water.id()));
        assertEquals(JANUARY, f.tenant.preview(MEMBER, water.id(), null).period());
        assertEquals(1, f.tenant.consumption(MEMBER, water.id(), 1).size());

        for (ReadingSource source : List.of(ReadingSource.CABINET, ReadingSource.TOKEN)) {
            KabinetException refused = assertThrows(KabinetException.class,
                    () -> f.tenant.submit(MEMBER, water.id(), new Submission(values("13"), null), source, MEMBER));
            assertEquals(Failure.FORBIDDEN, refused.failure());
            assertEquals("account.readOnly", refused.code());
            assertEquals("meters.readOnly.readings", refused.textKey());
        }
        KabinetException rename = assertThrows(KabinetException.class, () -> f.tenant.rename(MEMBER, water.id(), "кухня"));
        assertEquals(Failure.FORBIDDEN, rename.failure());
        assertEquals("account.readOnly", rename.code());
        assertEquals("meters.readOnly.name", rename.textKey());
        assertEquals(List.of(holders), f.tenant.history(TENANT, water.id()), "nothing stored");
        assertEquals("", f.tenant.meters(TENANT, "acc-1").get(0).name(), "still unnamed");
        assertEquals("meters.meter.unknown", assertThrows(NotFoundException.class,
                () -> f.tenant.submit(OTHER_TENANT, water.id(), new Submission(values("13"), null), ReadingSource.CABINET, OTHER_TENANT)).code(),
                "a stranger still does not learn the meter exists");
    }

    @Test
    void aMemberWithFullAccessSubmitsAndNamesLikeTheHolder() {
        f.accounts.member("acc-1", MEMBER, true);
        f.on(day("2026-01-22"));
        Reading r = f.tenant.submit(MEMBER, water.id(), new Submission(values("12.5"), null), ReadingSource.CABINET, MEMBER);
        assertEquals(ReadingStatus.ACCEPTED, r.status());
        assertEquals(MEMBER, r.by());
        assertEquals(List.of(r), f.tenant.history(TENANT, water.id()), "the holder sees the member's reading");
        assertEquals(ReadingStatus.ACCEPTED,
                f.tenant.submit(MEMBER, water.id(), new Submission(values("13"), null), ReadingSource.TOKEN, "Home Assistant").status());
        assertEquals("ванная", f.tenant.rename(MEMBER, water.id(), "ванная").name());
        assertEquals("ванная", f.tenant.meters(TENANT, "acc-1").get(0).name());
    }

    @Test
    void badInputIsAnErrorAndStoresNothing() {
        f.on(day("2026-01-22"));
        assertEquals("meters.values.count", assertThrows(ValidationException.class, () -> send("1", "2")).textKey());
        assertEquals("meters.values.count", assertThrows(ValidationException.class,
                () -> f.tenant.submit(TENANT, water.id(), new Submission(null, null), ReadingSource.CABINET, TENANT)).textKey());
        ValidationException negative = assertThrows(ValidationException.class, () -> send("-1"));
        assertEquals("meters.values", negative.code());
        assertEquals("values", negative.field());
        assertEquals("meters.values.number", negative.textKey());
        assertEquals("meters.values.number", assertThrows(ValidationException.class, () -> send("1.0001")).textKey());
        ValidationException digits = assertThrows(ValidationException.class, () -> send("100000"));
        assertEquals("meters.values.digits", digits.textKey());
        assertEquals(5, digits.arguments()[0]);
        send("99999.999");
        ValidationException future = assertThrows(ValidationException.class,
                () -> f.tenant.submit(TENANT, water.id(), new Submission(values("1"), day("2026-01-23")), ReadingSource.CABINET, TENANT));
        assertEquals("meters.takenOn", future.code());
        assertEquals("meters.takenOn.future", future.textKey());
        assertEquals("meters.takenOn.installed", assertThrows(ValidationException.class,
                () -> f.tenant.submit(TENANT, water.id(), new Submission(values("1"), day("2025-12-31")), ReadingSource.CABINET, TENANT)).textKey());
        assertEquals(1, f.tenant.history(TENANT, water.id()).size(), "only the good one");
    }

    @Test
    void aReadingInTheWindowIsAcceptedForThisMonth() {
        f.on(day("2026-01-22"));
        Reading r = send("12.5");
        assertEquals(ReadingStatus.ACCEPTED, r.status());
        assertEquals(JANUARY, r.period());
        assertEquals(day("2026-01-22"), r.takenOn());
        assertEquals(new BigDecimal("12.500"), r.consumption());
        assertEquals("Показание принято и будет учтено в январе 2026.", r.reason());
        assertEquals(ReadingSource.CABINET, r.source());
        assertEquals(TENANT, r.by());
        assertTrue(r.current());
        assertEquals(List.of(r), f.tenant.history(TENANT, water.id()));
        assertEquals(List.of(r), f.admin.readings(JANUARY));
    }

    @Test
    void aLateReadingInASoftWindowCountsForTheNextPeriodAndTheTenantIsToldFirst() {
        f.on(day("2026-01-26"));
        SubmissionPreview preview = f.tenant.preview(TENANT, water.id(), null);
        assertEquals(new SubmissionPreview(FEBRUARY, true, false, "Приём показаний за январь закрыт 25 января. Показание будет учтено в феврале."),
                preview);
        Reading r = send("10");
        assertEquals(ReadingStatus.ACCEPTED, r.status());
        assertEquals(FEBRUARY, r.period());
        assertEquals("Показание принято и будет учтено в феврале 2026. Приём показаний за январь закрыт 25 января.", r.reason());
        assertTrue(f.admin.readings(JANUARY).isEmpty());
        assertEquals(List.of(r), f.admin.readings(FEBRUARY));
    }

    @Test
    void aStrictWindowRefusesOutsideAndTheRefusalIsKept() {
        f.admin.setWindow(new WindowRule(WindowRule.Scope.COMPANY, "", 20, 25, WindowRule.Mode.STRICT), "manager");
        f.on(day("2026-01-26"));
        SubmissionPreview preview = f.tenant.preview(TENANT, water.id(), null);
        assertTrue(preview.refused());
        assertNull(preview.period());
        assertEquals("Приём показаний открыт с 20 по 25 число. Следующий приём: 20–25 февраля.", preview.message());
        WindowState state = f.tenant.window(TENANT, "acc-1");
        assertFalse(state.open());
        assertNull(state.periodNow());
        assertEquals(day("2026-02-20"), state.opens());

        Reading r = send("10");
        assertEquals(ReadingStatus.REJECTED, r.status());
        assertFalse(r.current());
        assertNull(r.consumption());
        assertEquals("Приём показаний открыт с 20 по 25 число. Следующий приём: 20–25 февраля.", r.reason());
        assertEquals(List.of(r), f.tenant.history(TENANT, water.id()), "the tenant sees what happened");
        assertTrue(f.admin.readings(FEBRUARY).isEmpty(), "it does not count");

        Reading byStaff = staff(day("2026-01-26"), "10");
        assertEquals(ReadingStatus.ACCEPTED, byStaff.status(), "staff are never refused for the window");
        assertEquals(FEBRUARY, byStaff.period());
    }

    @Test
    void theNarrowestWindowApplies() {
        f.admin.setWindow(new WindowRule(WindowRule.Scope.BUILDING, "ул. Мира, д. 5, кв. 99", 10, 15, WindowRule.Mode.STRICT), "manager");
        assertEquals(new WindowState(new WindowRule(WindowRule.Scope.BUILDING, "ул. Мира, д. 5", 10, 15, WindowRule.Mode.STRICT), true,
                day("2026-01-10"), day("2026-01-15"), JANUARY), f.tenant.window(TENANT, "acc-1"), "the building is the address without the flat");
        assertEquals(WindowRule.Mode.SOFT, f.tenant.window(TENANT, "acc-3").rule().mode(), "another city's account keeps the company's");
        f.on(day("2026-01-12"));
        assertEquals(JANUARY, send("5").period());
    }

    @Test
    void aNewReadingReplacesThePeriodsPreviousOneWhichStaysInTheHistory() {
        f.on(day("2026-01-21"));
        Reading first = send("10");
        f.on(day("2026-01-22"));
        Reading second = send("9.5");
        assertEquals(ReadingStatus.ACCEPTED, second.status(), "compared with the initial value, not with the replaced one");
        List<Reading> history = f.tenant.history(TENANT, water.id());
        assertEquals(List.of(second.id(), first.id()), history.stream().map(Reading::id).toList(), "newest first");
        assertFalse(history.get(1).current());
        assertTrue(history.get(0).current());
        assertEquals(List.of(second), f.admin.readings(JANUARY));
    }

    @Test
    void aRejectedReadingDoesNotReplaceTheCountedOne() {
        f.on(day("2026-01-22"));
        send("10");
        f.on(day("2026-02-21"));
        Reading good = send("20");
        Reading bad = send("5");
        assertEquals(ReadingStatus.REJECTED, bad.status());
        assertTrue(bad.reason().startsWith("Показание 5\u00a0м³ меньше предыдущего учтённого (10\u00a0м³ на 22.01.2026)"), bad.reason());
        assertEquals(List.of(good), f.admin.readings(FEBRUARY));
    }

    @Test
    void aFlaggedReadingWaitsForStaffWhoAcceptIt() {
        Meter meter = historyOfThreeAMonth();
        f.on(day("2026-06-21"));
        Reading accepted = f.tenant.submit(TENANT, meter.id(), new Submission(values("16"), null), ReadingSource.CABINET, TENANT);
        Reading flagged = f.tenant.submit(TENANT, meter.id(), new Submission(values("40"), null), ReadingSource.TOKEN, "Home Assistant");
        assertEquals(ReadingStatus.ACCEPTED, accepted.status());
        assertEquals(ReadingStatus.FLAGGED, flagged.status());
        assertEquals(ReadingSource.TOKEN, flagged.source());
        assertEquals("Home Assistant", flagged.by());
        assertTrue(flagged.reason().startsWith("Расход 25\u00a0м³ — в 8,3 раза больше среднего за 5 мес. (3\u00a0м³)."), flagged.reason());
        assertEquals(List.of(flagged.id()), f.admin.reviewQueue().stream().map(Reading::id).toList());
        assertEquals(List.of(flagged), f.admin.readings(YearMonth.of(2026, 6)), "the flagged one replaced the accepted one");

        f.on(day("2026-06-23"));
        Reading reviewed = f.admin.review(flagged.id(), true, null, "manager");
        assertEquals(ReadingStatus.ACCEPTED, reviewed.status());
        assertTrue(reviewed.current());
        assertEquals(new BigDecimal("25.000"), reviewed.consumption());
        assertEquals("Показание проверено и принято; будет учтено в июне 2026.", reviewed.reason());
        assertTrue(f.admin.reviewQueue().isEmpty());
        assertEquals("READING_ACCEPTED", f.admin.audit(1).get(0).action());
        assertEquals("manager", f.admin.audit(1).get(0).by());
        assertEquals("meters.review.notFlagged", assertThrows(ValidationException.class,
                () -> f.admin.review(flagged.id(), false, "нет", "manager")).code());
        assertEquals("meters.reading.unknown", assertThrows(NotFoundException.class, () -> f.admin.review("nope", true, null, "m")).code());
    }

    @Test
    void staffRejectAFlaggedReadingWithAReasonAndTheReplacedOneCountsAgain() {
        Meter meter = historyOfThreeAMonth();
        f.on(day("2026-06-21"));
        Reading accepted = f.tenant.submit(TENANT, meter.id(), new Submission(values("16"), null), ReadingSource.CABINET, TENANT);
        Reading flagged = f.tenant.submit(TENANT, meter.id(), new Submission(values("40"), null), ReadingSource.CABINET, TENANT);
        assertEquals("meters.review.reason", assertThrows(ValidationException.class, () -> f.admin.review(flagged.id(), false, " ", "m")).code());
        assertEquals("meters.review.reason", assertThrows(ValidationException.class,
                () -> f.admin.review(flagged.id(), false, "x".repeat(301), "m")).code());
        Reading rejected = f.admin.review(flagged.id(), false, "на фото счётчика 16", "manager");
        assertEquals(ReadingStatus.REJECTED, rejected.status());
        assertFalse(rejected.current());
        assertNull(rejected.consumption());
        assertEquals("Показание отклонено после проверки: на фото счётчика 16", rejected.reason());
        assertEquals(List.of(accepted.id()), f.admin.readings(YearMonth.of(2026, 6)).stream().map(Reading::id).toList());
        assertEquals("READING_REJECTED", f.admin.audit(1).get(0).action());
        assertTrue(f.admin.audit(1).get(0).detail().endsWith("— на фото счётчика 16"), f.admin.audit(1).get(0).detail());
        assertEquals(ReadingStatus.REJECTED, f.tenant.history(TENANT, meter.id()).stream().filter(r -> r.id().equals(flagged.id()))
                .findFirst().orElseThrow().status(), "the tenant sees the outcome");
    }

    /** A cold-water meter of acc-1 installed 15.12.2025 with readings January–May, 3 a month (15 in May); the clock on 01.06.2026. */
    private Meter historyOfThreeAMonth() {
        Meter meter = f.admin.add(new MeterInput("acc-1", Resource.COLD_WATER, "CW-2", "ванная", 1, 5, day("2025-12-15"), null, values("0")), "m");
        f.on(day("2026-06-01"));
        for (int month = 1; month <= 5; month++) {
            Reading r = f.admin.submit(meter.id(), new Submission(values(String.valueOf(3 * month)), LocalDate.of(2026, month, 21)), "controller");
            assertEquals(ReadingStatus.ACCEPTED, r.status(), r.reason());
        }
        return meter;
    }

    @Test
    void aMeterTakesALimitedNumberOfTenantReadingsADay() {
        f.on(day("2026-01-21"));
        send("1");
        send("2");
        send("3");
        KabinetException tooMany = assertThrows(KabinetException.class, () -> send("4"));
        assertEquals(Failure.TOO_MANY, tooMany.failure());
        assertEquals("meters.tooMany", tooMany.code());
        assertEquals(3, f.tenant.history(TENANT, water.id()).size());
        staff(day("2026-01-21"), "4");
        f.on(day("2026-01-22"), LocalTime.of(0, 1));
        assertEquals(ReadingStatus.ACCEPTED, send("5").status(), "a new day in the portal's zone");
    }

    @Test
    void staffReadingsDoNotUseUpTheTenantsDailyLimit() {
        f.on(day("2026-01-21"));
        staff(day("2026-01-21"), "1");
        staff(day("2026-01-21"), "2");
        staff(day("2026-01-21"), "3");
        assertEquals(ReadingStatus.ACCEPTED, send("4").status(), "three staff readings today leave the tenant's three");
        send("5");
        send("6");
        assertThrows(KabinetException.class, () -> send("7"));
    }

    @Test
    void staffReadingsCountForTheWindowOfTheDayTakenAndAreAudited() {
        f.on(day("2026-02-10"));
        Reading january = staff(day("2026-01-22"), "10");
        assertEquals(JANUARY, january.period());
        assertEquals(ReadingSource.STAFF, january.source());
        assertEquals("controller", january.by());
        assertEquals(FEBRUARY, staff(day("2026-01-26"), "11").period());
        assertEquals(FEBRUARY, staff(day("2026-02-01"), "12").period());
        assertEquals("READING_BY_STAFF", f.admin.audit(1).get(0).action());
        assertEquals(water.id(), f.admin.audit(1).get(0).meterId());
    }

    @Test
    void aReadingForAnEarlierPeriodChangesTheNextPeriodsConsumption() {
        f.on(day("2026-03-21"));
        staff(day("2026-01-21"), "10");
        Reading march = send("40");
        assertEquals(new BigDecimal("30.000"), march.consumption());
        staff(day("2026-02-21"), "25");
        Reading recounted = f.admin.readings(YearMonth.of(2026, 3)).get(0);
        assertEquals(new BigDecimal("15.000"), recounted.consumption(), "March now follows February's 25");
        Reading tooHigh = staff(day("2026-02-22"), "41");
        assertEquals(ReadingStatus.REJECTED, tooHigh.status(), "above March's counted 40");
        assertEquals(new BigDecimal("15.000"), f.admin.readings(YearMonth.of(2026, 3)).get(0).consumption());
    }

    @Test
    void aLateReadingForNextMonthGivesWayToANewerOneForThisMonth() {
        f.on(day("2026-01-26"));
        Reading late = send("10");
        assertEquals(FEBRUARY, late.period());
        f.admin.setWindow(new WindowRule(WindowRule.Scope.COMPANY, "", 20, 31, WindowRule.Mode.SOFT), "manager");
        f.on(day("2026-01-27"));
        Reading now = send("10.4");
        assertEquals(ReadingStatus.ACCEPTED, now.status(), now.reason());
        assertEquals(JANUARY, now.period());
        assertEquals(List.of(now), f.admin.readings(JANUARY));
        assertTrue(f.admin.readings(FEBRUARY).isEmpty(), "February's is out of date…");
        Reading kept = f.tenant.history(TENANT, water.id()).get(1);
        assertEquals(late.id(), kept.id(), "…and kept in the history");
        assertFalse(kept.current());
    }

    @Test
    void aTwoZoneMeterTakesOneValuePerZone() {
        Meter power = f.admin.add(new MeterInput("acc-1", Resource.ELECTRICITY, "E-1", "коридор", 2, 6, day("2026-01-01"), null,
                values("1000", "500")), "m");
        f.on(day("2026-01-22"));
        assertEquals("meters.values.count", assertThrows(ValidationException.class,
                () -> f.tenant.submit(TENANT, power.id(), new Submission(values("1100"), null), ReadingSource.CABINET, TENANT)).textKey());
        Reading r = f.tenant.submit(TENANT, power.id(), new Submission(values("1100", "540.5"), null), ReadingSource.CABINET, TENANT);
        assertEquals(ReadingStatus.ACCEPTED, r.status());
        assertEquals(values("1100.000", "540.500"), r.values());
        assertEquals(new BigDecimal("140.500"), r.consumption());
        assertEquals(values("1100.000", "540.500"), f.tenant.history(TENANT, power.id()).get(0).values(), "both zones stored");
    }

    @Test
    void archivedMetersAndOverdueVerificationsAreRefusedAndTheTenantIsToldBefore() {
        Meter due = f.admin.add(new MeterInput("acc-1", Resource.HOT_WATER, "HW-1", "", 1, 5, day("2020-01-01"), day("2026-01-15"),
                values("100")), "m");
        f.on(day("2026-01-21"));
        SubmissionPreview preview = f.tenant.preview(TENANT, due.id(), null);
        assertTrue(preview.refused());
        assertTrue(preview.message().startsWith("Срок поверки счётчика истёк 15.01.2026"), preview.message());
        Reading r = f.tenant.submit(TENANT, due.id(), new Submission(values("110"), null), ReadingSource.CABINET, TENANT);
        assertEquals(ReadingStatus.REJECTED, r.status());
        assertEquals(ReadingStatus.ACCEPTED, f.tenant.submit(TENANT, due.id(), new Submission(values("105"), day("2026-01-15")),
                ReadingSource.CABINET, TENANT).status(), "taken on the due day");

        f.admin.archive(water.id(), "m");
        assertTrue(f.tenant.preview(TENANT, water.id(), null).message().startsWith("Счётчик снят с учёта"));
        assertEquals(ReadingStatus.REJECTED, send("1").status());
    }

    @Test
    void theConsumptionByMonthComesFromReadingsElseTheAverageElseNone() {
        f.on(day("2026-05-10"));
        staff(day("2026-01-21"), "10");
        staff(day("2026-02-21"), "14");
        staff(day("2026-03-21"), "21");
        List<MonthlyConsumption> series = f.tenant.consumption(TENANT, water.id(), 7);
        assertEquals(List.of(
                new MonthlyConsumption(YearMonth.of(2025, 11), BigDecimal.ZERO, MonthlyConsumption.Basis.NONE),
                new MonthlyConsumption(YearMonth.of(2025, 12), BigDecimal.ZERO, MonthlyConsumption.Basis.NONE),
                new MonthlyConsumption(JANUARY, new BigDecimal("10.000"), MonthlyConsumption.Basis.BY_READINGS),
                new MonthlyConsumption(FEBRUARY, new BigDecimal("4.000"), MonthlyConsumption.Basis.BY_READINGS),
                new MonthlyConsumption(YearMonth.of(2026, 3), new BigDecimal("7.000"), MonthlyConsumption.Basis.BY_READINGS),
                new MonthlyConsumption(YearMonth.of(2026, 4), new BigDecimal("7.000"), MonthlyConsumption.Basis.BY_AVERAGE),
                new MonthlyConsumption(YearMonth.of(2026, 5), new BigDecimal("5.500"), MonthlyConsumption.Basis.BY_AVERAGE)), series,
                "April: (10 + 4 + 7) / 3; May: (4 + 7) / 2 — April was only an average");
        assertEquals(1, f.tenant.consumption(TENANT, water.id(), 0).size(), "at least one month");
    }

    @Test
    void aTenantNamesTheirMeter() {
        Meter named = f.tenant.rename(TENANT, water.id(), "  Кухня,   холодная ");
        assertEquals("Кухня, холодная", named.name());
        assertEquals("Кухня, холодная", f.tenant.meters(TENANT, "acc-1").get(0).name());
        assertEquals("meters.name", assertThrows(ValidationException.class, () -> f.tenant.rename(TENANT, water.id(), "x".repeat(41))).code());
        assertEquals("", f.tenant.rename(TENANT, water.id(), "").name());
    }

    @Test
    void aTenantSubmitsOnlyFromTheCabinetOrWithAToken() {
        assertThrows(IllegalArgumentException.class,
                () -> f.tenant.submit(TENANT, water.id(), new Submission(values("1"), null), ReadingSource.STAFF, TENANT));
    }
}
