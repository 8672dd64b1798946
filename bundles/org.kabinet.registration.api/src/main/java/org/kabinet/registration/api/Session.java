package org.kabinet.registration.api;

import java.time.Instant;

/**
 * A signed-in session. The token is secret: send it as {@code Authorization: Bearer <token>}.
 */
public record Session(String token, String userId, String email, Instant expiresAt) {
    @Override
    public String toString() {
        return "Session[userId=" + userId + ", email=" + email + "]";
    }
}
