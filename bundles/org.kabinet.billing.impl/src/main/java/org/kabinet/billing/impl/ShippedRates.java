package org.kabinet.billing.impl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.kabinet.billing.api.KeyRate;
import org.kabinet.billing.api.PenaltyRule;

/**
 * The key rates and пени rules shipped with the portal ({@code key-rates.csv}, {@code penalty-rules.csv}
 * beside this class, each with its source): the first contents of the tables staff keep up to date.
 */
public final class ShippedRates {
    private ShippedRates() {
    }

    public static List<KeyRate> keyRates() {
        return read("key-rates.csv", f -> new KeyRate(LocalDate.parse(f[0]), new BigDecimal(f[1])));
    }

    public static List<PenaltyRule> penaltyRules() {
        return read("penalty-rules.csv", f -> new PenaltyRule(PenaltyRule.Kind.valueOf(f[0]), LocalDate.parse(f[1]),
                f[2].isEmpty() ? null : LocalDate.parse(f[2]), f[3].isEmpty() ? null : new BigDecimal(f[3]), f[4]));
    }

    private static <T> List<T> read(String name, Function<String[], T> row) {
        try (InputStream in = ShippedRates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<T> rows = new ArrayList<>();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(row.apply(line.split(";", -1)));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
