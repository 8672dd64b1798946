package org.kabinet.billing.api;

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
}
