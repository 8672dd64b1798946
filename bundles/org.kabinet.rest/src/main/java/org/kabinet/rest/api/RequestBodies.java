package org.kabinet.rest.api;

import org.kabinet.kernel.error.ValidationException;

/** Checks on request bodies that every resource needs. */
public final class RequestBodies {
    private RequestBodies() {
    }

    /** A missing body is a validation error ({@code request.empty}), not a NullPointerException. */
    public static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException(null, "request.empty");
        }
        return body;
    }
}
