package org.kabinet.audit.api;

/** How the action ended: done, failed (a wrong password, a refused input), or denied (no right to it). */
public enum Outcome {
    SUCCESS, FAILURE, DENIED;

    /** The outcome of an HTTP status: 401 and 403 are DENIED, other 4xx and 5xx FAILURE, the rest SUCCESS. */
    public static Outcome ofStatus(int status) {
        if (status == 401 || status == 403) {
            return DENIED;
        }
        return status >= 400 ? FAILURE : SUCCESS;
    }
}
