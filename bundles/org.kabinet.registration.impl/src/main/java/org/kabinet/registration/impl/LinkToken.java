package org.kabinet.registration.impl;

import java.time.Instant;

/** A one-time link mailed to a tenant; only the token's hash is kept. */
public final class LinkToken {
    public enum Purpose { CONFIRM, RESET }

    public String hash;
    public String userId;
    public Purpose purpose;
    public Instant createdAt;
    public Instant expiresAt;
    public Instant usedAt;
    /** For confirmation links: the password chosen at the sign-up that sent this link. */
    public String passwordHash;
}
