package org.kabinet.meters.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterInput;
import org.kabinet.meters.api.MeterState;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingSource;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.Resource;
import org.kabinet.meters.api.Submission;
import org.kabinet.meters.api.WindowRule;

class MeterBodiesTest {
    /** The API's JSON provider: Jackson, tolerant of unknown properties. */
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static ValidationException invalid(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(ValidationException.class, call);
    }

    // ---- values -----------------------------------------------------------------------------------

    @Test
    void valuesAreNumbersOrStringsWithADecimalCommaAndThousandSpaces() {
        assertEquals(decimals("123.45", "1234.5", "0"), MeterBodies.values(List.of("123.45", " 1 234,50 ", "0.000"), "values"));
        assertEquals(decimals("1000"), MeterBodies.values(List.of("1E+3"), "values"));
        assertEquals(decimals("5678.9"), MeterBodies.values(List.of("5\u00a0678,9"), "values"));
    }

    @Test
    void jsonNumbersArriveAsSentWithoutBinaryRounding() throws Exception {
        var body = JSON.readValue("{\"values\":[0.1, 12345.678, \"7,5\"],\"takenOn\":\"2026-11-22\",\"extra\":1}",
                MeterBodies.SubmissionBody.class);
        Submission s = MeterBodies.submission(body);
        assertEquals(decimals("0.1", "12345.678", "7.5"), s.values());
        assertEquals(LocalDate.of(2026, 11, 22), s.takenOn());
    }

    @Test
    void valueIsShorthandForOneZoneAndTakenOnMayBeLeftOut() throws Exception {
        var body = JSON.readValue("{\"meter\":\"CW-1\",\"value\":42.5}", MeterBodies.SubmissionBody.class);
        Submission s = MeterBodies.submission(body);
        assertEquals(decimals("42.5"), s.values());
        assertNull(s.takenOn(), "the domain takes today");
        assertEquals("CW-1", body.meter());
    }

    @Test
    void valuesThatAreNoNumbersAreRefusedNamingTheField() {
        for (List<String> bad : List.of(List.of("abc"), List.of("12.3.4"), List.of("NaN"), List.of(""), List.<String>of(),
                List.of("1", "2", "3", "4"), List.of("1e999999"), List.of("0.1234567"), Arrays.asList("1", null))) {
            ValidationException e = invalid(() -> MeterBodies.values(bad, "values"));
            assertEquals("meters.request.values", e.code(), bad.toString());
            assertEquals("values", e.field());
        }
        assertEquals("meters.request.values", invalid(() -> MeterBodies.values(null, "values")).code());
        assertEquals("meters.request.values",
                invalid(() -> MeterBodies.submission(new MeterBodies.SubmissionBody(null, null, null, null))).code());
    }

    @Test
    void negativeValuesAreTheDomainsToRefuse() {
        assertEquals(decimals("-1"), MeterBodies.values(List.of("-1"), "values"));
    }

    @Test
    void jsonTrueIsNoReading() throws Exception {
        var body = JSON.readValue("{\"values\":[true]}", MeterBodies.SubmissionBody.class);
        assertEquals("meters.request.values", invalid(() -> MeterBodies.submission(body)).code());
    }

    // ---- dates, periods, choices, numbers ---------------------------------------------------------

    @Test
    void datesAndPeriodsAreIsoAndNameTheirField() {
        assertEquals(LocalDate.of(2026, 3, 5), MeterBodies.date(" 2026-03-05 ", "takenOn"));
        assertNull(MeterBodies.date("", "takenOn"));
        ValidationException date = invalid(() -> MeterBodies.date("05.03.2026", "takenOn"));
        assertEquals("meters.request.date", date.code());
        assertEquals("takenOn", date.field());
        assertEquals(YearMonth.of(2026, 3), MeterBodies.requiredPeriod("2026-03", "period"));
        assertEquals("meters.request.period", invalid(() -> MeterBodies.requiredPeriod(null, "period")).code());
        assertEquals("meters.request.period", invalid(() -> MeterBodies.period("2026-13", "period")).code());
    }

