package org.kabinet.registration.impl;

import java.time.Instant;

/** A tenant's identity record, as the domain rules read and change it. */
public final class UserAccount {
    public String id;
    public String email;
    public String passwordHash;
    public boolean confirmed;
    public Instant registeredAt;
    public Instant confirmedAt;
    public String consentVersion;
    public Instant consentAt;
    public int failedSignIns;
    public Instant lastFailedSignIn;
    public Instant verifyWindowStart;
    public int verifyCount;
    public String mailSentTimes;
    /** How the tenant wants to be addressed; null if not given. */
    public String displayName;
    /** When the account was deleted (the identity is then pseudonymised); null while it is in use. */
    public Instant deletedAt;
}
