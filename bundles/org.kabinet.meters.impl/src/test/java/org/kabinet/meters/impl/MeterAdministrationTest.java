package org.kabinet.meters.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kabinet.meters.impl.MetersFixture.day;
import static org.kabinet.meters.impl.MetersFixture.values;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.meters.api.ImportResult;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterAudit;
import org.kabinet.meters.api.MeterInput;
import org.kabinet.meters.api.MeterState;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingSource;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.Resource;
import org.kabinet.meters.api.Submission;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.meters.api.WindowRule.Mode;
import org.kabinet.meters.api.WindowRule.Scope;

/** Staff's meters, windows, files and audit over the real persistence unit. */
class MeterAdministrationTest {
    private MetersFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new MetersFixture();
        f.on(day("2026-11-10"));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static MeterInput input(String account, Resource resource, String serial, int zones, int digits, String... initial) {
        return new MeterInput(account, resource, serial, " кухня ", zones, digits, day("2026-01-01"), day("2032-01-01"), values(initial));
    }

    private String problem(MeterInput in) {
        return assertThrows(ValidationException.class, () -> f.admin.add(in, "manager")).textKey();
    }

    @Test
    void staffAddAMeterAndTheAdditionIsAudited() {
        Meter m = f.admin.add(input("acc-1", Resource.COLD_WATER, " CW-100 ", 1, 5, "12.5"), "Петрова");
        assertEquals("CW-100", m.serialNumber());
        assertEquals("кухня", m.place());
        assertEquals(MeterState.ACTIVE, m.state());
        assertEquals(values("12.500"), m.initialValues());
        assertEquals("", m.name());
        assertEquals(m, f.admin.meter(m.id()));
        assertEquals(List.of(m), f.admin.meters("acc-1"));
        MeterAudit audit = f.admin.audit(10).get(0);
        assertEquals("METER_ADDED", audit.action());
        assertEquals("Петрова", audit.by());
        assertEquals(m.id(), audit.meterId());
        assertEquals("Холодная вода № CW-100 (кухня), л/с 8600001: 1 зона, 5 знаков, установлен 01.01.2026, поверка до 01.01.2032, "
                + "начальные 12,5", audit.detail());
        assertEquals(f.clock.instant(), audit.at());
    }

    @Test
    void aMeterBreakingARuleIsRefusedNamingTheField() {
        assertEquals("meters.resource", problem(input("acc-1", null, "1", 1, 5, "0")));
        assertEquals("meters.serial", problem(input("acc-1", Resource.GAS, "", 1, 5, "0")));
        assertEquals("meters.serial", problem(input("acc-1", Resource.GAS, "a b", 1, 5, "0")));
        assertEquals("meters.serial", problem(input("acc-1", Resource.GAS, "1".repeat(41), 1, 5, "0")));
        assertEquals("meters.zones", problem(input("acc-1", Resource.GAS, "1", 2, 5, "0", "0")), "only electricity has zones");
        assertEquals("meters.zones", problem(input("acc-1", Resource.ELECTRICITY, "1", 4, 5, "0", "0", "0", "0")));
        assertEquals("meters.digits", problem(input("acc-1", Resource.GAS, "1", 1, 10, "0")));
        assertEquals("meters.digits", problem(input("acc-1", Resource.GAS, "1", 1, 0, "0")));
        assertEquals("meters.initial", problem(input("acc-1", Resource.ELECTRICITY, "1", 2, 5, "0")));
        assertEquals("meters.initial", problem(input("acc-1", Resource.GAS, "1", 1, 5, "100000")));
        assertEquals("meters.initial", problem(input("acc-1", Resource.GAS, "1", 1, 5, "-1")));
        assertEquals("meters.initial", problem(input("acc-1", Resource.GAS, "1", 1, 5, "1.0005")));
        assertEquals("meters.installed", problem(new MeterInput("acc-1", Resource.GAS, "1", "", 1, 5, day("2026-11-11"), null, values("0"))));
        assertEquals("meters.verification", problem(new MeterInput("acc-1", Resource.GAS, "1", "", 1, 5, day("2026-01-01"), day("2026-01-01"),
                values("0"))));
        assertEquals("meters.place", problem(new MeterInput("acc-1", Resource.GAS, "1", "x".repeat(101), 1, 5, day("2026-01-01"), null, values("0"))));
        ValidationException field = assertThrows(ValidationException.class, () -> f.admin.add(input("acc-1", Resource.GAS, "1", 1, 0, "0"), "m"));
        assertEquals("digits", field.field());
        assertEquals("meters.account.unknown", assertThrows(NotFoundException.class,
                () -> f.admin.add(input("nope", Resource.GAS, "1", 1, 5, "0"), "m")).code());
        assertEquals("meters.account.unknown", assertThrows(NotFoundException.class, () -> f.admin.meters("nope")).code());
        assertEquals("meters.meter.unknown", assertThrows(NotFoundException.class, () -> f.admin.meter("nope")).code());
        assertTrue(f.admin.meters(null).isEmpty());
        assertTrue(f.admin.audit(10).isEmpty(), "nothing audited");
    }