    @Test
    void resourceNamesForgiveCaseAndDashesAndAWrongOneListsTheChoices() {
        assertEquals(Resource.COLD_WATER, MeterBodies.named(Resource.class, "cold-water", "resource"));
        assertEquals(Resource.ELECTRICITY, MeterBodies.named(Resource.class, "Electricity", "resource"));
        ValidationException e = invalid(() -> MeterBodies.named(Resource.class, "water", "resource"));
        assertEquals("meters.request.choice", e.code());
        assertEquals("resource", e.field());
        assertEquals("water", e.arguments()[0]);
        assertEquals("COLD_WATER, HOT_WATER, ELECTRICITY, HEAT, GAS", e.arguments()[1]);
        assertEquals("meters.request.choice", invalid(() -> MeterBodies.requiredNamed(Resource.class, null, "resource")).code());
    }

    @Test
    void consumptionIsTwelveMonthsUnlessAskedAndAtMostTenYears() {
        assertEquals(12, MeterBodies.months(null));
        assertEquals(120, MeterBodies.months(120));
        assertEquals("meters.request.months", invalid(() -> MeterBodies.months(0)).code());
        assertEquals("meters.request.months", invalid(() -> MeterBodies.months(121)).code());
    }

    @Test
    void auditLimitIsClampedNotRefused() {
        assertEquals(200, MeterBodies.limit(null));
        assertEquals(1, MeterBodies.limit(-5));
        assertEquals(1000, MeterBodies.limit(50_000));
    }

    // ---- the meter a token names ------------------------------------------------------------------

    private static Meter meter(String id, String serial, MeterState state) {
        return new Meter(id, "acc-1", Resource.COLD_WATER, serial, "кухня", 1, 5, LocalDate.of(2025, 1, 1), LocalDate.of(2031, 1, 1),
                state, List.of(BigDecimal.ZERO), "");
    }

    @Test
    void aMeterIsNamedByIdOrBySerialWithCaseAndSpacesForgiven() {
        List<Meter> mine = List.of(meter("m-1", "CW 123456", MeterState.ACTIVE), meter("m-2", "EL-9", MeterState.ACTIVE));
        assertEquals("m-2", MeterBodies.pick(mine, "m-2").id());
        assertEquals("m-1", MeterBodies.pick(mine, " cw123456 ").id());
        assertEquals("m-2", MeterBodies.pick(mine, "el-9").id());
    }

    @Test
    void anActiveMeterWinsOverAnArchivedOneWithTheSameSerial() {
        List<Meter> mine = List.of(meter("old", "X1", MeterState.ARCHIVED), meter("new", "X1", MeterState.ACTIVE));
        assertEquals("new", MeterBodies.pick(mine, "X1").id());
        assertEquals("old", MeterBodies.pick(List.of(meter("old", "X1", MeterState.ARCHIVED)), "X1").id(),
                "an archived meter is found, and the domain says why it takes no reading");
    }

    @Test
    void twoActiveMetersWithOneSerialMustBeNamedById() {
        List<Meter> mine = List.of(meter("a", "X1", MeterState.ACTIVE), meter("b", "X1", MeterState.ACTIVE));
        ValidationException e = invalid(() -> MeterBodies.pick(mine, "X1"));
        assertEquals("meters.request.meterAmbiguous", e.code());
    }

    @Test
    void aMeterNotTheTenantsIsNotFoundAndNoneNamedIsInvalid() {
        KabinetException e = assertThrows(KabinetException.class, () -> MeterBodies.pick(List.of(meter("a", "X1", MeterState.ACTIVE)), "Y2"));
        assertEquals(Failure.NOT_FOUND, e.failure());
        assertEquals("meters.request.meterUnknown", e.code());
        assertEquals("meters.request.meter", invalid(() -> MeterBodies.pick(List.of(), " ")).code());
    }

