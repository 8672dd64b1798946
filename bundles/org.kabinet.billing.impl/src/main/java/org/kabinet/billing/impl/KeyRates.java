package org.kabinet.billing.impl;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.kabinet.billing.api.KeyRate;

/** The key rate history: the rate in force on a day is the latest row starting on or before it. */
public final class KeyRates {
    private final List<KeyRate> rates;

    public KeyRates(List<KeyRate> rates) {
        if (rates.isEmpty()) {
            throw new IllegalArgumentException("no key rates");
        }
        this.rates = rates.stream().sorted(Comparator.comparing(KeyRate::from)).toList();
    }

    /** The row in force on {@code day}; the last row stays in force until a newer one is added. */
    public KeyRate on(LocalDate day) {
        KeyRate found = null;
        for (KeyRate rate : rates) {
            if (rate.from().isAfter(day)) {
                break;
            }
            found = rate;
        }
        if (found == null) {
            throw new IllegalArgumentException("no key rate known on " + day + "; the table starts " + rates.get(0).from());
        }
        return found;
    }

    public BigDecimal percentOn(LocalDate day) {
        return on(day).percent();
    }

    public List<KeyRate> all() {
        return rates;
    }
}