    @Test
    void aSerialNumberIsUniqueAmongActiveMetersOfAResource() {
        Meter first = f.admin.add(input("acc-1", Resource.COLD_WATER, "777", 1, 5, "0"), "m");
        ValidationException taken = assertThrows(ValidationException.class, () -> f.admin.add(input("acc-2", Resource.COLD_WATER, "777", 1, 5, "0"), "m"));
        assertEquals("meters.serial.taken", taken.code());
        assertEquals("777", taken.arguments()[0]);
        f.admin.add(input("acc-2", Resource.HOT_WATER, "777", 1, 5, "0"), "m");
        f.admin.archive(first.id(), "m");
        f.admin.add(input("acc-2", Resource.COLD_WATER, "777", 1, 5, "0"), "m");
        assertEquals(2, f.admin.meters(null).stream().filter(m -> m.state() == MeterState.ACTIVE).count());
        assertEquals(3, f.admin.meters(null).size());
    }

    @Test
    void staffChangeAMeterButNotItsAccountOrResourceAndZonesOnlyWithoutReadings() {
        Meter m = f.admin.add(input("acc-1", Resource.ELECTRICITY, "E-1", 1, 5, "10"), "m");
        Meter changed = f.admin.update(m.id(), new MeterInput("acc-2", Resource.GAS, "E-2", "щиток", 2, 6, day("2026-01-01"), null,
                values("10", "5")), "Иванов");
        assertEquals("acc-1", changed.accountId());
        assertEquals(Resource.ELECTRICITY, changed.resource());
        assertEquals("E-2", changed.serialNumber());
        assertEquals(2, changed.zones());
        assertEquals(changed, f.admin.meter(m.id()));
        MeterAudit audit = f.admin.audit(1).get(0);
        assertEquals("METER_CHANGED", audit.action());
        assertEquals("Электроэнергия № E-1 (кухня): номер E-1 → E-2, место кухня → щиток, зоны 1 → 2, знаков 5 → 6, поверка 01.01.2032 → —, "
                + "начальные 10 → 10 / 5", audit.detail());

        f.admin.submit(m.id(), new Submission(values("20", "6"), day("2026-11-10")), "c");
        assertEquals("meters.zones.locked", assertThrows(ValidationException.class, () -> f.admin.update(m.id(),
                new MeterInput(null, null, "E-2", "", 1, 6, day("2026-01-01"), null, values("10")), "m")).textKey());
    }

    @Test
    void anArchivedMeterKeepsItsHistory() {
        Meter m = f.admin.add(input("acc-1", Resource.COLD_WATER, "CW-1", 1, 5, "0"), "m");
        f.admin.submit(m.id(), new Submission(values("5"), day("2026-11-10")), "c");
        Meter archived = f.admin.archive(m.id(), "Петрова");
        assertEquals(MeterState.ARCHIVED, archived.state());
        assertEquals("METER_ARCHIVED", f.admin.audit(1).get(0).action());
        assertEquals(archived, f.admin.archive(m.id(), "Петрова"), "archiving twice changes nothing");
        assertEquals(1, f.admin.audit(10).stream().filter(a -> a.action().equals("METER_ARCHIVED")).count());
        assertEquals(1, f.tenant.history(MetersFixture.TENANT, m.id()).size());
        Meter active = f.admin.add(input("acc-1", Resource.COLD_WATER, "CW-2", 1, 5, "0"), "m");
        assertEquals(List.of(active, archived), f.admin.meters("acc-1"), "active first");
    }

