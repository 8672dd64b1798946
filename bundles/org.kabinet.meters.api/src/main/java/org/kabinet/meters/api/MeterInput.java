package org.kabinet.meters.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A meter as staff enter it (a new one, or changes to one; the account and resource of a meter never change). */
public record MeterInput(String accountId, Resource resource, String serialNumber, String place, int zones, int digits,
                         LocalDate installedOn, LocalDate verificationDue, List<BigDecimal> initialValues) {
}
