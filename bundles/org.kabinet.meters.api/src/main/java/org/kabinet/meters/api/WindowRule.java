package org.kabinet.meters.api;

/**
 * When readings are taken: from day {@code fromDay} to day {@code toDay} of each month (inclusive, in the
 * portal's zone) for the company, a city (scopeValue = city id) or a building (scopeValue = the address
 * without the flat, as accounts give it). The narrowest rule wins; without any, the company default is
 * 20–25, soft. SOFT: a reading outside the window counts for the next period (the tenant is told before
 * sending); STRICT: it is refused with the next window's dates.
 */
public record WindowRule(Scope scope, String scopeValue, int fromDay, int toDay, Mode mode) {
    public enum Scope {
        COMPANY, CITY, BUILDING
    }

    public enum Mode {
        SOFT, STRICT
    }
}