    // ---- JSON or CSV ------------------------------------------------------------------------------

    @Test
    void theExportIsAskedForByFormatOrByAccept() {
        assertTrue(MeterBodies.wantsCsv("CSV", List.of(MediaType.APPLICATION_JSON_TYPE)));
        assertFalse(MeterBodies.wantsCsv("json", List.of(MediaType.valueOf("text/csv"))));
        assertTrue(MeterBodies.wantsCsv(null, List.of(MediaType.valueOf("text/csv"))));
        assertFalse(MeterBodies.wantsCsv(null, List.of(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf("text/csv"))));
        assertFalse(MeterBodies.wantsCsv(null, List.of(MediaType.WILDCARD_TYPE)));
        assertFalse(MeterBodies.wantsCsv(null, List.of()));
        assertEquals("meters.request.choice", invalid(() -> MeterBodies.wantsCsv("xml", List.of())).code());
    }

    // ---- what a submission answers ----------------------------------------------------------------

    private static Reading reading(ReadingStatus status, String reason) {
        return new Reading("r-1", "m-1", YearMonth.of(2026, 11), LocalDate.of(2026, 11, 22), Instant.parse("2026-11-22T05:00:00Z"),
                decimals("123.4"), status == ReadingStatus.REJECTED ? null : new BigDecimal("3.2"), status, reason, ReadingSource.TOKEN,
                "Home Assistant", true);
    }

    @Test
    void anAcceptedOrFlaggedReadingIsCreated() {
        Response accepted = MeterBodies.submitted(reading(ReadingStatus.ACCEPTED, "Показание принято"));
        assertEquals(201, accepted.getStatus());
        var body = (MeterBodies.ReadingBody) accepted.getEntity();
        assertEquals("2026-11", body.period());
        assertEquals("2026-11-22", body.takenOn());
        assertEquals("2026-11-22T05:00:00Z", body.submittedAt());
        assertEquals("ACCEPTED", body.status());
        assertEquals("TOKEN", body.source());
        assertEquals(201, MeterBodies.submitted(reading(ReadingStatus.FLAGGED, "Расход в 4,2 раза выше среднего")).getStatus());
    }

    @Test
    void aRejectedReadingIs422WithItsReasonAsTheMessageAndTheReadingBeside() throws Exception {
        Response rejected = MeterBodies.submitted(reading(ReadingStatus.REJECTED, "Показание меньше предыдущего (130,0)"));
        assertEquals(422, rejected.getStatus());
        var body = (MeterBodies.RejectedBody) rejected.getEntity();
        assertEquals("meters.reading.rejected", body.code());
        assertEquals("Показание меньше предыдущего (130,0)", body.message());
        assertEquals("REJECTED", body.reading().status());
        Map<?, ?> json = JSON.readValue(JSON.writeValueAsString(body), Map.class);
        assertEquals(List.of("code", "message", "field", "reading"), List.copyOf(json.keySet()), "the API's error body, and the reading");
        assertEquals(123.4, ((List<?>) ((Map<?, ?>) json.get("reading")).get("values")).get(0), "values are JSON numbers");
    }

    // ---- staff bodies -----------------------------------------------------------------------------

    @Test
    void aNewMeterDefaultsToOneZoneFiveDigitsAndZerosAndTakesTheAccountFromTheQuery() throws Exception {
        var body = JSON.readValue("{\"resource\":\"hot-water\",\"serialNumber\":\" HW-1 \",\"verificationDue\":\"2030-05-01\"}",
                MeterBodies.MeterInputBody.class);
        MeterInput input = body.toNew("acc-7");
        assertEquals("acc-7", input.accountId());
        assertEquals(Resource.HOT_WATER, input.resource());
        assertEquals("HW-1", input.serialNumber());
        assertEquals(1, input.zones());
        assertEquals(5, input.digits());
        assertEquals(List.of(BigDecimal.ZERO), input.initialValues());
        assertEquals(LocalDate.of(2030, 5, 1), input.verificationDue());
        assertEquals("meters.request.account", invalid(() -> body.toNew(null)).code());
    }

