package org.kabinet.meters.api;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The window of an account as of today: the rule that applies, whether it is open, this or the next
 * window's first and last day, and the period a reading sent now would count for (empty when a strict
 * window is closed).
 */
public record WindowState(WindowRule rule, boolean open, LocalDate opens, LocalDate closes, YearMonth periodNow) {
}
