package org.kabinet.billing.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kabinet.billing.api.AccountFacts;
import org.kabinet.billing.api.ChargeLine;
import org.kabinet.billing.api.ConsumptionSource;
import org.kabinet.billing.api.Service;
import org.kabinet.billing.api.Service.Base;
import org.kabinet.billing.api.Service.Group;
import org.kabinet.billing.api.Service.Unit;
import org.kabinet.billing.api.Tariff;

class ChargeCalculatorTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private final AccountFacts flat = new AccountFacts("acc-1", "khanty-mansiysk", "ул. Мира, д. 5, кв. 1", new BigDecimal("39.1"), 2);
    private final Service rent = new Service("rent", "Плата за наём", "Rent", Group.RENT, Unit.M2, Base.AREA, null);
    private final Service waste = new Service("waste", "Обращение с ТКО", "Waste", Group.UTILITIES, Unit.PERSON, Base.RESIDENTS, null);
    private final Service intercom = new Service("intercom", "Домофон", "Intercom", Group.OTHER, Unit.FIXED, Base.FIXED, null);
    private final Service water = new Service("cold-water", "Холодное водоснабжение", "Cold water", Group.UTILITIES, Unit.M3, Base.METERED,
            new BigDecimal("4.5"));

    private static Tariff tariff(String service, String price) {
        return new Tariff(service, Tariff.Scope.COMPANY, "", LocalDate.of(2026, 1, 1), null, new BigDecimal(price));
    }

    private final TariffChooser tariffs = new TariffChooser(List.of(tariff("rent", "12.37"), tariff("waste", "195.83"),
            tariff("intercom", "45.00"), tariff("cold-water", "58.61")));
    private final ConsumptionSource none = (account, service, period) -> Optional.empty();

    @Test
    void perSquareMetreRoundedHalfUpPerLine() {
        // 39,1 × 12,37 = 483,667 → 483,67
        ChargeLine line = new ChargeCalculator(tariffs, none).line(rent, flat, MARCH).orElseThrow();
        assertEquals(new BigDecimal("483.67"), line.amount());
        assertEquals(0, new BigDecimal("39.1").compareTo(line.volume()));
        assertEquals("площадь 39,1 м²", line.volumeSource());
    }

    @Test
    void perResidentAndFixed() {
        assertEquals(new BigDecimal("391.66"), new ChargeCalculator(tariffs, none).line(waste, flat, MARCH).orElseThrow().amount());
        ChargeLine fixed = new ChargeCalculator(tariffs, none).line(intercom, flat, MARCH).orElseThrow();
        assertEquals(new BigDecimal("45.00"), fixed.amount());
        assertEquals("фиксированная плата", fixed.volumeSource());
    }

    @Test
    void meteredByNormUntilAVolumeIsKnown() {
        // norm 4,5 m³ × 2 residents = 9 m³ × 58,61 = 527,49
        ChargeLine byNorm = new ChargeCalculator(tariffs, none).line(water, flat, MARCH).orElseThrow();
        assertEquals(new BigDecimal("527.49"), byNorm.amount());
        assertEquals("по нормативу: 4,5 м³ на человека × 2 чел.", byNorm.volumeSource());
        // a consumption source (the meters module) knows 3,257 m³: 3,257 × 58,61 = 190,892… → 190,89
        ConsumptionSource meters = (account, service, period) ->
                Optional.of(new ConsumptionSource.Consumption(new BigDecimal("3.257"), "по показаниям: 3,257 м³"));
        ChargeLine metered = new ChargeCalculator(tariffs, meters).line(water, flat, MARCH).orElseThrow();
        assertEquals(new BigDecimal("190.89"), metered.amount());
        assertEquals("по показаниям: 3,257 м³", metered.volumeSource());
    }

    @Test
    void noTariffNoLine() {
        assertTrue(new ChargeCalculator(new TariffChooser(List.of()), none).line(rent, flat, MARCH).isEmpty());
    }
}
