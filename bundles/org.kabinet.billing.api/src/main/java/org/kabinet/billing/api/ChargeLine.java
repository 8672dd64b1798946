package org.kabinet.billing.api;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One service's charge on one account for one month: {@code volume × tariff = amount}, with where the
 * volume came from in words («площадь 39,1 м²», «по нормативу: 4,5 м³ на человека × 2 чел.», «по показаниям: 3,2 м³»).
 */
public record ChargeLine(String accountId, YearMonth period, String serviceCode, BigDecimal volume, Service.Unit unit,
                         BigDecimal tariff, BigDecimal amount, String volumeSource) {
}
