package org.kabinet.meters.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One submitted reading of a meter.
 *
 * @param period      the billing period it counts for (a late reading in a soft window: the next one)
 * @param values      one per tariff zone
 * @param consumption the consumption since the previous counted reading (all zones together), null when rejected
 * @param reason      why it has its status, in plain Russian («Показание принято», «Расход в 4,2 раза выше среднего…»)
 * @param current     true while it is the meter's reading for its period; false once a later reading of the same
 *                    meter and period replaced it (it stays in the history), and always for a REJECTED one
 * @param by          the tenant's id, the token's name or the staff member's name
 */
public record Reading(String id, String meterId, YearMonth period, LocalDate takenOn, Instant submittedAt, List<BigDecimal> values,
                      BigDecimal consumption, ReadingStatus status, String reason, ReadingSource source, String by, boolean current) {
    public Reading {
        values = List.copyOf(values);
    }
}
