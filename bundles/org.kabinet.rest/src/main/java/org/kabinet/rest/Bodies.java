package org.kabinet.rest;

import org.kabinet.registration.api.ValidationException;

/** Request and response bodies of the API (JSON). */
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

    record Accepted(String message) {
    }

    record SessionBody(String token, String email, String expiresAt) {
    }

    record MeBody(String id, String email, boolean confirmed, String registeredAt) {
    }

    record ConfirmedBody(String email, String message) {
    }

    record TokenStateBody(String state) {
    }

    /** A missing body is a validation error, not a NullPointerException. */
    static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException(null, "request.empty", "Нужно тело запроса в формате JSON");
        }
        return body;
    }
}
