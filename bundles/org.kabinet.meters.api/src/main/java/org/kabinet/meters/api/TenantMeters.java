package org.kabinet.meters.api;

import java.time.LocalDate;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Meters as a tenant sees them: only meters of accounts the tenant linked; any other meter or account
 * is "not found" ({@link org.kabinet.kernel.error.NotFoundException}), never "forbidden".
 */
@ProviderType
public interface TenantMeters {
    /** The account's meters, active first. */
    List<Meter> meters(String tenantId, String accountId);

    /** The meters of all the tenant's accounts. */
    List<Meter> allMeters(String tenantId);

    /** Names a meter for the tenant («кухня»; at most 40 characters; empty removes the name). */
    Meter rename(String tenantId, String meterId, String name);

    /** The account's submission window as of now. */
    WindowState window(String tenantId, String accountId);

    /** What would happen to a reading of this meter taken on that day and sent now (told before sending). */
    SubmissionPreview preview(String tenantId, String meterId, LocalDate takenOn);

    /**
     * Submits a reading; it is stored with its status and reason whatever the outcome (a REJECTED one too,
     * so the tenant sees what happened). A new reading in the same period replaces the previous one, which
     * stays in the history.
     *
     * @param source CABINET or TOKEN
     * @param by     who, as the history shows it (the token's name for TOKEN)
     * @throws org.kabinet.kernel.error.ValidationException {@code meters.values} for a wrong number of values
     *         or a value that is not a non-negative number, {@code meters.takenOn} for a day in the future
     * @throws org.kabinet.kernel.error.KabinetException TOO_MANY {@code meters.tooMany} past the per-meter daily limit
     */
    Reading submit(String tenantId, String meterId, Submission submission, ReadingSource source, String by);

    /** The meter's readings, newest first, replaced ones included. */
    List<Reading> history(String tenantId, String meterId);

    /** The meter's consumption of the last {@code months} periods, oldest first. */
    List<MonthlyConsumption> consumption(String tenantId, String meterId, int months);
}
