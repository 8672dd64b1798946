package org.kabinet.billing.impl;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Optional;
import org.kabinet.billing.api.AccountFacts;
import org.kabinet.billing.api.ChargeLine;
import org.kabinet.billing.api.ConsumptionSource;
import org.kabinet.billing.api.Service;
import org.kabinet.billing.api.Tariff;
import org.kabinet.kernel.money.Money;

/**
 * A month's charge line for one service on one account: the volume by the service's base, the tariff
 * valid on the 1st of the month ({@link TariffChooser}), {@code amount = volume × tariff} rounded half up
 * to kopecks per line. Volumes keep 4 decimals.
 */
public final class ChargeCalculator {
    private static final int VOLUME_SCALE = 4;
    private final TariffChooser tariffs;
    private final ConsumptionSource consumption;

    public ChargeCalculator(TariffChooser tariffs, ConsumptionSource consumption) {
        this.tariffs = tariffs;
        this.consumption = consumption;
    }

    /** The line, or empty when no tariff applies (the run lists such accounts as skipped, with the reason). */
    public Optional<ChargeLine> line(Service service, AccountFacts account, YearMonth period) {
        Optional<Tariff> tariff = tariffs.choose(service.code(), account, period.atDay(1));
        if (tariff.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal volume;
        String source;
        switch (service.base()) {
            case AREA -> {
                volume = account.areaM2();
                source = "площадь " + number(volume) + " м²";
            }
            case RESIDENTS -> {
                volume = BigDecimal.valueOf(account.residents());
                source = "проживает " + account.residents() + " чел.";
            }
            case FIXED -> {
                volume = BigDecimal.ONE;
                source = "фиксированная плата";
            }
            case METERED -> {
                Optional<ConsumptionSource.Consumption> known = consumption.volume(account, service, period);
                if (known.isPresent()) {
                    volume = known.get().volume();
                    source = known.get().source();
                } else {
                    BigDecimal norm = service.normPerPerson() == null ? BigDecimal.ZERO : service.normPerPerson();
                    volume = norm.multiply(BigDecimal.valueOf(account.residents()));
                    source = "по нормативу: " + number(norm) + " " + unit(service.unit()) + " на человека × "
                            + account.residents() + " чел.";
                }
            }
            default -> throw new IllegalStateException("unknown base " + service.base());
        }
        volume = volume.setScale(VOLUME_SCALE, RoundingMode.HALF_UP);
        BigDecimal price = tariff.get().price();
        BigDecimal amount = Money.of(volume.multiply(price));
        return Optional.of(new ChargeLine(account.accountId(), period, service.code(), volume, service.unit(), price, amount, source));
    }

    static String unit(Service.Unit unit) {
        return switch (unit) {
            case M2 -> "м²";
            case PERSON -> "чел.";
            case M3 -> "м³";
            case KWH -> "кВт·ч";
            case GCAL -> "Гкал";
            case FIXED -> "";
        };
    }

    private static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
