package org.kabinet.accounts.impl;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.kabinet.accounts.api.City;

/** The order of cities in every list a tenant or a manager picks from: the company's own city first, then А to Я. */
public final class CityOrder {
    private CityOrder() {
    }

    /** Sorted by name in Russian order, the city named or identified by {@code first} (any case) ahead of the rest. */
    public static List<City> of(List<City> cities, String first) {
        Collator russian = Collator.getInstance(Locale.forLanguageTag("ru"));
        List<City> ordered = new ArrayList<>(cities);
        ordered.sort(Comparator.comparing(City::name, russian));
        if (first != null && !first.isBlank()) {
            String wanted = first.strip();
            ordered.stream().filter(c -> c.name().equalsIgnoreCase(wanted) || c.id().equalsIgnoreCase(wanted)).findFirst()
                    .ifPresent(c -> {
                        ordered.remove(c);
                        ordered.add(0, c);
                    });
        }
        return List.copyOf(ordered);
    }
}
