package org.kabinet.meters.api;

/** Who submitted a reading: the tenant in the cabinet or over REST, a personal token (a smart meter), staff, a staff import. */
public enum ReadingSource {
    CABINET, TOKEN, STAFF, IMPORT
}
