package org.kabinet.billing.api;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * An amount an account owes for a period: a service's charge, a recalculation (may be negative), a fine,
 * or пени. пени are never themselves a base for пени.
 */
public record Charge(YearMonth period, Kind kind, BigDecimal amount) {
    public enum Kind { CHARGE, RECALCULATION, FINE, PENALTY }
}
