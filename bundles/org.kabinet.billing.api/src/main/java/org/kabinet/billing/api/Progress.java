package org.kabinet.billing.api;

/**
 * Hears how far a long job (a billing run, a registry import) has come: {@code done} of {@code total}
 * steps, from the job's own thread. A job may count in phases (reading, then storing); {@code done}
 * only grows and never passes {@code total}.
 */
@FunctionalInterface
public interface Progress {
    /** For callers that do not follow the job. */
    Progress NONE = (done, total) -> { };

    void at(int done, int total);

    /** {@code done} as a whole per cent of {@code total} (0 while the total is not known). */
    static int percent(int done, int total) {
        return total <= 0 ? 0 : (int) Math.min(100, (long) done * 100 / total);
    }
}
