package org.kabinet.meters.impl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kabinet.billing.api.ConsumptionSource;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MonthlyConsumption;
import org.kabinet.meters.api.Reading;

/**
 * A meter's volume of a period (ПП 354 п. 59): the consumption of its counted reading of the period; without
 * one, the average of the counted readings' consumption in up to the {@value #AVERAGE_PERIODS} periods
 * before it; without those, none (billing then uses the norm).
 */
public final class MeterVolumes {
    /** Periods before a period whose readings its average is made of. */
    public static final int AVERAGE_PERIODS = 3;

    private MeterVolumes() {
    }

    /** A meter's volume of a period, by readings or by the average over {@code averagedOver} periods. */
    public record Volume(BigDecimal volume, boolean byReadings, int averagedOver) {
    }

    /**
     * The volume from what is known of a meter around a period: whether the period has a counted reading
     * and its consumption, how many of the earlier periods have one and their consumption together.
     */
    public static Optional<Volume> of(boolean inPeriod, BigDecimal periodVolume, int earlierPeriods, BigDecimal earlierVolume) {
        if (inPeriod) {
            return Optional.of(new Volume(periodVolume.setScale(3, RoundingMode.HALF_UP), true, 0));
        }
        if (earlierPeriods > 0) {
            return Optional.of(new Volume(earlierVolume.divide(BigDecimal.valueOf(earlierPeriods), 3, RoundingMode.HALF_UP), false,
                    earlierPeriods));
        }
        return Optional.empty();
    }

    /**
     * An account's volume of a resource from its meters' volumes — known only when every one of its
     * {@code meters} has one — with its origin in words: «по показаниям: 3,2 м³», «по среднему за 3 мес.: 3,1 м³»,
     * «по показаниям и среднему: 6,3 м³».
     */
    public static Optional<ConsumptionSource.Consumption> account(int meters, List<Volume> volumes, String unit) {
        if (meters == 0 || volumes.size() < meters) {
            return Optional.empty();
        }
        BigDecimal total = volumes.stream().map(Volume::volume).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean readings = volumes.stream().anyMatch(Volume::byReadings);
        boolean average = volumes.stream().anyMatch(v -> !v.byReadings());
        String how;
        if (readings && average) {
            how = "по показаниям и среднему";
        } else if (readings) {
            how = "по показаниям";
        } else {
            List<Integer> over = volumes.stream().map(Volume::averagedOver).distinct().toList();
            how = over.size() == 1 ? "по среднему за " + over.get(0) + " мес." : "по среднему";
        }
        return Optional.of(new ConsumptionSource.Consumption(total, how + ": " + RussianText.volume(total, unit)));
    }

    /** A meter's consumption month by month, {@code months} periods up to {@code last}, oldest first. */
    public static List<MonthlyConsumption> series(Meter meter, List<Reading> history, YearMonth last, int months) {
        Map<YearMonth, BigDecimal> counted = new HashMap<>();
        for (Reading r : ReadingValidator.counted(history)) {
            counted.put(r.period(), r.consumption() == null ? BigDecimal.ZERO : r.consumption());
        }
        YearMonth installed = YearMonth.from(meter.installedOn());
        List<MonthlyConsumption> series = new ArrayList<>();
        for (YearMonth p = last.minusMonths(months - 1L); !p.isAfter(last); p = p.plusMonths(1)) {
            Optional<Volume> v = Optional.empty();
            if (!p.isBefore(installed)) {
                int earlier = 0;
                BigDecimal sum = BigDecimal.ZERO;
                for (int i = 1; i <= AVERAGE_PERIODS; i++) {
                    BigDecimal c = counted.get(p.minusMonths(i));
                    if (c != null) {
                        earlier++;
                        sum = sum.add(c);
                    }
                }
                v = of(counted.containsKey(p), counted.getOrDefault(p, BigDecimal.ZERO), earlier, sum);
            }
            YearMonth period = p;
            series.add(v.map(x -> new MonthlyConsumption(period, x.volume(), x.byReadings() ? MonthlyConsumption.Basis.BY_READINGS
                    : MonthlyConsumption.Basis.BY_AVERAGE)).orElseGet(() -> new MonthlyConsumption(period, BigDecimal.ZERO,
                    MonthlyConsumption.Basis.NONE)));
        }
        return series;
    }
}