    @Test
    void windowsForTheCompanyCitiesAndBuildings() {
        assertEquals(List.of(WindowCalendar.DEFAULT), f.admin.windows(), "seeded on first start");
        f.data.seedWindow();
        assertEquals(1, f.admin.windows().size(), "seeded once");
        WindowRule city = f.admin.setWindow(new WindowRule(Scope.CITY, "Сургут", 15, 20, Mode.STRICT), "manager");
        assertEquals(new WindowRule(Scope.CITY, "surgut", 15, 20, Mode.STRICT), city, "the city by its id");
        WindowRule building = f.admin.setWindow(new WindowRule(Scope.BUILDING, "  ул. Мира,  д. 5, кв. 1", 23, 31, Mode.SOFT), "manager");
        assertEquals("ул. Мира, д. 5", building.scopeValue());
        f.admin.setWindow(new WindowRule(Scope.COMPANY, "ignored", 19, 23, Mode.SOFT), "manager");
        f.admin.setWindow(new WindowRule(Scope.CITY, "surgut", 10, 20, Mode.STRICT), "manager");
        assertEquals(List.of(new WindowRule(Scope.COMPANY, "", 19, 23, Mode.SOFT), new WindowRule(Scope.CITY, "surgut", 10, 20, Mode.STRICT),
                building), f.admin.windows(), "one rule per scope and value: setting replaces");
        assertEquals("WINDOW_SET", f.admin.audit(1).get(0).action());
        assertEquals("Город surgut: 10–20 число, строгое (позже — отказ)", f.admin.audit(1).get(0).detail());

        assertEquals("meters.window.days", assertThrows(ValidationException.class,
                () -> f.admin.setWindow(new WindowRule(Scope.COMPANY, "", 0, 5, Mode.SOFT), "m")).code());
        assertEquals("meters.window.days", assertThrows(ValidationException.class,
                () -> f.admin.setWindow(new WindowRule(Scope.COMPANY, "", 25, 20, Mode.SOFT), "m")).code());
        assertEquals("meters.window.days", assertThrows(ValidationException.class,
                () -> f.admin.setWindow(new WindowRule(Scope.COMPANY, "", 20, 32, Mode.SOFT), "m")).code());
        assertEquals("meters.window.mode", assertThrows(ValidationException.class,
                () -> f.admin.setWindow(new WindowRule(Scope.COMPANY, "", 20, 25, null), "m")).code());
        assertEquals("meters.window.city", assertThrows(ValidationException.class,
                () -> f.admin.setWindow(new WindowRule(Scope.CITY, "Атлантида", 20, 25, Mode.SOFT), "m")).code());
        assertEquals("meters.window.scope", assertThrows(ValidationException.class,
                () -> f.admin.setWindow(new WindowRule(Scope.BUILDING, " ", 20, 25, Mode.SOFT), "m")).code());

        f.admin.removeWindow(Scope.BUILDING, "ул. Мира, д. 5", "manager");
        assertEquals("WINDOW_REMOVED", f.admin.audit(1).get(0).action());
        assertEquals("meters.window.unknown", assertThrows(NotFoundException.class,
                () -> f.admin.removeWindow(Scope.BUILDING, "ул. Мира, д. 5", "m")).code());
        assertEquals("meters.window.company", assertThrows(ValidationException.class, () -> f.admin.removeWindow(Scope.COMPANY, "", "m")).code());
        f.admin.removeWindow(Scope.CITY, "Сургут", "manager");
        assertEquals(List.of(new WindowRule(Scope.COMPANY, "", 19, 23, Mode.SOFT)), f.admin.windows());
    }

    private ImportResult importMeters(String csv) {
        return f.admin.importMeters(csv.getBytes(StandardCharsets.UTF_8), "Петрова");
    }

