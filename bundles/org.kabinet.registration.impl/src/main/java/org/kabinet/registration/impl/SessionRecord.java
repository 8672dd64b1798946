package org.kabinet.registration.impl;

import java.time.Instant;

/** An open sign-in session; only the token's hash is kept. */
public final class SessionRecord {
    public String hash;
    public String userId;
    public Instant createdAt;
    public Instant lastSeenAt;
    public Instant expiresAt;
}
