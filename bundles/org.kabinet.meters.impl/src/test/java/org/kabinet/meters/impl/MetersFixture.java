package org.kabinet.meters.impl;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterInput;
import org.kabinet.meters.api.Resource;
import org.kabinet.meters.impl.jpa.JpaMeterStore;
import org.kabinet.meters.impl.osgi.MetersDataComponent;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;

/**
 * The meters services over the real persistence unit on in-memory Derby, with accounts faked, a clock
 * tests move forward by the day ({@link #on}), and a few helpers to write readings short.
 */
final class MetersFixture implements AutoCloseable {
    static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
    static final String TENANT = "tenant-1";
    static final String OTHER_TENANT = "tenant-2";
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T05:00:00Z"));
    final LocalJpa jpa;
    final JpaMeterStore store;
    final MetersData data;
    final FakeAccounts accounts = new FakeAccounts();
    final Readings readings;
    final MeterAdministrationService admin;
    final TenantMeterService tenant;

    MetersFixture() throws Exception {
        this(new BigDecimal("3"), 10);
    }

    MetersFixture(BigDecimal flagFactor, int dailyLimit) throws Exception {
        jpa = new LocalJpa("kabinet-meters", SchemaMigrations.of("met", getClass().getClassLoader(), "db/meters", MetersDataComponent.MIGRATIONS));
        store = new JpaMeterStore(jpa);
        data = new MetersData(store, jpa, clock, ZONE);
        data.seedWindow();
        readings = new Readings(data, flagFactor, dailyLimit);
        admin = new MeterAdministrationService(data, accounts, readings);
        tenant = new TenantMeterService(data, accounts, readings);
        accounts.add("acc-1", "8600001", "khanty-mansiysk", "Ханты-Мансийск", "ул. Мира, д. 5, кв. 1", TENANT);
        accounts.add("acc-2", "8600002", "khanty-mansiysk", "Ханты-Мансийск", "ул. Мира, д. 7, кв. 3", OTHER_TENANT);
        accounts.add("acc-3", "5500001", "surgut", "Сургут", "пр. Ленина, д. 1, кв. 10", TENANT);
    }

    /** Moves the clock forward to 10:00 of that day in the portal's zone. */
    MetersFixture on(LocalDate day) {
        return on(day, LocalTime.of(10, 0));
    }

    MetersFixture on(LocalDate day, LocalTime time) {
        Instant target = day.atTime(time).atZone(ZONE).toInstant();
        Duration by = Duration.between(clock.instant(), target);
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward: " + clock.instant() + " → " + target);
        }
        clock.advance(by);
        return this;
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static List<BigDecimal> values(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    /** A cold-water meter of acc-1: 5 digits, installed 01.01.2026, verification 2032, initial 0. */
    Meter coldWater() {
        return admin.add(new MeterInput("acc-1", Resource.COLD_WATER, "CW-1", "кухня", 1, 5, day("2026-01-01"), day("2032-01-01"),
                values("0")), "manager");
    }

    @Override
    public void close() {
        jpa.close();
    }

    /** Accounts in a map: who linked which or joined its household (and whether they may change things), where they are. */
    static final class FakeAccounts implements AccountPlaces {
        final Map<String, Place> byId = new HashMap<>();
        final Map<String, List<String>> linkedBy = new HashMap<>();
        final Map<String, Set<String>> viewOnly = new HashMap<>();
        final Map<String, String> cities = new HashMap<>();

        void add(String id, String number, String cityId, String cityName, String address, String tenantId) {
            byId.put(id, new Place(id, number, cityId, cityName, address));
            cities.put(cityId, cityName);
            linkedBy.computeIfAbsent(tenantId, t -> new ArrayList<>()).add(id);
        }

        /** The tenant joins the account's household: with full rights, or only to view. */
        void member(String accountId, String tenantId, boolean full) {
            linkedBy.computeIfAbsent(tenantId, t -> new ArrayList<>()).add(accountId);
            if (!full) {
                viewOnly.computeIfAbsent(tenantId, t -> new HashSet<>()).add(accountId);
            }
        }

        @Override
        public Optional<Place> account(String accountId) {
            return Optional.ofNullable(byId.get(accountId));
        }

        @Override
        public List<Place> linked(String tenantId) {
            Set<String> onlyViews = viewOnly.getOrDefault(tenantId, Set.of());
            return linkedBy.getOrDefault(tenantId, List.of()).stream().map(byId::get)
                    .map(p -> new Place(p.id(), p.number(), p.cityId(), p.cityName(), p.address(), !onlyViews.contains(p.id()))).toList();
        }

        @Override
        public Map<String, Place> all() {
            return Map.copyOf(byId);
        }

        @Override
        public Optional<String> cityId(String idOrName) {
            return cities.entrySet().stream().filter(e -> e.getKey().equals(idOrName) || e.getValue().equalsIgnoreCase(idOrName))
                    .map(Map.Entry::getKey).findFirst();
        }

        @Override
        public BiFunction<String, String, Optional<Place>> finder() {
            return (number, city) -> byId.values().stream().filter(p -> p.number().equals(number)
                    && (p.cityId().equals(city.strip()) || p.cityName().toLowerCase(Locale.ROOT).equals(city.strip().toLowerCase(Locale.ROOT))))
                    .findFirst();
        }
    }
}
