package org.kabinet.registration.api;

import java.time.Instant;

/**
 * A registered tenant as other modules see it.
 *
 * @param name how the tenant wants to be addressed, as given in the profile; empty if not given
 */
public record Tenant(String id, String email, boolean confirmed, Instant registeredAt, Instant confirmedAt, String name) {
}
