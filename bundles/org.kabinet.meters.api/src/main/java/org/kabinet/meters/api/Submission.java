package org.kabinet.meters.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A reading to submit: one value per tariff zone, and the day it was taken (today when null). */
public record Submission(List<BigDecimal> values, LocalDate takenOn) {
}
