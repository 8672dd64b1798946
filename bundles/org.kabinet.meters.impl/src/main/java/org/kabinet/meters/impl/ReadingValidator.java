package org.kabinet.meters.impl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterState;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingStatus;

/**
 * What becomes of a well-formed reading, and why, in plain Russian: REJECTED for an archived meter, an
 * overdue verification, a closed strict window, a value below the previous counted reading (unless the
 * meter went round past 10^digits) or above a later counted one; FLAGGED when the monthly consumption is
 * more than {@code flagFactor} times the meter's own average over up to 6 earlier periods with counted
 * readings (at least 2 needed); ACCEPTED otherwise, zero consumption included.
 *
 * <p>A counted reading is a current ACCEPTED one. The previous counted reading of a period is the latest
 * one of an earlier period, else the values the meter was installed with. Consumption is the sum over the
 * tariff zones of the rise since it.
 */
public final class ReadingValidator {
    /** Earlier periods the flag threshold averages over, and the fewest it needs. */
    static final int FLAG_PERIODS = 6;
    static final int FLAG_MIN_PERIODS = 2;
    private static final BigDecimal ROLL_FROM = new BigDecimal("0.9");
    private static final BigDecimal ROLL_TO = new BigDecimal("0.1");
    private final BigDecimal flagFactor;

    public ReadingValidator(BigDecimal flagFactor) {
        this.flagFactor = flagFactor;
    }

    /**
     * A reading to judge: its values (already checked: one per zone, non-negative, fitting the digits), the
     * day taken, the period it would count for; {@code windowRefusal} the words of a closed strict window
     * (null when open or soft), {@code note} a sentence added to an acceptance (a late reading's window).
     */
    public record Candidate(List<BigDecimal> values, LocalDate takenOn, YearMonth period, String windowRefusal, String note) {
    }

    /**
     * The outcome: the consumption since the previous counted reading (null when rejected), the reason, and
     * the counted readings of later periods this one makes out of date (taken no later, yet lower).
     */
    public record Decision(ReadingStatus status, BigDecimal consumption, String reason, List<Reading> superseded) {
        public Decision {
            superseded = List.copyOf(superseded);
        }
    }

