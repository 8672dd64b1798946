package org.kabinet.billing.api;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Billing for staff: services and tariffs, key rates, billing runs and period closing, payments and an
 * account's ledger. Every change names the staff member who made it ({@code by}) and leaves a row in
 * {@link #audit(int)}, in the change's own transaction.
 */
@ProviderType
public interface BillingAdministration {
    List<ServiceSetup> services();

    /** Creates or changes a service. @throws org.kabinet.kernel.error.ValidationException */
    ServiceSetup saveService(Service service, Set<String> accountKinds, String by);

    List<Tariff> tariffs();

    /** @throws org.kabinet.kernel.error.ValidationException for an unknown service, a bad price, scope or dates */
    Tariff addTariff(Tariff tariff, String by);

    List<KeyRate> keyRates();

    /** Adds or replaces the key rate taking effect on its day. */
    KeyRate saveKeyRate(KeyRate rate, String source, String by);

    /** The rules that change пени for the days they cover (the 2020 moratorium, the 474/329 cap, the next one). */
    List<PenaltyRule> penaltyRules();

    /**
     * Adds a rule, or replaces the one of its kind starting on the same day.
     *
     * @throws org.kabinet.kernel.error.ValidationException for missing dates, a cap on a no-accrual rule (or none on a
     *                                                      cap), no source, or an overlap with another rule of its kind
     */
    PenaltyRule savePenaltyRule(PenaltyRule rule, String by);

    /** The newest staff changes to billing first, at most {@code limit} (up to 1000). */
    List<BillingAudit> audit(int limit);

    /** At most {@code limit} staff changes from {@code offset}, newest first, paged in the database. @since 0.4 */
    default List<BillingAudit> audit(int offset, int limit) {
        return audit(offset + limit).stream().skip(Math.max(0, offset)).toList();
    }

    /** How many staff changes to billing are kept. @since 0.4 */
    default int countAudit() {
        return audit(1000).size();
    }

    /**
     * Bills the period for all open accounts, or those of one city ({@code cityId} not null); a
     * {@code dryRun} computes the summary only. A re-run replaces the run's lines; a closed period is refused.
     * {@code progress} counts accounts computed, then (unless a dry run) accounts stored.
     */
    RunSummary run(YearMonth period, String cityId, boolean dryRun, String by, Progress progress);

    /** Closes a period: its charges never change again. */
    void closePeriod(YearMonth period, String by);

    /**
     * Posts one payment to an account; the same payment id with the same data answers as before.
     *
     * @throws org.kabinet.kernel.KabinetException CONFLICT for the same id with other data; NOT_FOUND for an unknown account
     */
    Posting postPayment(String accountId, Payment payment, String by);

    /**
     * Posts a payment registry (CSV bytes, {@code encoding} "auto", "UTF-8" or "windows-1251", {@code columns}
     * a bank's column names by ours, empty for the default layout), all or nothing. {@code progress} counts
     * lines read, then lines posted.
     */
    RegistryImport importPayments(byte[] file, String encoding, Map<String, String> columns, String by, Progress progress);

    /**
     * Payments posted (one or by registry) whose notices are still to be queued: they are queued after
     * the payment's transaction commits, a batch at a time.
     */
    PendingNotices pendingPaymentNotices();

    /**
     * Loads a charge registry from the company's own billing system (CSV, see the README), all or
     * nothing; lines loaded before (same content, same place in the file) are not loaded again.
     * {@code posted} counts new lines, {@code alreadyPosted} repeated ones, {@code total} the new amount.
     * {@code progress} counts lines read, then lines stored.
     */
    RegistryImport importCharges(byte[] file, String encoding, String by, Progress progress);

    /** Reverses a payment with a reason; it stays on record and pays nothing. No one is told. */
    Payment reverse(String paymentId, String reason, String by);

    /**
     * Reverses a payment and, when staff ask ({@code notifyTenants}), texts each linked tenant whose
     * payment SMS is on that the payment was cancelled, once per payment and tenant
     * ({@code payment-reversal-sms:<paymentId>:<tenant>}).
     */
    Payment reverse(String paymentId, String reason, boolean notifyTenants, String by);

    /** The account's charges, payments, balance and пени as of today. @throws org.kabinet.kernel.error.NotFoundException */
    LedgerView ledger(String accountId);

    List<StoredCharge> charges(String accountId);

    List<PostedPayment> payments(String accountId);
}
