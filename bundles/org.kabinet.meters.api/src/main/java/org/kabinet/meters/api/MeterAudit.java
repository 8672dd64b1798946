package org.kabinet.meters.api;

import java.time.Instant;

/** One staff change to meters, windows or readings: when, who, what (e.g. METER_ADDED, READING_ACCEPTED), which meter, in words. */
public record MeterAudit(Instant at, String by, String action, String meterId, String detail) {
}
