package org.kabinet.billing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * One run of the monthly debt SMS (or its preview, with {@code dryRun}): how many accounts owe more
 * than the threshold, how many linked tenants got an SMS queued, and why the others did not.
 * {@code sent}, {@code delivered} and {@code failed} are read from the outbox when the run is shown.
 *
 * @param state          RUNNING, DONE or INTERRUPTED (the portal stopped during it; the next start finishes it)
 * @param debtors        accounts whose debt is above the threshold
 * @param found          tenants linked to those accounts
 * @param queued         SMS queued by this run
 * @param alreadyQueued  tenants who had this month's SMS from an earlier run (nothing sent twice)
 * @param noPhone        tenants without a confirmed phone
 * @param switchedOff    tenants who switched the debt SMS off for the account
 * @param sampleText     the text of one SMS of the run, for staff to read
 */
public record DebtSmsRun(String id, YearMonth month, String state, boolean dryRun, String by, Instant startedAt,
                         Instant finishedAt, BigDecimal threshold, int debtors, int found, int queued, int alreadyQueued,
                         int noPhone, int switchedOff, int sent, int delivered, int failed, String sampleText) {
}
