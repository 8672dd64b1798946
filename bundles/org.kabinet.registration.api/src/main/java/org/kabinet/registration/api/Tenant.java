package org.kabinet.registration.api;

import java.time.Instant;

/** A registered tenant as other modules see it. */
public record Tenant(String id, String email, boolean confirmed, Instant registeredAt, Instant confirmedAt) {
}
