package org.kabinet.meters.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.meters.api.ImportResult;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterAudit;
import org.kabinet.meters.api.MeterInput;
import org.kabinet.meters.api.MeterState;
import org.kabinet.meters.api.MonthlyConsumption;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.ReadingToken;
import org.kabinet.meters.api.Resource;
import org.kabinet.meters.api.Submission;
import org.kabinet.meters.api.SubmissionPreview;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.meters.api.WindowState;

/**
 * The JSON shapes of the meters module's REST resources and the parsing of what comes in: values as
 * JSON numbers (a string with a decimal comma is taken too), dates yyyy-MM-dd, periods yyyy-MM, instants
 * ISO-8601. Plain Java, so every parsing rule is unit-tested.
 */
final class MeterBodies {
    /** A meter with more zones does not exist; more values than this is not a reading. */
    static final int MAX_VALUES = 3;
    /** Digits before the decimal point a value may have (12: far past any meter's roll-over). */
    private static final int MAX_INTEGER_DIGITS = 12;
    /** Digits after it (a meter shows at most 3; a smart meter may send more). */
    private static final int MAX_FRACTION_DIGITS = 6;
    /** When staff leave it out: one zone, five digits before the point (a water meter). */
    static final int DEFAULT_ZONES = 1;
    static final int DEFAULT_DIGITS = 5;

    private MeterBodies() {
    }

    // ---- parsing ----------------------------------------------------------------------------------

