package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.billing.api.AccountFacts;
import org.kabinet.billing.api.Tariff;
import org.kabinet.billing.api.Tariff.Scope;

class TariffChooserTest {
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private final AccountFacts flat = new AccountFacts("acc-1", "khanty-mansiysk", "ул. Мира, д. 5, кв. 1", new BigDecimal("39.1"), 2);

    private static Tariff t(Scope scope, String value, String from, String to, String price) {
        return new Tariff("maint", scope, value, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), new BigDecimal(price));
    }

    private BigDecimal price(List<Tariff> tariffs, LocalDate day) {
        return new TariffChooser(tariffs).choose("maint", flat, day).map(Tariff::price).orElse(null);
    }

    @Test
    void theMostSpecificValidScopeWins() {
        List<Tariff> all = List.of(t(Scope.COMPANY, "", "2025-01-01", null, "30.00"), t(Scope.CITY, "khanty-mansiysk", "2025-01-01", null, "31.00"),
                t(Scope.BUILDING, "ул. Мира, д. 5", "2025-01-01", null, "32.00"), t(Scope.ACCOUNT, "acc-1", "2025-01-01", null, "33.00"));
        assertEquals(new BigDecimal("33.00"), price(all, JAN));
        assertEquals(new BigDecimal("32.00"), price(all.subList(0, 3), JAN));
        assertEquals(new BigDecimal("31.00"), price(all.subList(0, 2), JAN));
        assertEquals(new BigDecimal("30.00"), price(all.subList(0, 1), JAN));
    }

    @Test
    void onlyTariffsValidOnTheDayAndForThisAccountCount() {
        List<Tariff> all = List.of(t(Scope.COMPANY, "", "2025-01-01", null, "30.00"),
                t(Scope.ACCOUNT, "acc-1", "2025-01-01", "2025-12-31", "33.00"),
                t(Scope.CITY, "surgut", "2025-01-01", null, "40.00"),
                t(Scope.BUILDING, "ул. Мира, д. 51", "2025-01-01", null, "50.00"),
                t(Scope.CITY, "khanty-mansiysk", "2026-02-01", null, "31.00"));
        assertEquals(new BigDecimal("30.00"), price(all, JAN), "the account's tariff ended, Surgut's and house 51's are not ours, the city's starts later");
        assertEquals(new BigDecimal("31.00"), price(all, LocalDate.of(2026, 2, 1)));
        assertEquals(new BigDecimal("33.00"), price(all, LocalDate.of(2025, 12, 31)));
    }

    @Test
    void withinOneScopeTheLatestStartWins() {
        List<Tariff> all = List.of(t(Scope.CITY, "khanty-mansiysk", "2025-01-01", null, "31.00"),
                t(Scope.CITY, "khanty-mansiysk", "2025-07-01", null, "34.50"));
        assertEquals(new BigDecimal("31.00"), price(all, LocalDate.of(2025, 6, 30)));
        assertEquals(new BigDecimal("34.50"), price(all, LocalDate.of(2025, 7, 1)));
    }

    @Test
    void noTariffIsNoTariff() {
        assertEquals(null, price(List.of(), JAN));
    }

    @Test
    void aBuildingIsAnAddressPrefixUpToTheFlat() {
        assertTrue(TariffChooser.inBuilding("ул. Мира, д. 5, кв. 1", "ул. Мира, д. 5"));
        assertTrue(TariffChooser.inBuilding("ул.  Мира ,  д. 5 кв. 1", "Ул. мира, д. 5"));
        assertTrue(TariffChooser.inBuilding("ул. Мира, д. 5", "ул. Мира, д. 5"));
        assertFalse(TariffChooser.inBuilding("ул. Мира, д. 51, кв. 1", "ул. Мира, д. 5"));
        assertFalse(TariffChooser.inBuilding("ул. Мира, д. 5, кв. 1", ""));
    }
}
