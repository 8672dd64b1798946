package org.kabinet.meters.impl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterState;
import org.kabinet.meters.api.MonthlyConsumption;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingNotice;
import org.kabinet.meters.api.ReadingSource;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.SubmissionPreview;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.meters.api.WindowState;
import org.kabinet.meters.impl.jpa.JpaMeterStore;

/**
 * Readings as tenants and staff submit them: the input checked (a bad one is an error and nothing is
 * stored), the period found from the window, the outcome judged by {@link ReadingValidator} and stored
 * whatever it is. One reading counts per meter and period: an accepted or flagged one makes the
 * period's previous one no longer current (it stays in the history); a rejected one is kept beside it.
 * When a period's counted reading changes, the next period's consumption is worked out again. The
 * {@link org.kabinet.meters.api.MetersListener}s hear an accepted or flagged reading, and a flagged one staff
 * accept, in the transaction that stores it.
 */
public final class Readings {
    /** Reasons staff give a rejection: at most this long. */
    static final int REASON_LENGTH = 300;
    private final MetersData data;
    private final JpaMeterStore store;
    private final ReadingValidator validator;
    private final int dailyLimit;

    /**
     * @param flagFactor a reading whose monthly consumption is above this many times the meter's average is flagged
     * @param dailyLimit submissions a meter takes from tenants a day
     */
    public Readings(MetersData data, BigDecimal flagFactor, int dailyLimit) {
        this.data = data;
        this.store = data.store();
        this.validator = new ReadingValidator(flagFactor);
        this.dailyLimit = dailyLimit;
    }

    // ---- input ------------------------------------------------------------------------------------

    /**
     * The values as stored (3 decimals), or {@code meters.values}: one per zone, each a non-negative number
     * with at most 3 decimals below 10^digits.
     */
    public static List<BigDecimal> checkValues(Meter meter, List<BigDecimal> values) {
        if (values == null || values.size() != meter.zones()) {
            throw new InputError("values", "meters.values", "meters.values.count", meter.zones());
        }
        List<BigDecimal> clean = new ArrayList<>();
        for (BigDecimal v : values) {
            if (v == null || v.signum() < 0 || v.stripTrailingZeros().scale() > 3) {
                throw new InputError("values", "meters.values", "meters.values.number");
            }
            if (v.compareTo(BigDecimal.TEN.pow(meter.digits())) >= 0) {
                throw new InputError("values", "meters.values", "meters.values.digits", meter.digits());
            }
            clean.add(v.setScale(3, RoundingMode.UNNECESSARY));
        }
        return clean;
    }

    /** The day taken (today when null), or {@code meters.takenOn}: not in the future, not before installation. */
    public LocalDate checkTakenOn(Meter meter, LocalDate takenOn) {
        LocalDate today = data.today();
        LocalDate day = takenOn == null ? today : takenOn;
        if (day.isAfter(today)) {
            throw new InputError("takenOn", "meters.takenOn", "meters.takenOn.future");
        }
        if (day.isBefore(meter.installedOn())) {
            throw new InputError("takenOn", "meters.takenOn", "meters.takenOn.installed", RussianText.date(meter.installedOn()));
        }
        return day;
    }

    // ---- windows ----------------------------------------------------------------------------------

    public WindowRule rule(AccountPlaces.Place place) {
        return WindowCalendar.choose(store.windows(), place.cityId(), place.address());
    }

    public WindowState window(AccountPlaces.Place place) {
        return data.tx().inTransaction(() -> WindowCalendar.state(rule(place), data.today()));
    }

    /** What would become of a reading taken on that day and sent now by a tenant, told before sending. */
    public SubmissionPreview preview(Meter meter, AccountPlaces.Place place, LocalDate takenOn) {
        LocalDate day = checkTakenOn(meter, takenOn);
        if (meter.state() == MeterState.ARCHIVED || meter.verificationDue() != null && meter.verificationDue().isBefore(day)) {
            String reason = validator.judge(meter, new ReadingValidator.Candidate(meter.initialValues(), day, YearMonth.from(day), null, null),
                    List.of()).reason();
            return new SubmissionPreview(null, false, true, reason);
        }
        LocalDate today = data.today();
        WindowRule rule = data.tx().inTransaction(() -> rule(place));
        WindowCalendar.Placement p = WindowCalendar.place(rule, today);
        return new SubmissionPreview(p.period(), p.late(), p.refused(), WindowCalendar.preview(rule, today));
    }

    // ---- submitting -------------------------------------------------------------------------------

