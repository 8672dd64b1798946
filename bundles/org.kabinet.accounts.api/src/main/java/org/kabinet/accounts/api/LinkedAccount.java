package org.kabinet.accounts.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A personal account as a tenant who may see it sees it: the tenant linked it with its code, or a holder
 * invited the tenant into the household.
 *
 * @param linkedAt  when the tenant linked it, or joined its household
 * @param access    how the tenant reaches it (since 2.3)
 * @param grantedBy for a household member, how the holder who invited them is called (name, else e-mail); null for a holder (since 2.3)
 */
public record LinkedAccount(String id, String number, City city, AccountKind kind, String address, BigDecimal areaM2,
                            int residents, AccountStatus status, Instant linkedAt, AccountAccess access, String grantedBy) {
    public LinkedAccount {
        access = access == null ? AccountAccess.HOLDER : access;
    }

    /** An account the tenant linked with its code (as before 2.3). */
    public LinkedAccount(String id, String number, City city, AccountKind kind, String address, BigDecimal areaM2,
                         int residents, AccountStatus status, Instant linkedAt) {
        this(id, number, city, kind, address, areaM2, residents, status, linkedAt, AccountAccess.HOLDER, null);
    }

    /** Whether the tenant may submit readings, write about it and change its notifications. @since 2.3 */
    public boolean writable() {
        return access.canWrite();
    }
}
