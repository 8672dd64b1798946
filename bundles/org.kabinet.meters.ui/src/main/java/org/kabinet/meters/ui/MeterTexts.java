package org.kabinet.meters.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.Resource;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.meters.api.WindowState;

/**
 * Meters and readings in words, as the pages show them: «12 345,6 м³», «день 123 · ночь 45», «20–25
 * ноября», «Приём показаний: 20–25 ноября, открыт», what the verification date means, whether this
 * period's reading is in. Plain functions of their arguments, so tests need no browser.
 */
final class MeterTexts {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    /** A meter whose verification is due within this many days is flagged on the page. */
    static final int VERIFICATION_WARNING_DAYS = 30;

    private MeterTexts() {
    }

    /** How a line of the page looks: plain, a warning (amber), an error (red), a success (green). */
    enum Tone {
        PLAIN(""), OK("kabinet-ok"), WARNING("kabinet-warning"), ERROR("kabinet-error");

        final String style;

        Tone(String style) {
            this.style = style;
        }
    }

    /** A sentence and how it looks. */
    record Note(String text, Tone tone) {
    }

    /** A reading or a volume as people read it: «12 345,6» (English «12,345.6»). */
    static String number(BigDecimal value, Messages m) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(m.english() ? Locale.ENGLISH : m.locale()));
        return format.format(value);
    }

    /** A value as one types it into a field: «12345,6», no grouping. */
    static String typed(BigDecimal value, Messages m) {
        String plain = value.stripTrailingZeros().toPlainString();
        return m.english() ? plain : plain.replace('.', ',');
    }

    static String resource(Resource resource, Messages m) {
        return m.english() ? m.get("meters.resource." + resource.name()) : resource.nameRu();
    }

    static String unit(Resource resource, Messages m) {
        return m.english() ? m.get("meters.unit." + resource.name()) : resource.unit();
    }

    /** The caption of a value field: «Показание, м³» for one zone, «День, кВт·ч» … for several. */
    static String zoneCaption(int zone, Meter meter, Messages m) {
        String unit = unit(meter.resource(), m);
        return meter.zones() == 1 ? m.get("meters.value", unit) : m.get("meters.zoneValue", m.get("meters.zone." + zone), unit);
    }

    /** The values of a reading: «123,4» for one zone, «день 123 · ночь 45» for several. */
    static String values(List<BigDecimal> values, Messages m) {
        if (values.size() == 1) {
            return number(values.get(0), m);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            parts.add(m.get("meters.zoneShort." + (i + 1)) + " " + number(values.get(i), m));
        }
        return String.join(" · ", parts);
    }

    /** «Холодная вода, м³». */
    static String kind(Meter meter, Messages m) {
        return kind(meter.resource(), m);
    }

    static String kind(Resource resource, Messages m) {
        return resource(resource, m) + ", " + unit(resource, m);
    }

    /** The meter's heading: the tenant's own name first when there is one — «Кухня — холодная вода, м³». */
    static String title(Meter meter, Messages m) {
        return meter.name().isBlank() ? kind(meter, m) : m.get("meters.named", meter.name(), kind(meter, m));
    }

    /** «№ 12345678 · Ванная · 2 зоны». */
    static String details(Meter meter, Messages m) {
        List<String> parts = new ArrayList<>();
        parts.add(m.get("meters.serial", meter.serialNumber()));
        if (!meter.place().isBlank()) {
            parts.add(meter.place());
        }
        if (meter.zones() > 1) {
            parts.add(m.get("meters.zones", meter.zones()));
        }
        return String.join(" · ", parts);
    }

    /** The verification date and, when it is near or past, what it means and what to do. */
    static Note verification(Meter meter, LocalDate today, Messages m) {
        LocalDate due = meter.verificationDue();
        if (due == null) {
            return new Note("", Tone.PLAIN);
        }
        long days = ChronoUnit.DAYS.between(today, due);
        if (days < 0) {
            return new Note(m.get("meters.verificationOverdue", DAY.format(due)), Tone.ERROR);
        }
        if (days <= VERIFICATION_WARNING_DAYS) {
            return new Note(m.get("meters.verificationSoon", DAY.format(due), days), Tone.WARNING);
        }
        return new Note(m.get("meters.verificationDue", DAY.format(due)), Tone.PLAIN);
    }

    static String status(ReadingStatus status, Messages m) {
        return m.get("meters.status." + status.name());
    }

    /** The history's status column: the status, and «заменено» for a reading a later one of its period replaced. */
    static String statusInHistory(Reading r, Set<String> replaced, Messages m) {
        return replaced.contains(r.id()) ? m.get("meters.replaced") : status(r.status(), m);
    }

    /**
     * The readings a later one of the same period replaced: not current, and not the newest of their period (a
     * reading staff rejected on review is not current either, yet it is what the tenant last sent).
     */
    static Set<String> replaced(List<Reading> history) {
        Map<YearMonth, Reading> newest = new HashMap<>();
        for (Reading r : history) {
            newest.merge(r.period(), r, (a, b) -> a.submittedAt().isAfter(b.submittedAt()) ? a : b);
        }
        return history.stream().filter(r -> !r.current() && newest.get(r.period()) != r).map(Reading::id).collect(Collectors.toSet());
    }

    static String source(Reading r, Messages m) {
        return switch (r.source()) {
            case TOKEN -> m.get("meters.source.TOKEN", r.by());
            case STAFF -> m.get("meters.source.STAFF");
            default -> m.get("meters.source." + r.source().name());
        };
    }

    /** «ноябрь 2026». */
    static String month(YearMonth month, Messages m) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", m.locale()).format(month);
    }

    /** «ноя 26», for the chart's axis. */
    static String shortMonth(YearMonth month, Messages m) {
        return DateTimeFormatter.ofPattern("LLL yy", m.locale()).format(month);
    }

    /** «25 ноября» (English «25 November»). */
    static String dayMonth(LocalDate day, Messages m) {
        return DateTimeFormatter.ofPattern("d MMMM", m.locale()).format(day);
    }

    /** «20–25 ноября», or «28 ноября – 3 декабря» across a month's end. */
    static String days(LocalDate opens, LocalDate closes, Messages m) {
        if (opens.getMonth() == closes.getMonth()) {
            return opens.getDayOfMonth() + "–" + dayMonth(closes, m);
        }
        return dayMonth(opens, m) + " – " + dayMonth(closes, m);
    }

    /**
     * The window as a sentence: «Приём показаний: 20–25 ноября, открыт», or closed with the next one and
     * what a reading sent now would do (soft: counts for the next period; strict: refused).
     */
    static Note window(WindowState w, Messages m) {
        String days = days(w.opens(), w.closes(), m);
        if (w.open()) {
            return new Note(m.get("meters.windowOpen", days), Tone.OK);
        }
        if (w.rule().mode() == WindowRule.Mode.STRICT || w.periodNow() == null) {
            return new Note(m.get("meters.windowClosedStrict", days), Tone.PLAIN);
        }
        return new Note(m.get("meters.windowClosedSoft", days, month(w.periodNow(), m)), Tone.PLAIN);
    }

    /** The period «this month's reading» means: the one a reading sent now counts for, or the next window's. */
    static YearMonth period(WindowState w) {
        return w.periodNow() != null ? w.periodNow() : YearMonth.from(w.opens());
    }

    /** The meter's latest reading of that period (accepted, flagged or rejected — also by staff on review), if any. */
    static Optional<Reading> readingOf(List<Reading> history, YearMonth period) {
        return history.stream().filter(r -> r.period().equals(period)).max(Comparator.comparing(Reading::submittedAt));
    }

    /** A reading that counts or will once staff check it: what «this period's reading is in» means. */
    static boolean isIn(Optional<Reading> reading) {
        return reading.filter(r -> r.status() != ReadingStatus.REJECTED).isPresent();
    }

    /** «За ноябрь 2026: 123,4 м³, снято 22.11.2026 — принято», or that it is still missing. */
    static Note periodState(List<Reading> history, YearMonth period, Meter meter, Messages m) {
        Optional<Reading> reading = readingOf(history, period);
        if (reading.isEmpty()) {
            return new Note(m.get("meters.periodMissing", month(period, m)), Tone.PLAIN);
        }
        Reading r = reading.get();
        String text = m.get("meters.periodIn", month(period, m), values(r.values(), m) + " " + unit(meter.resource(), m), DAY.format(r.takenOn()),
                status(r.status(), m).toLowerCase(m.locale()));
        return new Note(text, tone(r.status()));
    }

    static Tone tone(ReadingStatus status) {
        return switch (status) {
            case ACCEPTED -> Tone.OK;
            case FLAGGED -> Tone.WARNING;
            case REJECTED -> Tone.ERROR;
        };
    }

    /**
     * What became of a reading just sent, with the reason and what happens next: accepted; on review
     * (the answer will show here); not accepted (what to do).
     */
    static Note outcome(Reading r, Messages m) {
        String period = month(r.period(), m);
        return new Note(switch (r.status()) {
            case ACCEPTED -> m.get("meters.outcome.ACCEPTED", period, r.reason());
            case FLAGGED -> m.get("meters.outcome.FLAGGED", period, r.reason());
            case REJECTED -> m.get("meters.outcome.REJECTED", r.reason());
        }, tone(r.status()));
    }

    /** A string safe in an element id: letters, digits and dashes. */
    static String idPart(String text) {
        return text.replaceAll("[^A-Za-z0-9-]", "-");
    }

    /**
     * The part of the element ids that names a meter: its serial number, which the tenant reads on the
     * meter — with the account number added only when two of the tenant's meters share a serial.
     */
    static Map<Meter, String> domIds(List<Meter> meters, Map<String, String> accountNumbers) {
        Map<String, Long> perSerial = meters.stream().collect(Collectors.groupingBy(Meter::serialNumber, Collectors.counting()));
        Map<Meter, String> ids = new HashMap<>();
        for (Meter meter : meters) {
            String id = perSerial.get(meter.serialNumber()) > 1
                    ? meter.serialNumber() + "-" + accountNumbers.getOrDefault(meter.accountId(), meter.id())
                    : meter.serialNumber();
            ids.put(meter, idPart(id));
        }
        return ids;
    }
}
