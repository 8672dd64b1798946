package org.kabinet.meters.impl;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.Reading;

/**
 * A period's readings for an external billing system, UTF-8 with a BOM (so spreadsheets read it),
 * {@code ;} between fields: {@code account;city;serial;resource;period;takenOn;zone1;zone2;zone3;consumption;status;source}
 * — numbers with a decimal point, dates yyyy-MM-dd, codes for resource, status and source; one line per
 * meter (its current reading), by account number.
 */
public final class ReadingExport {
    public static final String HEADER = "account;city;serial;resource;period;takenOn;zone1;zone2;zone3;consumption;status;source";

    private ReadingExport() {
    }

    public static byte[] csv(List<Reading> readings, Map<String, Meter> meters, Map<String, AccountPlaces.Place> accounts) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append('\n');
        readings.stream().filter(r -> meters.containsKey(r.meterId()))
                .sorted(Comparator.comparing((Reading r) -> number(accounts, meters.get(r.meterId())))
                        .thenComparing(r -> meters.get(r.meterId()).resource())
                        .thenComparing(r -> meters.get(r.meterId()).serialNumber()))
                .forEach(r -> {
                    Meter m = meters.get(r.meterId());
                    AccountPlaces.Place a = accounts.get(m.accountId());
                    csv.append(CsvValues.field(a == null ? m.accountId() : a.number())).append(';')
                            .append(CsvValues.field(a == null ? "" : a.cityName())).append(';')
                            .append(CsvValues.field(m.serialNumber())).append(';')
                            .append(m.resource().name()).append(';')
                            .append(r.period()).append(';')
                            .append(r.takenOn()).append(';');
                    for (int zone = 0; zone < 3; zone++) {
                        csv.append(zone < r.values().size() ? plain(r.values().get(zone)) : "").append(';');
                    }
                    csv.append(r.consumption() == null ? "" : plain(r.consumption())).append(';')
                            .append(r.status().name()).append(';')
                            .append(r.source().name()).append('\n');
                });
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String number(Map<String, AccountPlaces.Place> accounts, Meter meter) {
        AccountPlaces.Place a = accounts.get(meter.accountId());
        return a == null ? meter.accountId() : a.cityName() + "\u0000" + a.number();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