    @Test
    void aMetersFileIsTakenWhole() {
        ImportResult result = importMeters("""
                account;city;resource;serial;place;zones;digits;installed;verification;initial
                8600001;Ханты-Мансийск;COLD_WATER;CW-1;кухня;1;5;2026-01-01;2032-01-01;12,5
                8600001;khanty-mansiysk;Электроэнергия;E-1;"коридор; щиток";2;6;01.02.2026;;1000|500
                5500001;Сургут;hot_water;HW-1;;1;5;2026-03-01;;0
                """);
        assertEquals(new ImportResult(3, List.of()), result);
        List<Meter> meters = f.admin.meters("acc-1");
        assertEquals(List.of(Resource.COLD_WATER, Resource.ELECTRICITY), meters.stream().map(Meter::resource).toList());
        assertEquals("коридор; щиток", meters.get(1).place());
        assertEquals(values("1000.000", "500.000"), meters.get(1).initialValues());
        assertEquals(day("2026-02-01"), meters.get(1).installedOn());
        assertEquals("METERS_IMPORTED", f.admin.audit(1).get(0).action());
        assertEquals("счётчиков из файла: 3", f.admin.audit(1).get(0).detail());
    }

    @Test
    void aMetersFileWithABadLineChangesNothingAndNamesEveryBadLine() {
        f.admin.add(input("acc-1", Resource.GAS, "G-1", 1, 5, "0"), "m");
        ImportResult result = importMeters("""
                account;city;resource;serial;place;zones;digits;installed;verification;initial
                8600001;Ханты-Мансийск;COLD_WATER;CW-1;кухня;1;5;2026-01-01;;0
                9999999;Ханты-Мансийск;COLD_WATER;CW-2;;1;5;2026-01-01;;0
                8600001;Ханты-Мансийск;воздух;CW-3;;1;5;2026-01-01;;0
                8600001;Ханты-Мансийск;GAS;G-2;;2;5;2026-01-01;;0|0
                8600001;Ханты-Мансийск;COLD_WATER;CW-1;;1;5;2026-01-01;;0
                8600001;Ханты-Мансийск;GAS;G-9;;1;5;31.02.2026;;0
                """);
        assertFalse(result.accepted());
        assertEquals(0, result.stored());
        assertEquals(List.of(3, 4, 5, 7), result.problems().stream().map(ImportResult.LineProblem::line).toList(), result.problems().toString());
        assertTrue(result.problems().get(0).reason().contains("лицевого счёта 9999999 в городе «Ханты-Мансийск» нет"));
        assertTrue(result.problems().get(1).reason().contains("ресурс «воздух»"));
        assertTrue(result.problems().get(2).reason().contains("тарифных зон 2"));
        assertTrue(result.problems().get(3).reason().contains("дата установки «31.02.2026»"));
        assertEquals(1, f.admin.meters(null).size(), "nothing stored");

        ImportResult twice = importMeters("""
                account;city;resource;serial;place;zones;digits;installed;verification;initial
                8600001;Ханты-Мансийск;COLD_WATER;CW-1;кухня;1;5;2026-01-01;;0
                8600002;Ханты-Мансийск;COLD_WATER;CW-1;;1;5;2026-01-01;;0
                8600002;Ханты-Мансийск;GAS;G-1;;1;5;2026-01-01;;0
                """);
        assertEquals(List.of(new ImportResult.LineProblem(3, "счётчик CW-1 этого ресурса уже есть в строке 2")), twice.problems());
        ImportResult known = importMeters("""
                account;city;resource;serial;place;zones;digits;installed;verification;initial
                8600002;Ханты-Мансийск;GAS;G-1;;1;5;2026-01-01;;0
                """);
        assertEquals(List.of(new ImportResult.LineProblem(2, "действующий счётчик G-1 (газ) уже есть")), known.problems());
        assertEquals(1, importMeters("account;city\n8600001;x\n").problems().size(), "a header without the columns");
        assertTrue(f.admin.audit(10).stream().noneMatch(a -> a.action().equals("METERS_IMPORTED")));
    }

    private ImportResult importReadings(String csv) {
        return f.admin.importReadings(csv.getBytes(StandardCharsets.UTF_8), "контролёр");
    }

