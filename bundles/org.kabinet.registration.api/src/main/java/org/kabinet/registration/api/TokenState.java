package org.kabinet.registration.api;

/** What a link's token turned out to be. */
public enum TokenState {
    /** Accepted now. */
    VALID,
    /** Already used once. */
    USED,
    /** Older than its lifetime. */
    EXPIRED,
    /** Never issued, or replaced by a newer link. */
    UNKNOWN
}
