package org.kabinet.accounts.impl;

import java.time.Instant;
import org.kabinet.accounts.api.AccountAccess;

/** An invitation into an account's household; the token itself is never kept, only its hash. */
public final class InvitationRow {
    public String id;
    public String accountId;
    public String holderId;
    public String email;
    public AccountAccess access;
    public String tokenHash;
    public Instant createdAt;
    public Instant expiresAt;
    public Instant endedAt;
    /** ACCEPTED, CANCELLED or ENDED once ended; null while open. */
    public String outcome;

    public boolean open(Instant now) {
        return endedAt == null && now.isBefore(expiresAt);
    }
}
