package org.kabinet.accounts.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Who is linked to personal accounts — for the modules that notify them (payment SMS, debt SMS,
 * statements by e-mail). Since 2.3 these are everyone who holds a role on the account: its holders and their
 * {@link Household} members, whose notification settings start switched off. Read only; tenants see only
 * their own links through {@link TenantAccounts}.
 *
 * @since 2.1
 */
@ProviderType
public interface AccountHolders {
    /** The tenants who see one account (holders and household members), oldest link first. */
    List<AccountHolder> holders(String accountId);

    /** Every link of every account (two queries, whatever the number of accounts). */
    List<AccountHolder> allHolders();

    /** Account id → number of every open account (one query), for jobs that name accounts in their texts. */
    java.util.Map<String, String> openAccountNumbers();
}
