package org.kabinet.registration.api;

import java.time.Instant;

/** A staff session: send the token as {@code Authorization: Bearer <token>}. The token is secret. */
public record StaffSession(String token, StaffMember member, Instant expiresAt) {
    @Override
    public String toString() {
        return "StaffSession[" + member.name() + ", until " + expiresAt + "]";
    }
}
