package org.kabinet.billing.impl;

import static org.kabinet.billing.api.PenaltyTexts.percent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.kabinet.billing.api.Penalty;
import org.kabinet.billing.api.PenaltyPiece;
import org.kabinet.billing.api.PenaltyRule;
import org.kabinet.kernel.money.Money;

/**
 * пени on one period's debt (ЖК РФ ст. 155 ч. 14), stretch by stretch so that each amount can be explained.
 *
 * <p>The rules, as implemented:
 * <ul>
 * <li>Days are counted from the day after the due date ({@link DueDates}): day 1 is that day. Days 1–30
 *     cost nothing; days 31–90 cost 1/300 of the rate a day; from day 91, 1/130.</li>
 * <li>Each part of the debt accrues up to and including the day it is paid (Пленум ВС РФ № 7 от
 *     24.03.2016, п. 65); a part still unpaid accrues up to and including the day of calculation.</li>
 * <li>The rate is the key rate in force on the day that part is paid (for an unpaid part: on the day
 *     of calculation), for all its days — except days a {@link PenaltyRule} covers: none for
 *     {@code NO_ACCRUAL} days (they still count for the 30/90-day bands), and the cap or the key rate,
 *     whichever is lower, for {@code RATE_CAP} days.</li>
 * <li>Payments extinguish the debt in the order they come; amounts are rounded half up to kopecks per
 *     stretch, and the total is the sum of the stretches.</li>
 * </ul>
 */
public final class PenaltyCalculator {
    /** Days 1–30 after the due date: no пени. */
    public static final int FREE_DAYS = 30;
    /** Days 31–90: 1/300 of the rate a day; from day 91: 1/130. */
    public static final int LOW_BAND_LAST_DAY = 90;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final KeyRates rates;
    private final List<PenaltyRule> rules;

    public PenaltyCalculator(KeyRates rates, List<PenaltyRule> rules) {
        this.rates = rates;
        this.rules = List.copyOf(rules);
    }

    /** A payment towards this period's debt. */
    public record Paid(LocalDate on, BigDecimal amount) {
    }

    /**
     * пени on {@code debt} charged for {@code period}, paid by {@code payments}, as of {@code until}
     * (payments after {@code until} are not yet known and ignored).
     */
    public Penalty compute(YearMonth period, BigDecimal debt, List<Paid> payments, LocalDate until) {
        LocalDate due = DueDates.of(period);
        List<PenaltyPiece> pieces = new ArrayList<>();
        BigDecimal open = Money.of(debt);
        for (Paid paid : payments.stream().filter(p -> !p.on().isAfter(until))
                .sorted(Comparator.comparing(Paid::on)).toList()) {
            if (open.signum() <= 0) {
                break;
            }
            BigDecimal part = paid.amount().min(open);
            if (part.signum() > 0) {
                pieces.addAll(part(part, due, paid.on(), "на день оплаты " + DAY.format(paid.on())));
                open = open.subtract(part);
            }
        }
        if (open.signum() > 0) {
            pieces.addAll(part(open, due, until, "на день расчёта " + DAY.format(until)));
        }
        BigDecimal total = pieces.stream().map(PenaltyPiece::amount).reduce(Money.ZERO, BigDecimal::add);
        return new Penalty(period, Money.of(debt), due, until, List.copyOf(pieces), total);
    }

