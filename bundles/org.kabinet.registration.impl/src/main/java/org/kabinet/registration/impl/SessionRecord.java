package org.kabinet.registration.impl;

import java.time.Instant;

/** A sign-in session, open or ended; only the token's hash is kept. */
public final class SessionRecord {
    public String hash;
    public String userId;
    public Instant createdAt;
    public Instant lastSeenAt;
    public Instant expiresAt;
    /** When the session was ended (signed out, timed out, ended by a password change); null while open. */
    public Instant endedAt;
}
