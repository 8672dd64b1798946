package org.kabinet.accounts.impl.osgi;

import java.security.SecureRandom;
import java.util.List;
import org.apache.aries.jpa.template.JpaTemplate;
import org.kabinet.accounts.api.AccountAccess;
import org.kabinet.accounts.api.Household;
import org.kabinet.accounts.api.HouseholdMember;
import org.kabinet.accounts.api.HouseholdMembers;
import org.kabinet.accounts.api.InvitationPreview;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.accounts.impl.HouseholdService;
import org.kabinet.accounts.impl.jpa.JpaAccountStore;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.NotificationKind;
import org.kabinet.notifications.api.NotificationSettings;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.persistence.JpaTransactions;
import org.kabinet.registration.api.TenantDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Wires the household rules to the accounts tables, the outbox (the invitation letters), the tenant directory
 * (names and addresses) and the notification settings (a new member's start switched off). It needs
 * {@link TenantAccounts} only to start after the accounts component has migrated the tables.
 */
@Component(service = Household.class)
public class HouseholdComponent implements Household {
    private final HouseholdService service;

    @Activate
    public HouseholdComponent(@Reference(target = "(osgi.unit.name=kabinet-accounts)") JpaTemplate jpa,
                              @Reference TenantAccounts migrated, @Reference Outbox outbox, @Reference TenantDirectory tenants,
                              @Reference NotificationSettings settings, @Reference Company company, @Reference PortalTime time) {
        JpaTransactions tx = new JpaTransactions(jpa);
        this.service = new HouseholdService(new JpaAccountStore(tx), tx, outbox,
                id -> tenants.find(id).map(t -> new HouseholdService.Person(t.email(), t.name())),
                (tenantId, accountId) -> {
                    for (NotificationKind kind : NotificationKind.values()) {
                        settings.set(tenantId, accountId, kind, false);
                    }
                },
                company.profile().portalUrl(), time.clock(), new SecureRandom(), HouseholdService.Limits.DEFAULT, time.zone());
    }

    @Override
    public void invite(String holderId, String accountId, String email, AccountAccess role) {
        service.invite(holderId, accountId, email, role);
    }

    @Override
    public HouseholdMembers members(String holderId, String accountId) {
        return service.members(holderId, accountId);
    }

    @Override
    public void revoke(String holderId, String accountId, String memberId) {
        service.revoke(holderId, accountId, memberId);
    }

    @Override
    public void cancelInvitation(String holderId, String accountId, String invitationId) {
        service.cancelInvitation(holderId, accountId, invitationId);
    }

    @Override
    public InvitationPreview preview(String token) {
        return service.preview(token);
    }

    @Override
    public LinkedAccount accept(String tenantId, String token) {
        return service.accept(tenantId, token);
    }

    @Override
    public List<HouseholdMember> everyone(String accountId) {
        return service.everyone(accountId);
    }
}
