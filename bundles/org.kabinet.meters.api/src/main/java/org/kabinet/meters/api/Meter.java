package org.kabinet.meters.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An individual meter of a personal account.
 *
 * @param zones           tariff zones, 1–3 (electricity: day / night / peak); a reading has one value per zone
 * @param digits          digits before the decimal point: a reading below the previous one is a roll-over past
 *                        10^digits when that fits, otherwise an error
 * @param verificationDue the next verification (поверка); after it the meter's readings are refused
 * @param initialValues   the reading when installed, one per zone
 * @param name            the tenant's own name for it («кухня»), empty when none
 */
public record Meter(String id, String accountId, Resource resource, String serialNumber, String place, int zones, int digits,
                    LocalDate installedOn, LocalDate verificationDue, MeterState state, List<BigDecimal> initialValues, String name) {
    public Meter {
        initialValues = List.copyOf(initialValues);
        place = place == null ? "" : place;
        name = name == null ? "" : name;
    }
}
