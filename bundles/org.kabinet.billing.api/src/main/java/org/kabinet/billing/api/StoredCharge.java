package org.kabinet.billing.api;

/** A charge line as stored: its kind, where it came from (RUN, IMPORT, STAFF) and the reason of a recalculation. */
public record StoredCharge(ChargeLine line, Charge.Kind kind, String origin, String reason) {
}
