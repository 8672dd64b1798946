package org.kabinet.meters.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kabinet.meters.impl.MetersFixture.day;
import static org.kabinet.meters.impl.MetersFixture.values;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.billing.api.AccountFacts;
import org.kabinet.billing.api.ConsumptionSource.Consumption;
import org.kabinet.billing.api.Service;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterInput;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingSource;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.Resource;
import org.kabinet.meters.api.Submission;

/** Billing's volumes from readings, else the average, else none (the norm), over the real persistence unit. */
class BillingVolumesTest {
    private static final Service COLD = new Service("cold-water", "Холодное водоснабжение", "Cold water", Service.Group.UTILITIES,
            Service.Unit.M3, Service.Base.METERED, new BigDecimal("4.2"));
    private static final Service HOT = new Service("hot-water", "Горячее водоснабжение", "Hot water", Service.Group.UTILITIES,
            Service.Unit.M3, Service.Base.METERED, new BigDecimal("3.1"));
    private static final Service POWER = new Service("electricity", "Электроснабжение", "Electricity", Service.Group.UTILITIES,
            Service.Unit.KWH, Service.Base.METERED, new BigDecimal("90"));
    private static final AccountFacts FLAT = new AccountFacts("acc-1", "khanty-mansiysk", "ул. Мира, д. 5, кв. 1", new BigDecimal("39.1"), 2);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private MetersFixture f;
    private BillingVolumes volumes;
    private Meter water;

