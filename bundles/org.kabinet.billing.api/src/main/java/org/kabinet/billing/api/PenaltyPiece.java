package org.kabinet.billing.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One stretch of days of one debt with the same share and rate, and what it costs:
 * {@code debt × days × share × rate / 100}, rounded half up to kopecks.
 *
 * @param debt        the part of the debt these days accrue on
 * @param fromDay     the first day of the stretch, counted from the day after the due date (1 = that day)
 * @param share       300 (days 31–90: 1/300 of the rate a day) or 130 (from day 91: 1/130); 0 for days without пени
 * @param ratePercent the rate applied, per cent a year
 * @param rateReason  where the rate comes from, in words (the key rate on which day, or which rule)
 */
public record PenaltyPiece(BigDecimal debt, LocalDate from, LocalDate to, int fromDay, int days, int share,
                           BigDecimal ratePercent, String rateReason, BigDecimal amount) {
}
