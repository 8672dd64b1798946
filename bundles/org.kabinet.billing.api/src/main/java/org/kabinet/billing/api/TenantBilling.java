package org.kabinet.billing.api;

import java.time.YearMonth;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Billing as a tenant sees it: only accounts the tenant linked; any other account is "not found"
 * ({@link org.kabinet.kernel.error.NotFoundException}), never "forbidden".
 */
@ProviderType
public interface TenantBilling {
    LedgerView ledger(String tenantId, String accountId);

    /** The services, to name charge lines. */
    List<ServiceSetup> services();

    List<StoredCharge> charges(String tenantId, String accountId);

    List<PostedPayment> payments(String tenantId, String accountId);

    /**
     * The account's statement for the months {@code from}–{@code to} (the current month at the latest,
     * at most 60 months), issued to the tenant. Without {@code to}: up to this month; without
     * {@code from}: the 12 months up to {@code to}.
     *
     * @throws org.kabinet.kernel.error.ValidationException {@code billing.statement.range}
     */
    Statement statement(String tenantId, String accountId, YearMonth from, YearMonth to);

    /** A statement as a PDF (A4, with the payment QR code when something is owed). */
    byte[] statementPdf(Statement statement);

    /** The file name of the statement's PDF, e.g. {@code vypiska-1001-2025-12-2026-11.pdf}. */
    String statementFileName(Statement statement);

    /**
     * E-mails the statement PDF to the tenant's confirmed address, at most 3 times a day per account.
     *
     * @return the address it goes to
     * @throws org.kabinet.kernel.error.KabinetException {@code billing.statement.tooMany} (TOO_MANY)
     */
    String emailStatement(String tenantId, String accountId, YearMonth from, YearMonth to);
}
