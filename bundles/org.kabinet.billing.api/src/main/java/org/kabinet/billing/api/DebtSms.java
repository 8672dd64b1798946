package org.kabinet.billing.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The SMS with the debt on the 1st of the month: one per account, linked tenant and month, only to
 * confirmed phones of tenants who did not switch it off, held by the quiet hours. Runs by itself on
 * schedule; staff preview it and start it by hand.
 */
@ProviderType
public interface DebtSms {
    /**
     * Runs this month's debt SMS now. A second run in a month queues only what the first did not
     * (a tenant linked since, a debt that grew over the threshold).
     *
     * @param dryRun count and show the text without queueing anything
     */
    DebtSmsRun run(boolean dryRun, String by);

    /** The newest runs first (previews are not kept). */
    List<DebtSmsRun> runs(int limit);

    Optional<DebtSmsRun> find(String id);
}
