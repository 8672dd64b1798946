package org.kabinet.billing.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The Bank of Russia key rate, in per cent a year, in force from {@code from} until the next row. */
public record KeyRate(LocalDate from, BigDecimal percent) {
}
