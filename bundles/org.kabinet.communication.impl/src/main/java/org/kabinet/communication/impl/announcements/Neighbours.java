package org.kabinet.communication.impl.announcements;

import java.util.List;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.AccountHolders;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.communication.impl.files.Attachments;
import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.NotificationSettings;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.registration.api.TenantDirectory;

/**
 * The services of other modules staff's side of announcements reads (accounts, who is linked to them,
 * tenants' addresses, notification settings, the company) and writes to (the outbox, the file store).
 */
public record Neighbours(AccountAdministration accounts, AccountHolders holders, TenantDirectory tenants,
                         NotificationSettings settings, Outbox outbox, Company company, Attachments attachments) {

    /** The open accounts, with their city and address of now. */
    public List<AudienceAccount> openAccounts() {
        return accounts.accounts(AccountFilter.ALL).stream()
                .filter(a -> a.status() == AccountStatus.OPEN)
                .map(a -> new AudienceAccount(a.id(), a.number(), a.city() == null ? null : a.city().id(), a.address()))
                .toList();
    }
}