    @BeforeEach
    void setUp() throws Exception {
        f = new MetersFixture();
        volumes = new BillingVolumes(f.data, BillingVolumes.resources(
                "cold-water=COLD_WATER,hot-water=HOT_WATER,electricity=ELECTRICITY,heating=HEAT,gas=GAS", bad -> { }));
        water = f.coldWater();
        f.on(day("2026-05-10"));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Reading staff(Meter meter, String takenOn, String... values) {
        return f.admin.submit(meter.id(), new Submission(values(values), day(takenOn)), "controller");
    }

    private Optional<Consumption> volume(Service service, YearMonth period) {
        return volumes.volume(FLAT, service, period);
    }

    private static Optional<Consumption> consumption(String volume, String source) {
        return Optional.of(new Consumption(new BigDecimal(volume), source));
    }

    @Test
    void aPeriodWithACountedReadingIsChargedByIt() {
        staff(water, "2026-01-21", "10");
        assertEquals(consumption("10.000", "по показаниям: 10\u00a0м³"), volume(COLD, YearMonth.of(2026, 1)));
    }

    @Test
    void withoutOneTheAverageOfUpToThreeEarlierPeriodsThenNothing() {
        staff(water, "2026-01-21", "10");
        staff(water, "2026-02-21", "14");
        staff(water, "2026-03-21", "21");
        assertEquals(consumption("7.000", "по среднему за 3 мес.: 7\u00a0м³"), volume(COLD, APRIL), "(10 + 4 + 7) / 3");
        assertEquals(consumption("5.500", "по среднему за 2 мес.: 5,5\u00a0м³"), volume(COLD, YearMonth.of(2026, 5)), "(4 + 7) / 2");
        assertEquals(consumption("7.000", "по среднему за 1 мес.: 7\u00a0м³"), volume(COLD, YearMonth.of(2026, 6)));
        assertEquals(Optional.empty(), volume(COLD, YearMonth.of(2026, 7)), "three months after the last reading the norm applies");
        assertEquals(Optional.empty(), volume(COLD, YearMonth.of(2025, 12)), "before the meter was installed");
    }

    @Test
    void metersOfOneResourceAddUpAndTheSourceSaysHow() {
        Meter bathroom = f.admin.add(new MeterInput("acc-1", Resource.COLD_WATER, "CW-2", "ванная", 1, 5, day("2026-01-01"), null,
                values("100")), "m");
        staff(water, "2026-03-21", "21");
        assertEquals(Optional.empty(), volume(COLD, APRIL), "the bathroom meter has neither a reading nor an average");
        staff(bathroom, "2026-04-21", "102.5");
        assertEquals(consumption("23.500", "по показаниям и среднему: 23,5\u00a0м³"), volume(COLD, APRIL));
        staff(water, "2026-04-22", "30");
        assertEquals(consumption("11.500", "по показаниям: 11,5\u00a0м³"), volume(COLD, APRIL));
        assertEquals(Optional.empty(), volume(HOT, APRIL), "no hot-water meter: the norm");
    }

    @Test
    void onlyActiveMetersInstalledByThePeriodsEndCount() {
        staff(water, "2026-04-21", "8");
        Meter later = f.admin.add(new MeterInput("acc-1", Resource.COLD_WATER, "CW-3", "", 1, 5, day("2026-05-01"), null, values("0")), "m");
        assertEquals(consumption("8.000", "по показаниям: 8\u00a0м³"), volume(COLD, APRIL), "a meter installed in May is not April's");
        assertEquals(Optional.empty(), volume(COLD, YearMonth.of(2026, 5)), "in May it is, without a reading");
        f.admin.archive(later.id(), "m");
        assertEquals(consumption("8.000", "по среднему за 1 мес.: 8\u00a0м³"), volume(COLD, YearMonth.of(2026, 5)));
        f.admin.archive(water.id(), "m");
        assertEquals(Optional.empty(), volume(COLD, YearMonth.of(2026, 5)), "no active meter: the norm");
    }

    @Test
    void aFlaggedReadingCountsOnlyOnceAccepted() {
        staff(water, "2026-01-21", "3");
        staff(water, "2026-02-21", "6");
        staff(water, "2026-03-21", "9");
        assertEquals(consumption("3.000", "по среднему за 3 мес.: 3\u00a0м³"), volume(COLD, APRIL));
        Reading flagged = staff(water, "2026-04-21", "40");
        assertEquals(ReadingStatus.FLAGGED, flagged.status());
        assertEquals(consumption("3.000", "по среднему за 3 мес.: 3\u00a0м³"), volume(COLD, APRIL));
        f.admin.review(flagged.id(), true, null, "manager");
        assertEquals(consumption("31.000", "по показаниям: 31\u00a0м³"), volume(COLD, APRIL), "seen at once, though April was read before");
    }

    @Test
    void electricityAddsItsZones() {
        Meter power = f.admin.add(new MeterInput("acc-1", Resource.ELECTRICITY, "E-1", "", 2, 6, day("2026-01-01"), null,
                values("1000", "500")), "m");
        staff(power, "2026-04-21", "1150.5", "560");
        assertEquals(consumption("210.500", "по показаниям: 210,5\u00a0кВт·ч"), volume(POWER, APRIL));
    }

    @Test
    void aServiceNoResourceIsConfiguredForHasNoVolume() {
        staff(water, "2026-04-21", "8");
        Service other = new Service("b-cold-water", "ХВС", "Cold", Service.Group.UTILITIES, Service.Unit.M3, Service.Base.METERED, BigDecimal.ONE);
        assertEquals(Optional.empty(), volume(other, APRIL));
        assertEquals(Optional.empty(), volumes.volume(new AccountFacts("acc-2", "khanty-mansiysk", "", BigDecimal.TEN, 1), COLD, APRIL),
                "an account without meters");
    }

    @Test
    void aRunIsAnsweredFromMemoryAndAnIdlePauseReadsAfresh() {
        staff(water, "2026-04-21", "8");
        assertEquals(consumption("8.000", "по показаниям: 8\u00a0м³"), volume(COLD, APRIL));
        // behind the services' back (as another node would): not seen while billing keeps asking…
        f.jpa.inTransaction(() -> {
            f.store.updateReading(withConsumption(f.store.readings(water.id()).get(0), "9.000"));
            return null;
        });
        f.clock.advance(Duration.ofSeconds(20));
        assertEquals(consumption("8.000", "по показаниям: 8\u00a0м³"), volume(COLD, APRIL));
        // …and seen once it paused
        f.clock.advance(BillingVolumes.IDLE.plusSeconds(1));
        assertEquals(consumption("9.000", "по показаниям: 9\u00a0м³"), volume(COLD, APRIL));
    }

    @Test
    void aReadingChangedHereIsSeenAtOnceAlsoWhileARunIsAsking() {
        Meter[] meters = new Meter[20];
        List<AccountFacts> flats = new ArrayList<>();
        for (int i = 0; i < meters.length; i++) {
            String account = "run-" + i;
            f.accounts.add(account, "77" + i, "khanty-mansiysk", "Ханты-Мансийск", "ул. Мира, д. 9, кв. " + i, "tenant-run");
            meters[i] = f.admin.add(new MeterInput(account, Resource.COLD_WATER, "R-" + i, "", 1, 5, day("2026-01-01"), null, values("0")), "m");
            staff(meters[i], "2026-04-21", String.valueOf(i + 1));
            flats.add(new AccountFacts(account, "khanty-mansiysk", "", BigDecimal.TEN, 1));
        }
        for (int i = 0; i < 10; i++) {
            assertEquals(new BigDecimal(i + 1).setScale(3), volumes.volume(flats.get(i), COLD, APRIL).orElseThrow().volume());
        }
        staff(meters[15], "2026-04-22", "50");
        f.tenant.submit("tenant-run", meters[3].id(), new Submission(values("30"), day("2026-04-22")), ReadingSource.CABINET, "t");
        for (int i = 10; i < 20; i++) {
            assertEquals(new BigDecimal(i == 15 ? 50 : i + 1).setScale(3), volumes.volume(flats.get(i), COLD, APRIL).orElseThrow().volume());
        }
        assertTrue(volumes.volume(flats.get(3), COLD, APRIL).isPresent());
    }

    @Test
    void theServiceResourcesAreReadLeniently() {
        List<String> bad = new ArrayList<>();
        Map<String, Resource> map = BillingVolumes.resources(" Cold-Water = cold_water , heat=Отопление, broken, x=NOTHING,", bad::add);
        assertEquals(Map.of("cold-water", Resource.COLD_WATER, "heat", Resource.HEAT), map);
        assertEquals(List.of("broken", "x=NOTHING"), bad);
    }

    private static Reading withConsumption(Reading r, String consumption) {
        return new Reading(r.id(), r.meterId(), r.period(), r.takenOn(), r.submittedAt(), r.values(), new BigDecimal(consumption), r.status(),
                r.reason(), r.source(), r.by(), r.current());
    }
}
