package org.kabinet.meters.api;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A meter's consumption in a period and how it is known: BY_READINGS, BY_AVERAGE, or NONE (no volume yet). */
public record MonthlyConsumption(YearMonth period, BigDecimal volume, Basis basis) {
    public enum Basis {
        BY_READINGS, BY_AVERAGE, NONE
    }
}
