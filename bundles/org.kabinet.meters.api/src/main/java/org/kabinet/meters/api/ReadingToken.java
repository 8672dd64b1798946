package org.kabinet.meters.api;

import java.time.Instant;

/** A tenant's personal token for submitting readings (a smart meter, Home Assistant); the secret is shown once, kept hashed. */
public record ReadingToken(String id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, boolean revoked) {
}
