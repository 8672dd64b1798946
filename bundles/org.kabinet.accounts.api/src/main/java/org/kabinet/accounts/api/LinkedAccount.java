package org.kabinet.accounts.api;

import java.math.BigDecimal;
import java.time.Instant;

/** A personal account as the tenant who linked it sees it. */
public record LinkedAccount(String id, String number, City city, AccountKind kind, String address, BigDecimal areaM2,
                            int residents, AccountStatus status, Instant linkedAt) {
}
