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
}
