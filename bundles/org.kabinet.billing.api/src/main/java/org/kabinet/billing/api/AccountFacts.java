package org.kabinet.billing.api;

import java.math.BigDecimal;

/** What billing needs to know of a personal account: where it is and what the charges are based on. */
public record AccountFacts(String accountId, String cityId, String address, BigDecimal areaM2, int residents) {
}