    @Test
    void aReadingsFileGoesThroughTheSameChecksAndARefusalRejectsTheFile() {
        Meter water = f.admin.add(input("acc-1", Resource.COLD_WATER, "CW-1", 1, 5, "10"), "m");
        Meter power = f.admin.add(input("acc-1", Resource.ELECTRICITY, "E-1", 2, 6, "100", "50"), "m");
        ImportResult bad = importReadings("""
                serial;takenOn;zone1;zone2;zone3
                CW-1;2026-11-05;12
                E-1;05.11.2026;120
                NOPE;2026-11-05;1
                CW-1;2026-11-06;9
                E-1;2026-11-30;130;60
                """);
        assertEquals(List.of(3, 4, 5, 6), bad.problems().stream().map(ImportResult.LineProblem::line).toList(), bad.problems().toString());
        assertTrue(bad.problems().get(0).reason().contains("у счётчика 2 тарифн"), bad.problems().get(0).reason());
        assertEquals("действующего счётчика с номером NOPE нет", bad.problems().get(1).reason());
        assertTrue(bad.problems().get(2).reason().startsWith("Показание 9\u00a0м³ меньше начального"), bad.problems().get(2).reason());
        assertEquals("дата показания ещё не наступила", bad.problems().get(3).reason());
        assertTrue(f.tenant.history(MetersFixture.TENANT, water.id()).isEmpty(), "nothing stored");

        ImportResult good = importReadings("""
                serial;takenOn;zone1;zone2;zone3
                CW-1;2026-11-05;12
                E-1;05.11.2026;120,5;55
                CW-1;2026-11-06;13
                """);
        assertEquals(new ImportResult(3, List.of()), good);
        List<Reading> november = f.admin.readings(YearMonth.of(2026, 11));
        assertEquals(2, november.size(), "the second CW-1 line replaced the first");
        Reading w = november.stream().filter(r -> r.meterId().equals(water.id())).findFirst().orElseThrow();
        assertEquals(ReadingSource.IMPORT, w.source());
        assertEquals("контролёр", w.by());
        assertEquals(ReadingStatus.ACCEPTED, w.status());
        assertEquals(values("13.000"), w.values());
        assertEquals(3, november.stream().filter(r -> r.meterId().equals(power.id())).findFirst().orElseThrow().values().size() + 1);
        assertEquals("READINGS_IMPORTED", f.admin.audit(1).get(0).action());
        assertEquals("показаний из файла: 3, принято 3, на проверку 0", f.admin.audit(1).get(0).detail());
    }

    @Test
    void aPeriodsReadingsAreExportedForAnotherBillingSystem() {
        Meter water = f.admin.add(input("acc-1", Resource.COLD_WATER, "CW-1", 1, 5, "10"), "m");
        Meter power = f.admin.add(input("acc-3", Resource.ELECTRICITY, "E/1", 2, 6, "100", "50"), "m");
        f.admin.submit(water.id(), new Submission(values("12.25"), day("2026-11-05")), "c");
        f.admin.submit(power.id(), new Submission(values("120", "55.5"), day("2026-11-06")), "c");
        f.admin.submit(water.id(), new Submission(values("11"), day("2026-10-21")), "c");
        String csv = new String(f.admin.exportReadings(YearMonth.of(2026, 11)), StandardCharsets.UTF_8);
        assertEquals("\uFEFF" + ReadingExport.HEADER + "\n"
                + "5500001;Сургут;E/1;ELECTRICITY;2026-11;2026-11-06;120;55.5;;25.5;ACCEPTED;STAFF\n"
                + "8600001;Ханты-Мансийск;CW-1;COLD_WATER;2026-11;2026-11-05;12.25;;;1.25;ACCEPTED;STAFF\n", csv,
                "November's water follows October's 11");
        assertArrayEquals(("\uFEFF" + ReadingExport.HEADER + "\n").getBytes(StandardCharsets.UTF_8), f.admin.exportReadings(YearMonth.of(2026, 9)));
        assertEquals("meters.period", assertThrows(ValidationException.class, () -> f.admin.readings(null)).code());
    }
}
