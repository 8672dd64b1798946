package org.kabinet.kernel.error;

/**
 * What kind of failure an error is, in words every edge understands: REST turns it into an HTTP
 * status, the portal into a message style. Domain code chooses the kind, never a status code.
 */
public enum Failure {
    /** The input breaks a rule (REST 422). */
    INVALID,
    /** Nothing there — or nothing the caller may see (404). */
    NOT_FOUND,
    /** A well-formed request the rules refuse, deliberately without saying why (422). */
    REFUSED,
    /** Too many attempts or requests: try later (429). */
    TOO_MANY,
    /** A one-time link or code that is used or expired (410). */
    GONE,
    /** Not signed in, or sign-in refused (401). */
    UNAUTHENTICATED,
    /** Signed in but not allowed (403). */
    FORBIDDEN,
    /** The portal is briefly overloaded: retry in a moment (503). */
    BUSY,
    /** The same identity with other data than before, e.g. a payment id posted twice with different amounts (409). */
    CONFLICT
}
