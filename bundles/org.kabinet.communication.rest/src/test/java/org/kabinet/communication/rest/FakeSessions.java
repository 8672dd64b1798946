package org.kabinet.communication.rest;

import java.time.Instant;
import java.util.Optional;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.Session;

/** Tenants' sessions: one live token, "live-token", of "tenant-1". */
final class FakeSessions implements Authentication {
    @Override
    public Session signIn(String email, String password) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Session> session(String token) {
        return "live-token".equals(token)
                ? Optional.of(new Session(token, "tenant-1", "t@example.ru", Instant.parse("2030-01-01T00:00:00Z")))
                : Optional.empty();
    }

    @Override
    public void signOut(String token) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void changePassword(String token, String currentPassword, String newPassword) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String changeName(String token, String name) {
        throw new UnsupportedOperationException();
    }
}
