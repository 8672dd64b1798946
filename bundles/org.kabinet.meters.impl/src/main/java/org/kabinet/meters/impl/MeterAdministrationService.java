package org.kabinet.meters.impl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kabinet.documents.csv.CsvImport;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.meters.api.ImportResult;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterAdministration;
import org.kabinet.meters.api.MeterAudit;
import org.kabinet.meters.api.MeterInput;
import org.kabinet.meters.api.MeterState;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingSource;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.Submission;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.meters.impl.jpa.JpaMeterStore;
import org.kabinet.persistence.Transactions;

/**
 * Meters, readings and windows for staff. Every change leaves an audit row (METER_ADDED, METER_CHANGED,
 * METER_ARCHIVED, METERS_IMPORTED, READING_BY_STAFF, READINGS_IMPORTED, READING_ACCEPTED, READING_REJECTED,
 * WINDOW_SET, WINDOW_REMOVED) in the change's own transaction. Files are taken all or nothing.
 */
public class MeterAdministrationService implements MeterAdministration {
    private final MetersData data;
    private final JpaMeterStore store;
    private final Transactions tx;
    private final AccountPlaces accounts;
    private final Readings readings;

    public MeterAdministrationService(MetersData data, AccountPlaces accounts, Readings readings) {
        this.data = data;
        this.store = data.store();
        this.tx = data.tx();
        this.accounts = accounts;
        this.readings = readings;
    }

    /** Active first, then by resource and serial number. */
    static final Comparator<Meter> ORDER = Comparator.comparing((Meter m) -> m.state() != MeterState.ACTIVE)
            .thenComparing(Meter::resource).thenComparing(Meter::serialNumber).thenComparing(Meter::id);

    // ---- meters -----------------------------------------------------------------------------------

    @Override
    public List<Meter> meters(String accountId) {
        if (accountId != null) {
            place(accountId);
        }
        return tx.inTransaction(() -> store.meters(accountId)).stream().sorted(ORDER).toList();
    }

    @Override
    public List<Meter> meters(int offset, int limit) {
        page(offset, limit);
        return limit == 0 ? List.of() : tx.inTransaction(() -> store.meters(offset, limit));
    }

    @Override
    public int countMeters() {
        return tx.inTransaction(store::countMeters);
    }

    @Override
    public Meter meter(String meterId) {
        return tx.inTransaction(() -> store.meter(meterId)).orElseThrow(() -> new NotFoundException("meters.meter.unknown"));
    }

    private AccountPlaces.Place place(String accountId) {
        return (accountId == null ? Optional.<AccountPlaces.Place>empty() : accounts.account(accountId))
                .orElseThrow(() -> new NotFoundException("meters.account.unknown"));
    }

    @Override
    public Meter add(MeterInput input, String by) {
        List<MeterRules.Problem> problems = MeterRules.check(input, data.today());
        if (!problems.isEmpty()) {
            throw problems.get(0).error();
        }
        AccountPlaces.Place account = place(input.accountId());
        Meter meter = fresh(input, account.id());
        Meter stored = tx.inTransaction(() -> {
            serialFree(meter);
            store.insertMeter(meter, data.now().toEpochMilli());
            data.audit(by, "METER_ADDED", meter.id(), Readings.meterName(meter) + ", л/с " + account.number() + ": " + facts(meter));
            return meter;
        });
        data.changes().changed(meter.accountId(), meter.resource());
        return stored;
    }

    private static Meter fresh(MeterInput in, String accountId) {
        return new Meter(UUID.randomUUID().toString(), accountId, in.resource(), in.serialNumber().strip(), strip(in.place()), in.zones(),
                in.digits(), in.installedOn(), in.verificationDue(), MeterState.ACTIVE, scaled(in.initialValues()), "");
    }

