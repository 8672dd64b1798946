package org.kabinet.billing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The пени on one period's debt up to a day, with every stretch that makes it up; {@code amount} is
 * the sum of the pieces' amounts.
 */
public record Penalty(YearMonth period, BigDecimal debt, LocalDate dueDate, LocalDate until, List<PenaltyPiece> pieces,
                      BigDecimal amount) {
}