    /**
     * Stores a reading with its outcome. A tenant's ({@code CABINET}, {@code TOKEN}) counts for the period of
     * the window open now, else (soft) of the next one, else (strict) is refused; staff's ({@code STAFF},
     * {@code IMPORT}) for the period of the window containing the day taken, else of the next one, and is
     * never refused for the window.
     *
     * @throws ValidationException {@code meters.values}, {@code meters.takenOn}
     * @throws KabinetException TOO_MANY {@code meters.tooMany}: a tenant past the meter's daily limit
     */
    public Reading submit(Meter meter, AccountPlaces.Place place, List<BigDecimal> values, LocalDate takenOn, ReadingSource source,
                          String by) {
        List<BigDecimal> clean = checkValues(meter, values);
        LocalDate day = checkTakenOn(meter, takenOn);
        Reading stored = data.tx().inTransaction(() -> store(meter, place, clean, day, source, by));
        data.changes().changed(meter.accountId(), meter.resource());
        return stored;
    }

    /** As {@link #submit}, in the caller's transaction and without telling the changes (an import does that). */
    Reading store(Meter meter, AccountPlaces.Place place, List<BigDecimal> values, LocalDate day, ReadingSource source, String by) {
        boolean tenant = source == ReadingSource.CABINET || source == ReadingSource.TOKEN;
        LocalDate today = data.today();
        store.lockForSubmission(meter.id(), data.now().toEpochMilli());
        Meter fresh = store.meter(meter.id()).orElseThrow(() -> new NotFoundException("meters.meter.unknown"));
        if (tenant && store.submittedSince(meter.id(), today.atStartOfDay(data.zone()).toInstant().toEpochMilli()) >= dailyLimit) {
            throw new KabinetException(Failure.TOO_MANY, "meters.tooMany", null, dailyLimit);
        }
        WindowRule rule = rule(place);
        YearMonth period;
        String refusal = null;
        String note = null;
        if (tenant) {
            WindowCalendar.Placement p = WindowCalendar.place(rule, today);
            period = p.refused() ? YearMonth.from(p.opens()) : p.period();
            if (p.refused()) {
                refusal = WindowCalendar.strictRefusal(rule, p);
            } else if (p.late()) {
                YearMonth month = YearMonth.from(today);
                note = "Приём показаний за " + RussianText.month(month) + " закрыт "
                        + RussianText.dayMonth(WindowCalendar.closes(rule, month)) + ".";
            }
        } else {
            period = WindowCalendar.periodOf(rule, day);
        }
        List<Reading> history = store.readings(meter.id());
        ReadingValidator.Decision d = validator.judge(fresh, new ReadingValidator.Candidate(values, day, period, refusal, note), history);
        boolean counts = d.status() != ReadingStatus.REJECTED;
        Reading reading = new Reading(UUID.randomUUID().toString(), meter.id(), period, day, data.now(), values, d.consumption(),
                d.status(), d.reason(), source, by(by), counts);
        if (counts) {
            history.stream().filter(r -> r.current() && r.period().equals(period)).forEach(r -> store.updateReading(notCurrent(r)));
            d.superseded().forEach(r -> store.updateReading(notCurrent(r)));
        }
        store.insertReading(reading);
        if (counts) {
            recountAfter(fresh, period);
            ReadingNotice notice = notice(fresh, reading);
            if (reading.status() == ReadingStatus.FLAGGED) {
                data.listeners().forEach(l -> l.readingFlagged(notice));
            } else {
                data.listeners().forEach(l -> l.readingAccepted(notice));
            }
        }
        return reading;
    }

    /** The reading as listeners hear it: the reason only for a flagged one. */
    private static ReadingNotice notice(Meter meter, Reading r) {
        return new ReadingNotice(r.id(), meter.accountId(), meter.id(), meter.resource(), r.values(), r.takenOn(), r.period(), r.source(),
                r.status() == ReadingStatus.FLAGGED ? r.reason() : null);
    }

    /** Works the consumption of the first counted reading after {@code period} out again (its previous one may have changed). */
    private void recountAfter(Meter meter, YearMonth period) {
        List<Reading> history = store.readings(meter.id());
        ReadingValidator.counted(history).stream().filter(r -> r.period().isAfter(period)).findFirst().ifPresent(next -> {
            BigDecimal consumption = ReadingValidator.consumption(meter, next.values(), next.period(), history);
            if (next.consumption() == null || consumption.compareTo(next.consumption()) != 0) {
                store.updateReading(with(next, next.status(), consumption, next.reason(), true));
            }
        });
    }

    // ---- review -----------------------------------------------------------------------------------

    /** Current FLAGGED readings, oldest first. */
    public List<Reading> reviewQueue() {
        return data.tx().inTransaction(store::flagged);
    }

