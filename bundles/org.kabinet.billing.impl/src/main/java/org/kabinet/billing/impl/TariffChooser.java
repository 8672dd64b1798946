package org.kabinet.billing.impl;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kabinet.billing.api.AccountFacts;
import org.kabinet.billing.api.Tariff;

/**
 * The tariff that applies to an account for a service on a day: among those valid on the day and
 * matching the account, the most specific scope (account, building, city, company); within one scope
 * the one valid from the latest day.
 */
public final class TariffChooser {
    private final List<Tariff> tariffs;

    public TariffChooser(List<Tariff> tariffs) {
        this.tariffs = List.copyOf(tariffs);
    }

    public Optional<Tariff> choose(String serviceCode, AccountFacts account, LocalDate day) {
        return tariffs.stream()
                .filter(t -> t.serviceCode().equals(serviceCode) && t.validOn(day) && matches(t, account))
                .max(Comparator.comparing((Tariff t) -> t.scope().ordinal()).thenComparing(Tariff::from));
    }

    static boolean matches(Tariff tariff, AccountFacts account) {
        return switch (tariff.scope()) {
            case COMPANY -> true;
            case CITY -> tariff.scopeValue().equals(account.cityId());
            case BUILDING -> inBuilding(account.address(), tariff.scopeValue());
            case ACCOUNT -> tariff.scopeValue().equals(account.accountId());
        };
    }

    /** «ул. Мира, д. 5, кв. 1» is in the building «ул. Мира, д. 5», not in «ул. Мира, д. 51». */
    static boolean inBuilding(String address, String building) {
        String a = normal(address);
        String b = normal(building);
        return !b.isEmpty() && (a.equals(b) || a.startsWith(b + ",") || a.startsWith(b + " кв"));
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").replace(" ,", ",").toLowerCase(Locale.ROOT);
    }
}
