package org.kabinet.billing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A payment posted to an account, identified by the bank's or the payer's payment id. A reversed
 * payment (storno) stays on record but pays nothing.
 *
 * @param period the period the payer named, or null
 */
public record Payment(String id, LocalDate paidOn, BigDecimal amount, YearMonth period, boolean reversed) {
}
