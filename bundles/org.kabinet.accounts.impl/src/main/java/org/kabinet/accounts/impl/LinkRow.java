package org.kabinet.accounts.impl;

import java.time.Instant;
import org.kabinet.accounts.api.AccountAccess;

/** A tenant's link to an account: the holder's own, or a household member's. */
public final class LinkRow {
    public String tenantId;
    public String accountId;
    public Instant linkedAt;
    public AccountAccess access = AccountAccess.HOLDER;
    /** The holder who invited a member; null for a holder. */
    public String grantedBy;
    /** When a member last opened the accounts, or null. */
    public Instant lastSeenAt;
}