    static YearMonth period(String text, String field) {
        try {
            return text == null || text.isBlank() ? null : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "meters.request.period");
        }
    }

    static YearMonth requiredPeriod(String text, String field) {
        YearMonth period = period(text, field);
        if (period == null) {
            throw new ValidationException(field, "meters.request.period");
        }
        return period;
    }

    static LocalDate date(String text, String field) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "meters.request.date");
        }
    }

    /** An enum constant by name, case and dashes forgiven ({@code cold-water} is COLD_WATER); null stays null. */
    static <E extends Enum<E>> E named(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw notAChoice(type, text.strip(), field);
        }
    }

    static <E extends Enum<E>> E requiredNamed(Class<E> type, String text, String field) {
        E value = named(type, text, field);
        if (value == null) {
            throw notAChoice(type, "", field);
        }
        return value;
    }

    private static <E extends Enum<E>> ValidationException notAChoice(Class<E> type, String text, String field) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        return new ValidationException(field, "meters.request.choice", text, String.join(", ", names));
    }

    /**
     * The values of a reading, one per tariff zone. A value is a JSON number or a string holding one
     * («123,45» with a comma, spaces between thousands); anything else, or none at all, is
     * {@code meters.request.values}. Whether the count fits the meter and the values its rules is the
     * domain's to say.
     */
    static List<BigDecimal> values(List<String> values, String field) {
        if (values == null || values.isEmpty() || values.size() > MAX_VALUES) {
            throw new ValidationException(field, "meters.request.values");
        }
        List<BigDecimal> numbers = new ArrayList<>(values.size());
        for (String value : values) {
            numbers.add(number(value, field));
        }
        return numbers;
    }

    /** One value of a reading (see {@link #values}). */
    static BigDecimal number(String text, String field) {
        if (text == null) {
            throw new ValidationException(field, "meters.request.values");
        }
        String plain = text.strip().replace(',', '.').replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        BigDecimal number;
        try {
            number = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "meters.request.values");
        }
        BigDecimal tidy = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        if (tidy.precision() - tidy.scale() > MAX_INTEGER_DIGITS || tidy.scale() > MAX_FRACTION_DIGITS) {
            throw new ValidationException(field, "meters.request.values");
        }
        return tidy.scale() < 0 ? tidy.setScale(0) : tidy;
    }

    /** The reading in a body: {@code values} (or {@code value} for a meter of one zone) and {@code takenOn}. */
    static Submission submission(SubmissionBody body) {
        List<String> values = body.values();
        if ((values == null || values.isEmpty()) && body.value() != null) {
            values = List.of(body.value());
        }
        return new Submission(values(values, "values"), date(body.takenOn(), "takenOn"));
    }

    /** Months of consumption to show: 1 to 120, 12 when not given. */
    static int months(Integer months) {
        if (months == null) {
            return 12;
        }
        if (months < 1 || months > 120) {
            throw new ValidationException("months", "meters.request.months");
        }
        return months;
    }

    /**
     * The meter a body names among the tenant's own: by id, else by serial number (case and spaces
     * forgiven; an active meter before an archived one with the same serial). Nothing of the tenant's:
     * 404 {@code meters.request.meterUnknown}; two active meters with that serial: 422
     * {@code meters.request.meterAmbiguous} (name it by id).
     */
    static Meter pick(List<Meter> meters, String idOrSerial) {
        if (idOrSerial == null || idOrSerial.isBlank()) {
            throw new ValidationException("meter", "meters.request.meter");
        }
        String wanted = idOrSerial.strip();
        for (Meter m : meters) {
            if (m.id().equals(wanted)) {
                return m;
            }
        }
        String serial = serialKey(wanted);
        List<Meter> same = meters.stream().filter(m -> serialKey(m.serialNumber()).equals(serial)).toList();
        List<Meter> active = same.stream().filter(m -> m.state() == MeterState.ACTIVE).toList();
        if (active.size() > 1) {
            throw new ValidationException("meter", "meters.request.meterAmbiguous", wanted);
        }
        if (active.size() == 1) {
            return active.get(0);
        }
        if (!same.isEmpty()) {
            return same.get(0);
        }
        throw new KabinetException(Failure.NOT_FOUND, "meters.request.meterUnknown", "meter", wanted);
    }

    private static String serialKey(String serial) {
        return serial == null ? "" : serial.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Whether a staff request for a period's readings wants the CSV export rather than JSON. */
    static boolean wantsCsv(String format, List<MediaType> acceptable) {
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (f.equals("csv")) {
                return true;
            }
            if (f.equals("json")) {
                return false;
            }
            throw new ValidationException("format", "meters.request.choice", format.strip(), "json, csv");
        }
        for (MediaType type : acceptable == null ? List.<MediaType>of() : acceptable) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.getType().equalsIgnoreCase("text") && type.getSubtype().equalsIgnoreCase("csv")) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /** How many audit entries: 200 when not given, 1 to 1000. */
    static int limit(Integer limit) {
        return limit == null ? 200 : Math.max(1, Math.min(limit, 1000));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    // ---- the tenant's reading ---------------------------------------------------------------------

    /**
     * A reading to submit. {@code meter} (id or serial number) only for {@code POST /me/readings};
     * {@code value} is shorthand for {@code values: [value]} on a meter of one zone.
     */
    record SubmissionBody(String meter, List<String> values, String value, String takenOn) {
    }

    /**
     * What a submission answers: 201 with the reading when ACCEPTED or FLAGGED (the reason says what
     * happens next), 422 {@code meters.reading.rejected} with the reason as the message and the reading
     * (it is kept in the history) when REJECTED.
     */
    static Response submitted(Reading reading) {
        ReadingBody body = ReadingBody.of(reading);
        if (reading.status() == ReadingStatus.REJECTED) {
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new RejectedBody("meters.reading.rejected", reading.reason(), null, body)).build();
        }
        return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /** The one error body of the API with the refused reading beside it. */
    record RejectedBody(String code, String message, String field, ReadingBody reading) {
    }

    record ReadingBody(String id, String meterId, String period, String takenOn, String submittedAt, List<BigDecimal> values,
                       BigDecimal consumption, String status, String reason, String source, String by, boolean current) {
        static ReadingBody of(Reading r) {
            return r == null ? null : new ReadingBody(r.id(), r.meterId(), text(r.period()), text(r.takenOn()), text(r.submittedAt()),
                    r.values(), r.consumption(), r.status().name(), r.reason(), r.source().name(), r.by(), r.current());
        }
    }

    record PreviewBody(String period, boolean late, boolean refused, String message) {
        static PreviewBody of(SubmissionPreview p) {
            return new PreviewBody(text(p.period()), p.late(), p.refused(), p.message());
        }
    }

    record ConsumptionBody(String period, BigDecimal volume, String basis) {
        static ConsumptionBody of(MonthlyConsumption c) {
            return new ConsumptionBody(text(c.period()), c.volume(), c.basis().name());
        }
    }

    // ---- meters -----------------------------------------------------------------------------------

    record MeterBody(String id, String accountId, String resource, String resourceName, String unit, String serialNumber, String place,
                     int zones, int digits, String installedOn, String verificationDue, String state, List<BigDecimal> initialValues,
                     String name) {
        static MeterBody of(Meter m) {
            return m == null ? null : new MeterBody(m.id(), m.accountId(), m.resource().name(), m.resource().nameRu(), m.resource().unit(),
                    m.serialNumber(), m.place(), m.zones(), m.digits(), text(m.installedOn()), text(m.verificationDue()), m.state().name(),
                    m.initialValues(), m.name());
        }
    }

    /** A meter as its tenant sees it: the meter and its newest reading (null before the first). */
    record MyMeterBody(String id, String accountId, String resource, String resourceName, String unit, String serialNumber, String place,
                       int zones, int digits, String installedOn, String verificationDue, String state, String name,
                       ReadingBody lastReading) {
        static MyMeterBody of(Meter m, Reading last) {
            return new MyMeterBody(m.id(), m.accountId(), m.resource().name(), m.resource().nameRu(), m.resource().unit(),
                    m.serialNumber(), m.place(), m.zones(), m.digits(), text(m.installedOn()), text(m.verificationDue()), m.state().name(),
                    m.name(), ReadingBody.of(last));
        }
    }

    /** One account's meters and its submission window as of now. */
    record AccountMetersBody(String accountId, String accountNumber, String address, WindowStateBody window, List<MyMeterBody> meters) {
    }

    /** The newest reading that counts or waits (the current one of its period), else the newest of all. */
    static Reading last(List<Reading> historyNewestFirst) {
        for (Reading r : historyNewestFirst) {
            if (r.current()) {
                return r;
            }
        }
        return historyNewestFirst.isEmpty() ? null : historyNewestFirst.get(0);
    }

    record NameBody(String name) {
    }

    /**
     * A meter as staff enter it. For a change ({@code PUT}) every field left out keeps the meter's value;
     * the account and the resource of a meter never change. For a new one, {@code zones} defaults to 1,
     * {@code digits} to 5 and {@code initialValues} to zeros.
     */
    record MeterInputBody(String accountId, String resource, String serialNumber, String place, Integer zones, Integer digits,
                          String installedOn, String verificationDue, List<String> initialValues) {
        MeterInput toNew(String accountFromQuery) {
            String account = accountId != null && !accountId.isBlank() ? accountId.strip()
                    : accountFromQuery == null || accountFromQuery.isBlank() ? null : accountFromQuery.strip();
            if (account == null) {
                throw new ValidationException("accountId", "meters.request.account");
            }
            int z = zones == null ? DEFAULT_ZONES : zones;
            return new MeterInput(account, requiredNamed(Resource.class, resource, "resource"), trimmed(serialNumber), trimmed(place), z,
                    digits == null ? DEFAULT_DIGITS : digits, date(installedOn, "installedOn"), date(verificationDue, "verificationDue"),
                    initialValues == null ? zeros(z) : values(initialValues, "initialValues"));
        }

        MeterInput over(Meter current) {
            return new MeterInput(current.accountId(), current.resource(),
                    serialNumber == null ? current.serialNumber() : serialNumber.strip(), place == null ? current.place() : place.strip(),
                    zones == null ? current.zones() : zones, digits == null ? current.digits() : digits,
                    installedOn == null ? current.installedOn() : date(installedOn, "installedOn"),
                    verificationDue == null ? current.verificationDue() : date(verificationDue, "verificationDue"),
                    initialValues == null ? current.initialValues() : values(initialValues, "initialValues"));
        }
    }

    static List<BigDecimal> zeros(int zones) {
        return Collections.nCopies(Math.max(1, Math.min(zones, MAX_VALUES)), BigDecimal.ZERO);
    }

    private static String trimmed(String text) {
        return text == null ? null : text.strip();
    }

    /** A reading with the meter it belongs to (the review queue, a period's readings). */
    record ReadingWithMeter(ReadingBody reading, MeterBody meter) {
    }

    /** Staff's decision on a flagged reading; a rejection needs the reason the tenant will read. */
    record ReviewBody(Boolean accept, String reason) {
        boolean accepted() {
            if (accept == null) {
                throw new ValidationException("accept", "meters.request.accept");
            }
            return accept;
        }
    }

    record AuditBody(String at, String by, String action, String meterId, String detail) {
        static AuditBody of(MeterAudit a) {
            return new AuditBody(text(a.at()), a.by(), a.action(), a.meterId(), a.detail());
        }
    }

    /** What an import stored. */
    record ImportBody(int stored) {
    }

    /** An import refused as a whole: every bad line (0: the file itself) and nothing stored. */
    record ImportRejected(String code, String message, String field, List<ImportResult.LineProblem> problems) {
    }

    // ---- windows ----------------------------------------------------------------------------------

    /** A window rule: {@code scope} COMPANY, CITY (scopeValue: the city id) or BUILDING (the address); mode SOFT when left out. */
    record WindowBody(String scope, String scopeValue, Integer fromDay, Integer toDay, String mode) {
        static WindowBody of(WindowRule w) {
            return w == null ? null : new WindowBody(w.scope().name(), w.scopeValue(), w.fromDay(), w.toDay(), w.mode().name());
        }

        WindowRule toRule() {
            WindowRule.Scope s = requiredNamed(WindowRule.Scope.class, scope, "scope");
            if (fromDay == null) {
                throw new ValidationException("fromDay", "meters.request.days");
            }
            if (toDay == null) {
                throw new ValidationException("toDay", "meters.request.days");
            }
            WindowRule.Mode m = named(WindowRule.Mode.class, mode, "mode");
            String value = s == WindowRule.Scope.COMPANY || scopeValue == null ? "" : scopeValue.strip();
            return new WindowRule(s, value, fromDay, toDay, m == null ? WindowRule.Mode.SOFT : m);
        }
    }

    /**
     * An account's window as of now: {@code open}, this or the next window's {@code opens}/{@code closes},
     * and {@code periodNow}, the period a reading sent now counts for (null while a strict window is closed).
     */
    record WindowStateBody(WindowBody rule, boolean open, String opens, String closes, String periodNow) {
        static WindowStateBody of(WindowState w) {
            return w == null ? null : new WindowStateBody(WindowBody.of(w.rule()), w.open(), text(w.opens()), text(w.closes()),
                    text(w.periodNow()));
        }
    }

    // ---- personal tokens --------------------------------------------------------------------------

    record TokenInput(String name, String expiresOn) {
    }

    record TokenBody(String id, String name, String createdAt, String expiresAt, String lastUsedAt, boolean revoked) {
        static TokenBody of(ReadingToken t) {
            return new TokenBody(t.id(), t.name(), text(t.createdAt()), text(t.expiresAt()), text(t.lastUsedAt()), t.revoked());
        }
    }

    /** A new token with its secret: the only time the secret is shown. */
    record CreatedTokenBody(String id, String name, String createdAt, String expiresAt, String secret) {
        static CreatedTokenBody of(ReadingToken t, String secret) {
            return new CreatedTokenBody(t.id(), t.name(), text(t.createdAt()), text(t.expiresAt()), Objects.requireNonNull(secret));
        }
    }
}
