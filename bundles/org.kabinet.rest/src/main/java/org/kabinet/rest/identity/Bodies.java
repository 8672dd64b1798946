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

    record MeBody(String id, String email, boolean confirmed, String registeredAt) {
    }

    record ConfirmedBody(String email, String message) {
    }

    record TokenStateBody(String state) {
    }
}
