package org.kabinet.accounts.api;

import java.math.BigDecimal;
import java.time.Instant;

/** A personal account as staff see it. */
public record Account(String id, String number, City city, AccountKind kind, String address, BigDecimal areaM2,
                      int residents, AccountStatus status, int linkedTenants, Instant codeExpiresAt) {
}
