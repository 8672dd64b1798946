package org.kabinet.rest.identity;

/** Request and response bodies of the identity part of the API (JSON). */
final class Bodies {
    private Bodies() {
    }

    record SignUpBody(String email, String password, Boolean consent) {
    }

    record EmailBody(String email) {
    }

    record TokenBody(String token) {
    }

    record PasswordBody(String password) {
    }

    record PasswordChangeBody(String currentPassword, String newPassword) {
    }

    record Credentials(String email, String password) {
    }

    record StaffCredentials(String user, String password) {
    }

    record Accepted(String message) {
    }

    record SessionBody(String token, String email, String expiresAt) {
    }

    record StaffSessionBody(String token, String user, java.util.Set<String> roles, String expiresAt) {
    }

    /** {@code name}: how the tenant wants to be addressed, empty if not given. */
    record MeBody(String id, String email, boolean confirmed, String registeredAt, String name) {
    }

    record NameBody(String name) {
    }

    record ConfirmedBody(String email, String message) {
    }

    record TokenStateBody(String state) {
    }
}
