package org.kabinet.meters.api;

/**
 * What became of a reading, always with the reason in words: ACCEPTED counts for its period; FLAGGED
 * waits for staff (consumption far above the meter's own history) and counts once accepted; REJECTED
 * does not count (below the previous reading, archived meter, verification overdue, window closed…).
 */
public enum ReadingStatus {
    ACCEPTED, FLAGGED, REJECTED
}
