package org.kabinet.billing.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A government rule that changes пени for the days it covers, {@code from} to {@code to} inclusive
 * ({@code to} null: open-ended). Dated data, not code: the next rule is a new row.
 *
 * @param kind       {@code NO_ACCRUAL}: no пени for those days (the 2020 moratorium);
 *                   {@code RATE_CAP}: the rate is {@code capPercent}, or the key rate if that is lower
 * @param capPercent the cap for {@code RATE_CAP}, null otherwise
 * @param source     the act, e.g. «ПП РФ № 474 от 26.03.2022»
 */
public record PenaltyRule(Kind kind, LocalDate from, LocalDate to, BigDecimal capPercent, String source) {
    public enum Kind { NO_ACCRUAL, RATE_CAP }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
}
