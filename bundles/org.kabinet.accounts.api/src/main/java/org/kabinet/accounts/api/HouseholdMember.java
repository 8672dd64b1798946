package org.kabinet.accounts.api;

import java.time.Instant;

/**
 * Someone who sees a personal account.
 *
 * @param since     when they linked it or joined
 * @param lastVisit when they last opened their cabinet's accounts (to a quarter of an hour), or null
 * @param grantedBy the tenant id of the holder who invited them; null for a holder
 * @since 2.3
 */
public record HouseholdMember(String tenantId, String email, String name, AccountAccess access, Instant since,
                              Instant lastVisit, String grantedBy) {
}