    /** Judges a candidate against the meter's history (its stored readings, any order). */
    public Decision judge(Meter meter, Candidate c, List<Reading> history) {
        if (meter.state() == MeterState.ARCHIVED) {
            return rejected("Счётчик снят с учёта: показания по нему не принимаются. Если счётчик установлен и работает, "
                    + "обратитесь в управляющую компанию.");
        }
        if (meter.verificationDue() != null && meter.verificationDue().isBefore(c.takenOn())) {
            return rejected("Срок поверки счётчика истёк " + RussianText.date(meter.verificationDue()) + ": показания по нему не "
                    + "принимаются. Закажите поверку и передайте акт о поверке в управляющую компанию — до этого объём считается "
                    + "по среднему, затем по нормативу.");
        }
        if (c.windowRefusal() != null) {
            return rejected(c.windowRefusal());
        }
        List<Reading> counted = counted(history);
        Previous previous = previous(meter, counted, c.period());
        String unit = meter.resource().unit();
        BigDecimal total = BigDecimal.ZERO;
        List<String> rolls = new ArrayList<>();
        for (int zone = 0; zone < meter.zones(); zone++) {
            BigDecimal now = c.values().get(zone);
            BigDecimal before = previous.values().get(zone);
            BigDecimal rise = now.subtract(before);
            if (rise.signum() < 0) {
                if (rollsOver(meter, before, now)) {
                    rise = BigDecimal.TEN.pow(meter.digits()).subtract(before).add(now);
                    rolls.add(zoneName(meter, zone, " в зоне ") + " (" + RussianText.number(before) + " → " + RussianText.number(now) + ")");
                } else {
                    return rejected("Показание" + zoneName(meter, zone, " зоны ") + " " + RussianText.volume(now, unit) + " меньше "
                            + previous.describe(zone, unit) + ". Проверьте цифры и передайте показание ещё раз; если счётчик "
                            + "заменили, сообщите в управляющую компанию.");
                }
            }
            total = total.add(rise);
        }
        // counted readings of later periods must not be below this one: one taken on this day or before is out
        // of date and stops counting (a late reading for next month, then one for this month); one taken after
        // it makes this one impossible
        List<Reading> superseded = new ArrayList<>();
        for (Reading later : counted) {
            if (!later.period().isAfter(c.period())) {
                continue;
            }
            int zone = firstAbove(meter, c.values(), later.values());
            if (zone < 0) {
                break;
            }
            if (later.takenOn().isAfter(c.takenOn())) {
                return rejected("Показание" + zoneName(meter, zone, " зоны ") + " " + RussianText.volume(c.values().get(zone), unit)
                        + " больше учтённого за " + RussianText.monthYear(later.period()) + " ("
                        + RussianText.volume(later.values().get(zone), unit) + " на " + RussianText.date(later.takenOn())
                        + "): показания не убывают. Проверьте дату и цифры.");
            }
            superseded.add(later);
        }
        BigDecimal consumption = total.setScale(3, RoundingMode.HALF_UP);
        String counts = "будет учтено в " + RussianText.inMonthYear(c.period());
        Optional<String> flag = flag(meter, counted, c.period(), previous.period(), consumption);
        if (flag.isPresent()) {
            return new Decision(ReadingStatus.FLAGGED, consumption, flag.get() + " Показание передано на проверку в управляющую "
                    + "компанию: после проверки оно " + counts + " или вам сообщат, почему нет." + outdated(superseded), superseded);
        }
        StringBuilder reason = new StringBuilder("Показание принято и ").append(counts).append('.');
        if (!rolls.isEmpty()) {
            reason.append(" Счётчик перешёл через ноль").append(String.join(", ", rolls)).append(": расход ")
                    .append(RussianText.volume(consumption, unit)).append('.');
        }
        if (c.note() != null) {
            reason.append(' ').append(c.note());
        }
        reason.append(outdated(superseded));
        return new Decision(ReadingStatus.ACCEPTED, consumption, reason.toString(), superseded);
    }

    /**
     * The consumption of a counted reading of {@code period} since the previous counted one (after history
     * changed): a zone below the previous value went round past 10^digits when that fits, else (a history
     * the checks would have refused, e.g. a flagged reading accepted after a lower later one) it counts 0.
     */
    public static BigDecimal consumption(Meter meter, List<BigDecimal> values, YearMonth period, List<Reading> history) {
        Previous previous = previous(meter, counted(history), period);
        BigDecimal total = BigDecimal.ZERO;
        for (int zone = 0; zone < meter.zones(); zone++) {
            BigDecimal now = values.get(zone);
            BigDecimal before = previous.values().get(zone);
            BigDecimal rise = now.subtract(before);
            if (rise.signum() < 0) {
                rise = rollsOver(meter, before, now) ? rise.add(BigDecimal.TEN.pow(meter.digits())) : BigDecimal.ZERO;
            }
            total = total.add(rise);
        }
        return total.setScale(3, RoundingMode.HALF_UP);
    }

    /** A fall from the top tenth of the meter's range into its bottom tenth is the meter going round. */
    private static boolean rollsOver(Meter meter, BigDecimal before, BigDecimal now) {
        BigDecimal capacity = BigDecimal.TEN.pow(meter.digits());
        return before.compareTo(capacity.multiply(ROLL_FROM)) >= 0 && now.compareTo(capacity.multiply(ROLL_TO)) < 0;
    }

    /** Current ACCEPTED readings, oldest period first. */
    static List<Reading> counted(List<Reading> history) {
        return history.stream().filter(r -> r.current() && r.status() == ReadingStatus.ACCEPTED)
                .sorted(Comparator.comparing(Reading::period)).toList();
    }

    private static Previous previous(Meter meter, List<Reading> counted, YearMonth period) {
        Reading latest = null;
        for (Reading r : counted) {
            if (r.period().isBefore(period)) {
                latest = r;
            }
        }
        return latest == null ? new Previous(meter.initialValues(), YearMonth.from(meter.installedOn()), meter.installedOn(), true)
                : new Previous(latest.values(), latest.period(), latest.takenOn(), false);
    }

