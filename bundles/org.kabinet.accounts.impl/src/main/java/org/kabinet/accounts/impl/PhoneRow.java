package org.kabinet.accounts.impl;

import java.time.Instant;

/** A tenant's phone and the state of its confirmation by SMS code. */
public final class PhoneRow {
    public String tenantId;
    public String phone;
    public boolean verified;
    public String codeHash;
    public Instant codeExpiresAt;
    public int codeAttempts;
    public Instant codeSentAt;
    public Instant updatedAt;
}
