package org.kabinet.accounts.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who is linked to personal accounts — for the modules that notify them (payment SMS, debt SMS,
 * statements by e-mail). Read only; tenants see only their own links through {@link TenantAccounts}.
 *
 * @since 2.1
 */
@ProviderType
public interface AccountHolders {
    /** The tenants linked to one account, oldest link first. */
    List<AccountHolder> holders(String accountId);

    /** Every link of every account (two queries, whatever the number of accounts). */
    List<AccountHolder> allHolders();

    /** Account id → number of every open account (one query), for jobs that name accounts in their texts. */
    java.util.Map<String, String> openAccountNumbers();
}
