package org.kabinet.meters.api;

import java.time.YearMonth;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Meters and readings for staff: every change is audited with the staff member's name, in the change's
 * own transaction.
 */
@ProviderType
public interface MeterAdministration {
    /** The account's meters (all of them when accountId is null), active first. */
    List<Meter> meters(String accountId);

    Meter meter(String meterId);

    /**
     * @throws org.kabinet.kernel.error.ValidationException {@code meters.*} with the field at fault
     * @throws org.kabinet.kernel.error.NotFoundException for an unknown account
     */
    Meter add(MeterInput meter, String by);

    /** Changes serial number, place, zones, digits, dates, initial values; account and resource stay. */
    Meter update(String meterId, MeterInput meter, String by);

    Meter archive(String meterId, String by);

    /**
     * Meters from CSV ({@code account;city;resource;serial;place;zones;digits;installed;verification;initial}),
     * all or nothing.
     */
    ImportResult importMeters(byte[] csv, String by);

    /** The readings of a period, the current one of each meter (replaced ones left out). */
    List<Reading> readings(YearMonth period);

    /** The same as CSV for an external billing system ({@code account;city;serial;resource;period;takenOn;zone1;zone2;zone3;consumption;status;source}). */
    byte[] exportReadings(YearMonth period);

    /**
     * Readings taken by staff (controllers' rounds) from CSV ({@code serial;takenOn;zone1;zone2;zone3}), with the
     * same validation; all or nothing: a line that would be REJECTED rejects the file.
     */
    ImportResult importReadings(byte[] csv, String by);

    /** A reading taken by staff, with the same validation. */
    Reading submit(String meterId, Submission submission, String by);

    /** FLAGGED readings waiting for staff, oldest first. */
    List<Reading> reviewQueue();

    /** At most {@code limit} of every account's meters from {@code offset}, in the order of {@link #meters(String)}. @since 0.2 */
    default List<Meter> meters(int offset, int limit) {
        return meters((String) null).stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
    }

    /** How many meters there are, of every account. @since 0.2 */
    default int countMeters() {
        return meters((String) null).size();
    }

    /** At most {@code limit} of the {@link #reviewQueue()} from {@code offset}, paged in the database. @since 0.2 */
    default List<Reading> reviewQueue(int offset, int limit) {
        return reviewQueue().stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
    }

    /** How many readings wait for review. @since 0.2 */
    default int countReviewQueue() {
        return reviewQueue().size();
    }

    /** The meters with these ids that exist, by id, read together (not one query per meter). @since 0.2 */
    default java.util.Map<String, Meter> metersById(java.util.Collection<String> ids) {
        java.util.Map<String, Meter> found = new java.util.LinkedHashMap<>();
        for (String id : ids) {
            try {
                found.put(id, meter(id));
            } catch (org.kabinet.kernel.error.NotFoundException gone) {
                // left out
            }
        }
        return found;
    }

    /**
     * Accepts a flagged reading, or rejects it with a reason the tenant will read.
     *
     * @throws org.kabinet.kernel.error.ValidationException {@code meters.review.reason} (a rejection needs one),
     *         {@code meters.review.notFlagged}
     */
    Reading review(String readingId, boolean accept, String reason, String by);

    /** The window rules: the company's (always one), cities', buildings'. */
    List<WindowRule> windows();

    /** Sets the rule of its scope and value (replacing the one there). */
    WindowRule setWindow(WindowRule rule, String by);

    /** Removes a city's or building's rule (the company's cannot be removed). */
    void removeWindow(WindowRule.Scope scope, String scopeValue, String by);

    /** The audit of staff changes, newest first (at most {@code limit}, up to 1000). */
    List<MeterAudit> audit(int limit);

    /** At most {@code limit} audit entries from {@code offset}, newest first, paged in the database. @since 0.2 */
    default List<MeterAudit> audit(int offset, int limit) {
        return audit(offset + limit).stream().skip(Math.max(0, offset)).toList();
    }

    /** How many audit entries there are. @since 0.2 */
    default int countAudit() {
        return audit(1000).size();
    }
}
