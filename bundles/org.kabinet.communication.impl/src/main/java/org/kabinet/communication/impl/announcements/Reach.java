package org.kabinet.communication.impl.announcements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kabinet.accounts.api.AccountHolder;

/**
 * Whom an audience reaches: its open accounts and the tenants linked to at least one of them, each with
 * those accounts (in the order of the accounts) and the tenant's confirmed phone, if any.
 */
public record Reach(List<AudienceAccount> accounts, Map<String, Tenant> tenants) {
    /** A tenant reached, with the audience's accounts they linked. */
    public record Tenant(String tenantId, List<AudienceAccount> accounts, String verifiedPhone) {
    }

    public static Reach of(AudienceTarget target, Collection<AudienceAccount> open, Collection<AccountHolder> holders) {
        List<AudienceAccount> selected = target.select(open);
        Map<String, AudienceAccount> byId = new HashMap<>();
        selected.forEach(a -> byId.put(a.id(), a));
        Map<String, List<AudienceAccount>> accounts = new LinkedHashMap<>();
        Map<String, String> phones = new HashMap<>();
        for (AccountHolder holder : holders) {
            AudienceAccount account = byId.get(holder.accountId());
            if (account == null) {
                continue;
            }
            List<AudienceAccount> mine = accounts.computeIfAbsent(holder.tenantId(), t -> new ArrayList<>());
            if (!mine.contains(account)) {
                mine.add(account);
            }
            if (holder.verifiedPhone() != null && !holder.verifiedPhone().isBlank()) {
                phones.putIfAbsent(holder.tenantId(), holder.verifiedPhone());
            }
        }
        Map<String, Tenant> tenants = new LinkedHashMap<>();
        accounts.forEach((tenant, list) -> tenants.put(tenant, new Tenant(tenant, List.copyOf(list), phones.get(tenant))));
        return new Reach(List.copyOf(selected), tenants);
    }

    public int withPhone() {
        return (int) tenants.values().stream().filter(t -> t.verifiedPhone() != null).count();
    }
}