    private static List<BigDecimal> scaled(List<BigDecimal> values) {
        return values.stream().map(v -> v.setScale(3, RoundingMode.UNNECESSARY)).toList();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** Serial numbers are unique among the active meters of a resource. */
    private void serialFree(Meter meter) {
        if (meter.state() == MeterState.ACTIVE && store.activeBySerial(meter.serialNumber()).stream()
                .anyMatch(m -> m.resource() == meter.resource() && !m.id().equals(meter.id()))) {
            throw new InputError("serialNumber", "meters.serial.taken", "meters.serial.taken", meter.serialNumber());
        }
    }

    /** «1 зона, 5 знаков, установлен 01.10.2026, поверка до 01.10.2032, начальные 0 / 0». */
    private static String facts(Meter m) {
        return m.zones() + (m.zones() == 1 ? " зона" : " зоны") + ", " + m.digits() + " знаков, установлен " + RussianText.date(m.installedOn())
                + (m.verificationDue() == null ? "" : ", поверка до " + RussianText.date(m.verificationDue()))
                + ", начальные " + m.initialValues().stream().map(RussianText::number).collect(Collectors.joining(" / "));
    }

    @Override
    public Meter update(String meterId, MeterInput input, String by) {
        Meter old = meter(meterId);
        MeterInput in = new MeterInput(old.accountId(), old.resource(), input.serialNumber(), input.place(), input.zones(), input.digits(),
                input.installedOn(), input.verificationDue(), input.initialValues());
        List<MeterRules.Problem> problems = MeterRules.check(in, data.today());
        if (!problems.isEmpty()) {
            throw problems.get(0).error();
        }
        Meter changed = new Meter(old.id(), old.accountId(), old.resource(), in.serialNumber().strip(), strip(in.place()), in.zones(),
                in.digits(), in.installedOn(), in.verificationDue(), old.state(), scaled(in.initialValues()), old.name());
        Meter stored = tx.inTransaction(() -> {
            List<Reading> history = store.readings(meterId);
            if (changed.zones() != old.zones() && !history.isEmpty()) {
                throw new InputError("zones", "meters.zones", "meters.zones.locked");
            }
            serialFree(changed);
            store.updateMeter(changed);
            data.audit(by, "METER_CHANGED", meterId, Readings.meterName(old) + ": " + difference(old, changed));
            return changed;
        });
        data.changes().changed(old.accountId(), old.resource());
        return stored;
    }

    private static String difference(Meter a, Meter b) {
        List<String> changes = new ArrayList<>();
        note(changes, "номер", a.serialNumber(), b.serialNumber());
        note(changes, "место", a.place(), b.place());
        note(changes, "зоны", a.zones(), b.zones());
        note(changes, "знаков", a.digits(), b.digits());
        note(changes, "установлен", RussianText.date(a.installedOn()), RussianText.date(b.installedOn()));
        note(changes, "поверка", a.verificationDue() == null ? "—" : RussianText.date(a.verificationDue()),
                b.verificationDue() == null ? "—" : RussianText.date(b.verificationDue()));
        note(changes, "начальные", a.initialValues().stream().map(RussianText::number).collect(Collectors.joining(" / ")),
                b.initialValues().stream().map(RussianText::number).collect(Collectors.joining(" / ")));
        return changes.isEmpty() ? "без изменений" : String.join(", ", changes);
    }

    private static void note(List<String> changes, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + " " + before + " → " + after);
        }
    }

    @Override
    public Meter archive(String meterId, String by) {
        Meter old = meter(meterId);
        if (old.state() == MeterState.ARCHIVED) {
            return old;
        }
        Meter archived = new Meter(old.id(), old.accountId(), old.resource(), old.serialNumber(), old.place(), old.zones(), old.digits(),
                old.installedOn(), old.verificationDue(), MeterState.ARCHIVED, old.initialValues(), old.name());
        tx.inTransaction(() -> {
            store.updateMeter(archived);
            data.audit(by, "METER_ARCHIVED", meterId, Readings.meterName(old));
            return null;
        });
        data.changes().changed(old.accountId(), old.resource());
        return archived;
    }

    @Override
    public ImportResult importMeters(byte[] csv, String by) {
        CsvImport.Result<MeterRegistry.Line> read = new MeterRegistry(accounts.finder(), data.today()).read(text(csv));
        if (!read.accepted()) {
            return rejected(read.problems());
        }
        List<ImportResult.LineProblem> problems = new ArrayList<>();
        Map<String, Integer> inFile = new HashMap<>();
        for (MeterRegistry.Line line : read.rows()) {
            String key = line.meter().resource() + "|" + line.meter().serialNumber().strip();
            Integer first = inFile.putIfAbsent(key, line.line());
            if (first != null) {
                problems.add(new ImportResult.LineProblem(line.line(), "счётчик " + line.meter().serialNumber().strip()
                        + " этого ресурса уже есть в строке " + first));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportResult(0, problems);
        }
        List<Meter> meters = read.rows().stream().map(l -> fresh(l.meter(), l.meter().accountId())).toList();
        try {
            tx.inTransaction(() -> {
                for (int i = 0; i < meters.size(); i++) {
                    try {
                        serialFree(meters.get(i));
                    } catch (InputError taken) {
                        problems.add(new ImportResult.LineProblem(read.rows().get(i).line(), "действующий счётчик " + meters.get(i).serialNumber()
                                + " (" + meters.get(i).resource().nameRu().toLowerCase() + ") уже есть"));
                    }
                }
                if (!problems.isEmpty()) {
                    throw new Rejected(problems);
                }
                long now = data.now().toEpochMilli();
                meters.forEach(m -> store.insertMeter(m, now));
                data.audit(by, "METERS_IMPORTED", null, "счётчиков из файла: " + meters.size());
                return null;
            });
        } catch (Rejected rejected) {
            return new ImportResult(0, rejected.problems);
        }
        meters.forEach(m -> data.changes().changed(m.accountId(), m.resource()));
        return new ImportResult(meters.size(), List.of());
    }

    /** Rolls a file's transaction back, carrying its problems out. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<ImportResult.LineProblem> problems;

        Rejected(List<ImportResult.LineProblem> problems) {
            super("file rejected", null, false, false);
            this.problems = List.copyOf(problems);
        }
    }

    private static String text(byte[] csv) {
        return csv == null ? "" : new String(csv, StandardCharsets.UTF_8);
    }

    private static ImportResult rejected(List<CsvImport.Problem> problems) {
        return new ImportResult(0, problems.stream().map(p -> new ImportResult.LineProblem(p.line(), p.reason())).toList());
    }

    // ---- readings ---------------------------------------------------------------------------------

    @Override
    public List<Reading> readings(YearMonth period) {
        if (period == null) {
            throw new ValidationException("period", "meters.period");
        }
        return tx.inTransaction(() -> store.current(period));
    }

    @Override
    public byte[] exportReadings(YearMonth period) {
        List<Reading> current = readings(period);
        Map<String, Meter> meters = tx.inTransaction(() -> store.meters((String) null)).stream()
                .collect(Collectors.toMap(Meter::id, Function.identity()));
        return ReadingExport.csv(current, meters, current.isEmpty() ? Map.of() : accounts.all());
    }

    @Override
    public Reading submit(String meterId, Submission submission, String by) {
        Meter meter = meter(meterId);
        AccountPlaces.Place place = place(meter.accountId());
        List<BigDecimal> values = Readings.checkValues(meter, submission == null ? null : submission.values());
        LocalDate day = readings.checkTakenOn(meter, submission.takenOn());
        Reading r = tx.inTransaction(() -> {
            Reading stored = readings.store(meter, place, values, day, ReadingSource.STAFF, by);
            data.audit(by, "READING_BY_STAFF", meterId, Readings.describe(meter, stored));
            return stored;
        });
        data.changes().changed(meter.accountId(), meter.resource());
        return r;
    }

    @Override
    public ImportResult importReadings(byte[] csv, String by) {
        CsvImport.Result<ReadingRegistry.Line> read = ReadingRegistry.read(text(csv));
        if (!read.accepted()) {
            return rejected(read.problems());
        }
        Map<String, AccountPlaces.Place> places = new HashMap<>();
        Set<Meter> touched = new HashSet<>();
        List<ImportResult.LineProblem> problems = new ArrayList<>();
        int[] counts = new int[2];
        try {
            tx.inTransaction(() -> {
                for (ReadingRegistry.Line line : read.rows()) {
                    String problem = importLine(line, places, touched, counts, by);
                    if (problem != null) {
                        problems.add(new ImportResult.LineProblem(line.line(), problem));
                    }
                }
                if (!problems.isEmpty()) {
                    throw new Rejected(problems);
                }
                data.audit(by, "READINGS_IMPORTED", null, "показаний из файла: " + read.rows().size() + ", принято " + counts[0]
                        + ", на проверку " + counts[1]);
                return null;
            });
        } catch (Rejected rejected) {
            return new ImportResult(0, rejected.problems);
        }
        touched.forEach(m -> data.changes().changed(m.accountId(), m.resource()));
        return new ImportResult(read.rows().size(), List.of());
    }

    /** Stores one line of a readings file, or says what is wrong with it. */
    private String importLine(ReadingRegistry.Line line, Map<String, AccountPlaces.Place> places, Set<Meter> touched, int[] counts, String by) {
        List<Meter> found = store.activeBySerial(line.serial()).stream()
                .filter(m -> line.resource() == null || m.resource() == line.resource()).toList();
        if (found.isEmpty()) {
            return "действующего счётчика с номером " + line.serial() + " нет";
        }
        if (found.size() > 1) {
            return "номер " + line.serial() + " у счётчиков разных ресурсов: добавьте столбец resource";
        }
        Meter meter = found.get(0);
        List<BigDecimal> values;
        LocalDate day;
        AccountPlaces.Place place;
        try {
            values = Readings.checkValues(meter, line.values());
            day = readings.checkTakenOn(meter, line.takenOn());
            place = places.computeIfAbsent(meter.accountId(), id -> place(id));
        } catch (ValidationException e) {
            return switch (e.textKey()) {
                case "meters.values.count" -> "у счётчика " + meter.zones() + " тарифн. зон(ы): столько и показаний";
                case "meters.values.digits" -> "показание не помещается в " + meter.digits() + " знаков до запятой";
                case "meters.takenOn.future" -> "дата показания ещё не наступила";
                case "meters.takenOn.installed" -> "дата показания раньше установки счётчика (" + RussianText.date(meter.installedOn()) + ")";
                default -> "показание — не число не меньше нуля с не более чем 3 знаками после запятой";
            };
        } catch (KabinetException e) {
            return "лицевой счёт счётчика не найден";
        }
        // outside the catches: a listener that fails fails the whole file, not this line with someone else's words
        Reading r = readings.store(meter, place, values, day, ReadingSource.IMPORT, by);
        if (r.status() == ReadingStatus.REJECTED) {
            return r.reason();
        }
        counts[r.status() == ReadingStatus.ACCEPTED ? 0 : 1]++;
        touched.add(meter);
        return null;
    }

    @Override
    public List<Reading> reviewQueue() {
        return readings.reviewQueue();
    }

    @Override
    public Reading review(String readingId, boolean accept, String reason, String by) {
        return readings.review(readingId, accept, reason, by);
    }

    // ---- windows ----------------------------------------------------------------------------------

    /** The company's first, then cities', then buildings'. */
    @Override
    public List<WindowRule> windows() {
        return data.windows().stream().sorted(Comparator.comparing(WindowRule::scope).thenComparing(WindowRule::scopeValue)).toList();
    }

    @Override
    public WindowRule setWindow(WindowRule rule, String by) {
        if (rule == null || rule.scope() == null) {
            throw new ValidationException("scope", "meters.window.scope");
        }
        if (rule.fromDay() < 1 || rule.toDay() > 31 || rule.fromDay() > rule.toDay()) {
            throw new ValidationException("fromDay", "meters.window.days");
        }
        if (rule.mode() == null) {
            throw new ValidationException("mode", "meters.window.mode");
        }
        WindowRule clean = new WindowRule(rule.scope(), scopeValue(rule.scope(), rule.scopeValue()), rule.fromDay(), rule.toDay(), rule.mode());
        return tx.inTransaction(() -> {
            store.saveWindow(clean);
            data.audit(by, "WINDOW_SET", null, describe(clean));
            return clean;
        });
    }

    @Override
    public void removeWindow(WindowRule.Scope scope, String scopeValue, String by) {
        if (scope == null || scope == WindowRule.Scope.COMPANY) {
            throw new ValidationException("scope", "meters.window.company");
        }
        String value = scopeValue(scope, scopeValue);
        tx.inTransaction(() -> {
            if (!store.removeWindow(scope, value)) {
                throw new NotFoundException("meters.window.unknown");
            }
            data.audit(by, "WINDOW_REMOVED", null, where(scope, value));
            return null;
        });
    }

    /** The company's is empty; a city's is its id (given by id or name); a building's is the address without the flat. */
    private String scopeValue(WindowRule.Scope scope, String value) {
        String v = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        return switch (scope) {
            case COMPANY -> "";
            case CITY -> {
                if (v.isEmpty()) {
                    throw new ValidationException("scopeValue", "meters.window.scope");
                }
                yield accounts.cityId(v).orElseThrow(() -> new InputError("scopeValue", "meters.window.city", "meters.window.city", v));
            }
            case BUILDING -> {
                String building = WindowCalendar.building(v);
                if (building.isEmpty() || building.length() > 200) {
                    throw new ValidationException("scopeValue", "meters.window.scope");
                }
                yield building;
            }
        };
    }

    private static String describe(WindowRule r) {
        return where(r.scope(), r.scopeValue()) + ": " + r.fromDay() + "–" + r.toDay() + " число, "
                + (r.mode() == WindowRule.Mode.SOFT ? "мягкое (позже — в следующий период)" : "строгое (позже — отказ)");
    }

    private static String where(WindowRule.Scope scope, String value) {
        return switch (scope) {
            case COMPANY -> "Компания";
            case CITY -> "Город " + value;
            case BUILDING -> "Дом " + value;
        };
    }

    @Override
    public List<MeterAudit> audit(int limit) {
        return tx.inTransaction(() -> store.audit(0, Math.max(1, Math.min(limit, 1000))));
    }

    @Override
    public List<MeterAudit> audit(int offset, int limit) {
        page(offset, limit);
        return limit == 0 ? List.of() : tx.inTransaction(() -> store.audit(offset, limit));
    }

    @Override
    public int countAudit() {
        return tx.inTransaction(store::countAudit);
    }

    @Override
    public List<Reading> reviewQueue(int offset, int limit) {
        page(offset, limit);
        return limit == 0 ? List.of() : tx.inTransaction(() -> store.flagged(offset, limit));
    }

    @Override
    public int countReviewQueue() {
        return tx.inTransaction(store::countFlagged);
    }

    @Override
    public java.util.Map<String, Meter> metersById(java.util.Collection<String> ids) {
        return ids.isEmpty() ? java.util.Map.of() : tx.inTransaction(() -> store.metersById(ids)).stream()
                .collect(java.util.stream.Collectors.toMap(Meter::id, m -> m, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static void page(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new ValidationException("page", "page.invalid");
        }
    }
}