    @Test
    void aTwoZoneMeterStartsAtZeroInBothZones() {
        var body = new MeterBodies.MeterInputBody("acc-1", "ELECTRICITY", "EL-1", null, 2, 6, null, null, null);
        assertEquals(List.of(BigDecimal.ZERO, BigDecimal.ZERO), body.toNew(null).initialValues());
    }

    @Test
    void aChangeKeepsWhatItLeavesOutAndNeverMovesTheMeter() {
        Meter current = meter("m-1", "CW-1", MeterState.ACTIVE);
        var body = new MeterBodies.MeterInputBody("other-account", "GAS", null, "ванная", null, 6, null, "2032-01-01", null);
        MeterInput changed = body.over(current);
        assertEquals("acc-1", changed.accountId());
        assertEquals(Resource.COLD_WATER, changed.resource());
        assertEquals("CW-1", changed.serialNumber());
        assertEquals("ванная", changed.place());
        assertEquals(1, changed.zones());
        assertEquals(6, changed.digits());
        assertEquals(LocalDate.of(2025, 1, 1), changed.installedOn());
        assertEquals(LocalDate.of(2032, 1, 1), changed.verificationDue());
        assertEquals(List.of(BigDecimal.ZERO), changed.initialValues());
    }

    @Test
    void aWindowIsSoftUnlessSaidAndTheCompanysHasNoValue() throws Exception {
        var body = JSON.readValue("{\"scope\":\"company\",\"scopeValue\":\"ignored\",\"fromDay\":15,\"toDay\":25}",
                MeterBodies.WindowBody.class);
        assertEquals(new WindowRule(WindowRule.Scope.COMPANY, "", 15, 25, WindowRule.Mode.SOFT), body.toRule());
        assertEquals(new WindowRule(WindowRule.Scope.BUILDING, "ул. Мира, д. 5", 23, 25, WindowRule.Mode.STRICT),
                new MeterBodies.WindowBody("BUILDING", " ул. Мира, д. 5 ", 23, 25, "strict").toRule());
        assertEquals("fromDay", invalid(() -> new MeterBodies.WindowBody("CITY", "x", null, 25, null).toRule()).field());
        assertEquals("meters.request.days", invalid(() -> new MeterBodies.WindowBody("CITY", "x", 20, null, null).toRule()).code());
        assertEquals("scope", invalid(() -> new MeterBodies.WindowBody("STREET", "x", 20, 25, null).toRule()).field());
        assertEquals("mode", invalid(() -> new MeterBodies.WindowBody("CITY", "x", 20, 25, "LOOSE").toRule()).field());
    }

    @Test
    void aReviewSaysAcceptOrReject() {
        assertTrue(new MeterBodies.ReviewBody(true, null).accepted());
        assertFalse(new MeterBodies.ReviewBody(false, "Ошибка ввода").accepted());
        assertEquals("meters.request.accept", invalid(() -> new MeterBodies.ReviewBody(null, "x").accepted()).code());
    }

    @Test
    void theLastReadingIsTheNewestThatCounts() {
        Reading replaced = new Reading("r-2", "m-1", YearMonth.of(2026, 11), LocalDate.of(2026, 11, 23), Instant.now(), decimals("5"),
                BigDecimal.ONE, ReadingStatus.ACCEPTED, "", ReadingSource.CABINET, "t", false);
        Reading current = reading(ReadingStatus.ACCEPTED, "");
        assertEquals("r-1", MeterBodies.last(List.of(replaced, current)).id());
        assertEquals("r-2", MeterBodies.last(List.of(replaced)).id());
        assertNull(MeterBodies.last(List.of()));
    }
}