    /**
     * Accepts a flagged reading (it counts from now on), or rejects it with the staff's reason (the accepted
     * reading it had replaced counts again).
     */
    public Reading review(String readingId, boolean accept, String reason, String by) {
        String why = reason == null ? "" : reason.strip();
        if (!accept && (why.isEmpty() || why.length() > REASON_LENGTH)) {
            throw new ValidationException("reason", "meters.review.reason");
        }
        Meter[] meterRow = new Meter[1];
        Reading result = data.tx().inTransaction(() -> {
            Reading r = store.reading(readingId).orElseThrow(() -> new NotFoundException("meters.reading.unknown"));
            Meter meter = store.meter(r.meterId()).orElseThrow(() -> new NotFoundException("meters.meter.unknown"));
            store.lockForSubmission(meter.id(), data.now().toEpochMilli());
            r = store.reading(readingId).orElseThrow();
            if (r.status() != ReadingStatus.FLAGGED || !r.current()) {
                throw new ValidationException("id", "meters.review.notFlagged");
            }
            List<Reading> history = store.readings(meter.id());
            Reading done;
            if (accept) {
                BigDecimal consumption = ReadingValidator.consumption(meter, r.values(), r.period(), history);
                done = with(r, ReadingStatus.ACCEPTED, consumption, "Показание проверено и принято; будет учтено в "
                        + RussianText.inMonthYear(r.period()) + ".", true);
                store.updateReading(done);
            } else {
                done = with(r, ReadingStatus.REJECTED, null, "Показание отклонено после проверки: " + why, false);
                store.updateReading(done);
                String id = r.id();
                YearMonth period = r.period();
                history.stream().filter(h -> !h.id().equals(id) && h.period().equals(period) && h.status() == ReadingStatus.ACCEPTED)
                        .max(Comparator.comparing(Reading::submittedAt))
                        .ifPresent(h -> store.updateReading(with(h, h.status(), ReadingValidator.consumption(meter, h.values(), period,
                                store.readings(meter.id())), h.reason(), true)));
            }
            store.reviewed(r.id(), data.now().toEpochMilli(), by(by));
            recountAfter(meter, r.period());
            data.audit(by, accept ? "READING_ACCEPTED" : "READING_REJECTED", meter.id(), describe(meter, done)
                    + (accept ? "" : " — " + why));
            if (accept) {
                ReadingNotice notice = notice(meter, done);
                data.listeners().forEach(l -> l.readingAccepted(notice));
            }
            meterRow[0] = meter;
            return done;
        });
        data.changes().changed(meterRow[0].accountId(), meterRow[0].resource());
        return result;
    }

    // ---- history and consumption ------------------------------------------------------------------

    /** Newest first, replaced and rejected ones included. */
    public List<Reading> history(Meter meter) {
        List<Reading> all = new ArrayList<>(data.tx().inTransaction(() -> store.readings(meter.id())));
        all.sort(Comparator.comparing(Reading::submittedAt).thenComparing(Reading::period).reversed());
        return all;
    }

    /** The meter's consumption of the last {@code months} periods up to this month (1–120), oldest first. */
    public List<MonthlyConsumption> consumption(Meter meter, int months) {
        int n = Math.max(1, Math.min(120, months));
        return MeterVolumes.series(meter, data.tx().inTransaction(() -> store.readings(meter.id())), YearMonth.from(data.today()), n);
    }

    /** «ХВС № 123456 (кухня)»: a reading or a meter as the audit names it. */
    static String describe(Meter meter, Reading r) {
        return meterName(meter) + ", " + r.period() + ": " + r.values().stream().map(RussianText::number).reduce((a, b) -> a + " / " + b)
                .orElse("") + " от " + RussianText.date(r.takenOn()) + " — " + r.status();
    }

    static String meterName(Meter meter) {
        return meter.resource().nameRu() + " № " + meter.serialNumber() + (meter.place().isEmpty() ? "" : " (" + meter.place() + ")");
    }

    private static String by(String by) {
        String who = by == null || by.isBlank() ? "—" : by.strip();
        return who.length() > 100 ? who.substring(0, 100) : who;
    }

    private static Reading notCurrent(Reading r) {
        return with(r, r.status(), r.consumption(), r.reason(), false);
    }

    private static Reading with(Reading r, ReadingStatus status, BigDecimal consumption, String reason, boolean current) {
        return new Reading(r.id(), r.meterId(), r.period(), r.takenOn(), r.submittedAt(), r.values(), consumption, status, reason,
                r.source(), r.by(), current);
    }
}
