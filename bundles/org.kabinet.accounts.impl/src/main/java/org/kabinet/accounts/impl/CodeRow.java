package org.kabinet.accounts.impl;

import java.time.Instant;

/** The current registration code of an account (one per account; reissuing replaces it). */
public final class CodeRow {
    public String accountId;
    public String hash;
    public Instant issuedAt;
    public Instant expiresAt;
    public Instant usedAt;
}
