package org.kabinet.meters.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A reading as {@link MetersListener} hears it: what an integrator needs to act on it, without who sent it
 * (the tenant's id, the token's or staff member's name stay in {@link Reading#by()}).
 *
 * @param readingId the reading's id ({@link Reading#id()})
 * @param period    the billing period it counts for, also to find it in {@link MeterAdministration#readings(YearMonth)}
 * @param values    one per tariff zone, 3 decimals
 * @param reason    for a FLAGGED reading why it waits for review, in plain Russian ({@link Reading#reason()}); null
 *                  for an accepted one
 * @since 0.3
 */
public record ReadingNotice(String readingId, String accountId, String meterId, Resource resource, List<BigDecimal> values,
                            LocalDate takenOn, YearMonth period, ReadingSource source, String reason) {
    public ReadingNotice {
        values = List.copyOf(values);
    }
}