    /** The reading a new one is compared with: a counted one, or the meter's initial values. */
    private record Previous(List<BigDecimal> values, YearMonth period, LocalDate takenOn, boolean initial) {
        String describe(int zone, String unit) {
            String value = RussianText.volume(values.get(zone), unit);
            return initial ? "начального (" + value + " при установке " + RussianText.date(takenOn) + ")"
                    : "предыдущего учтённого (" + value + " на " + RussianText.date(takenOn) + ")";
        }
    }

    private Optional<String> flag(Meter meter, List<Reading> counted, YearMonth period, YearMonth previousPeriod, BigDecimal consumption) {
        List<BigDecimal> monthly = new ArrayList<>();
        YearMonth before = YearMonth.from(meter.installedOn());
        List<BigDecimal> all = new ArrayList<>();
        for (Reading r : counted) {
            if (!r.period().isBefore(period)) {
                break;
            }
            if (r.consumption() != null) {
                all.add(perMonth(r.consumption(), before, r.period()));
            }
            before = r.period();
        }
        for (int i = all.size() - 1; i >= 0 && monthly.size() < FLAG_PERIODS; i--) {
            monthly.add(all.get(i));
        }
        if (monthly.size() < FLAG_MIN_PERIODS) {
            return Optional.empty();
        }
        BigDecimal average = monthly.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(monthly.size()), 6, RoundingMode.HALF_UP);
        long months = months(previousPeriod, period);
        BigDecimal rate = perMonth(consumption, previousPeriod, period);
        if (rate.compareTo(average.multiply(flagFactor)) <= 0 || rate.signum() == 0) {
            return Optional.empty();
        }
        String unit = meter.resource().unit();
        String spent = "Расход " + RussianText.volume(consumption, unit)
                + (months > 1 ? " за " + months + " мес. (" + RussianText.volume(rate.setScale(3, RoundingMode.HALF_UP), unit) + " в месяц)" : "");
        String over = average.signum() == 0
                ? " при нулевом среднем расходе за " + monthly.size() + " мес."
                : " — в " + RussianText.rounded(rate.divide(average, 6, RoundingMode.HALF_UP)) + " раза больше среднего за "
                + monthly.size() + " мес. (" + RussianText.rounded(average) + "\u00a0" + unit + ").";
        return Optional.of(spent + over);
    }

    /** Months a reading of {@code period} covers since the previous counted one of {@code since}: at least one. */
    static long months(YearMonth since, YearMonth period) {
        return Math.max(1, since.until(period, ChronoUnit.MONTHS));
    }

    private static BigDecimal perMonth(BigDecimal consumption, YearMonth since, YearMonth period) {
        return consumption.divide(BigDecimal.valueOf(months(since, period)), 6, RoundingMode.HALF_UP);
    }

    private static String zoneName(Meter meter, int zone, String prefix) {
        return meter.zones() > 1 ? prefix + "Т" + (zone + 1) : "";
    }

    private static Decision rejected(String reason) {
        return new Decision(ReadingStatus.REJECTED, null, reason, List.of());
    }

    /** The first zone in which {@code values} are above {@code other}, or -1. */
    private static int firstAbove(Meter meter, List<BigDecimal> values, List<BigDecimal> other) {
        for (int zone = 0; zone < meter.zones(); zone++) {
            if (values.get(zone).compareTo(other.get(zone)) > 0) {
                return zone;
            }
        }
        return -1;
    }

    /** « Показание за декабрь 2026 от 26.11.2026 больше не учитывается: это новее.» */
    private static String outdated(List<Reading> superseded) {
        StringBuilder text = new StringBuilder();
        for (Reading r : superseded) {
            text.append(" Показание за ").append(RussianText.monthYear(r.period())).append(" от ").append(RussianText.date(r.takenOn()))
                    .append(" больше не учитывается: это новее.");
        }
        return text.toString();
    }
}
