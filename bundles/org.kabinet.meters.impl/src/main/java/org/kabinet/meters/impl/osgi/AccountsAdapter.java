package org.kabinet.meters.impl.osgi;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.meters.impl.AccountPlaces;

/** Accounts as meters need them, from the accounts module. */
final class AccountsAdapter implements AccountPlaces {
    private final AccountAdministration accounts;
    private final TenantAccounts tenants;

    AccountsAdapter(AccountAdministration accounts, TenantAccounts tenants) {
        this.accounts = accounts;
        this.tenants = tenants;
    }

    @Override
    public Optional<Place> account(String accountId) {
        try {
            return Optional.of(place(accounts.account(accountId)));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<Place> linked(String tenantId) {
        return tenants.linked(tenantId).stream().map(AccountsAdapter::place).toList();
    }

    @Override
    public Map<String, Place> all() {
        Map<String, Place> all = new HashMap<>();
        accounts.accounts(AccountFilter.ALL).forEach(a -> all.put(a.id(), place(a)));
        return all;
    }

    @Override
    public Optional<String> cityId(String idOrName) {
        String wanted = idOrName == null ? "" : idOrName.strip().toLowerCase(Locale.ROOT);
        return accounts.cities().stream().filter(c -> c.id().equals(wanted) || c.name().toLowerCase(Locale.ROOT).equals(wanted))
                .map(City::id).findFirst();
    }

    @Override
    public BiFunction<String, String, Optional<Place>> finder() {
        List<City> cities = accounts.cities();
        Map<String, Map<String, Place>> byCity = new HashMap<>();
        return (number, named) -> {
            String wanted = named.strip().toLowerCase(Locale.ROOT);
            return cities.stream().filter(c -> c.id().equals(wanted) || c.name().toLowerCase(Locale.ROOT).equals(wanted))
                    .map(City::id).findFirst()
                    .map(id -> byCity.computeIfAbsent(id, this::numbers).get(number.strip()));
        };
    }

    private Map<String, Place> numbers(String cityId) {
        Map<String, Place> numbers = new HashMap<>();
        accounts.accounts(new AccountFilter(cityId, null, null)).forEach(a -> numbers.put(a.number(), place(a)));
        return numbers;
    }

    private static Place place(Account a) {
        return new Place(a.id(), a.number(), a.city() == null ? null : a.city().id(), a.city() == null ? "" : a.city().name(), a.address());
    }

    private static Place place(LinkedAccount a) {
        return new Place(a.id(), a.number(), a.city() == null ? null : a.city().id(), a.city() == null ? "" : a.city().name(), a.address(),
                a.writable());
    }
}
