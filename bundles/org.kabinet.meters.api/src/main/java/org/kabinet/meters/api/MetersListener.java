package org.kabinet.meters.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Hears readings that count or wait to count, inside the transaction that stores them: register an
 * implementation as an OSGi service (e.g. to queue webhooks). Every way in is heard — the cabinet and REST,
 * personal tokens, staff, each reading of an import. A listener that throws rolls the reading back (a whole
 * import with it), so it should only queue its work (the outbox), never call the outside world. It may also
 * hear a reading that is rolled back afterwards (a file refused for a later line): what it queued in the
 * transaction goes with it.
 *
 * <p>Not heard: input refused with an error (nothing is stored) and a REJECTED reading (stored so the tenant
 * sees why, but it does not count).
 *
 * @since 0.3
 */
@ConsumerType
public interface MetersListener {
    /**
     * A reading was stored as ACCEPTED, or a FLAGGED one was accepted by staff after review: it counts for
     * its period (a later reading of the same meter and period may still replace it).
     */
    default void readingAccepted(ReadingNotice notice) {
    }

    /**
     * A reading was stored as FLAGGED: it waits for staff review ({@link MeterAdministration#reviewQueue()}),
     * then is heard as accepted, or not at all when staff reject it.
     */
    default void readingFlagged(ReadingNotice notice) {
    }
}