    /** The stretches of one part of the debt, from the day after {@code due} to {@code end} inclusive. */
    private List<PenaltyPiece> part(BigDecimal amount, LocalDate due, LocalDate end, String rateDay) {
        List<PenaltyPiece> pieces = new ArrayList<>();
        BigDecimal key = end.isAfter(due) ? rates.percentOn(end) : BigDecimal.ZERO;
        Stretch current = null;
        // a debt unpaid for years is thousands of days: each kind of day is described once
        java.util.Map<Integer, Stretch> kinds = new java.util.HashMap<>();
        for (LocalDate day = due.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
            int n = (int) java.time.temporal.ChronoUnit.DAYS.between(due, day);
            Stretch today = stretch(n, day, key, rateDay, kinds);
            if (current != null && current.sameAs(today)) {
                current.to = day;
                current.days++;
            } else {
                if (current != null) {
                    pieces.add(current.piece(amount));
                }
                today.from = day;
                today.to = day;
                today.fromDay = n;
                today.days = 1;
                current = today;
            }
        }
        if (current != null) {
            pieces.add(current.piece(amount));
        }
        return pieces;
    }

    /** Day {@code n} after the due date: its band and the rule covering it, described once per part in {@code kinds}. */
    private Stretch stretch(int n, LocalDate day, BigDecimal key, String rateDay, java.util.Map<Integer, Stretch> kinds) {
        int share = n <= FREE_DAYS ? 0 : n <= LOW_BAND_LAST_DAY ? 300 : 130;
        int rule = share == 0 ? -1 : ruleOn(day);
        Stretch kind = kinds.computeIfAbsent(share * 1000 + rule + 1, k -> describe(share, rule, key, rateDay));
        return new Stretch(kind.share, kind.rate, kind.reason);
    }

    /** The index of the rule covering the day — a no-accrual rule before a rate cap — or -1. */
    private int ruleOn(LocalDate day) {
        int cap = -1;
        for (int i = 0; i < rules.size(); i++) {
            PenaltyRule rule = rules.get(i);
            if (rule.covers(day)) {
                if (rule.kind() == PenaltyRule.Kind.NO_ACCRUAL) {
                    return i;
                }
                if (cap < 0) {
                    cap = i;
                }
            }
        }
        return cap;
    }

    private Stretch describe(int share, int ruleIndex, BigDecimal key, String rateDay) {
        if (share == 0) {
            return new Stretch(0, BigDecimal.ZERO, "первые " + FREE_DAYS + " дней после срока оплаты — без пени");
        }
        if (ruleIndex < 0) {
            return new Stretch(share, key, "ключевая ставка Банка России " + rateDay);
        }
        PenaltyRule rule = rules.get(ruleIndex);
        if (rule.kind() == PenaltyRule.Kind.NO_ACCRUAL) {
            return new Stretch(share, BigDecimal.ZERO, "пени не начисляются: " + rule.source());
        }
        if (rule.capPercent().compareTo(key) < 0) {
            return new Stretch(share, rule.capPercent(), "ставка " + percent(rule.capPercent()) + " по " + rule.source()
                    + " (ключевая ставка " + rateDay + " — " + percent(key) + ", выше)");
        }
        return new Stretch(share, key, "ключевая ставка " + rateDay + " — " + percent(key)
                + ": ниже ставки " + percent(rule.capPercent()) + " по " + rule.source());
    }

    /** Days in a row with the same share, rate and reason. */
    private static final class Stretch {
        final int share;
        final BigDecimal rate;
        final String reason;
        LocalDate from;
        LocalDate to;
        int fromDay;
        int days;

        Stretch(int share, BigDecimal rate, String reason) {
            this.share = share;
            this.rate = rate;
            this.reason = reason;
        }

        boolean sameAs(Stretch other) {
            return share == other.share && rate.compareTo(other.rate) == 0 && Objects.equals(reason, other.reason);
        }

        PenaltyPiece piece(BigDecimal debt) {
            BigDecimal amount = share == 0 || rate.signum() == 0 ? Money.ZERO
                    : debt.multiply(BigDecimal.valueOf(days)).multiply(rate)
                            .divide(HUNDRED.multiply(BigDecimal.valueOf(share)), 10, RoundingMode.HALF_UP)
                            .setScale(2, RoundingMode.HALF_UP);
            return new PenaltyPiece(Money.of(debt), from, to, fromDay, days, share, rate, reason, amount);
        }
    }
}
