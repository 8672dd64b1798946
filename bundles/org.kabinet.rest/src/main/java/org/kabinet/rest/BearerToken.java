package org.kabinet.rest;

import javax.ws.rs.NotAuthorizedException;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.Session;

/** Reads {@code Authorization: Bearer <token>}. */
final class BearerToken {
    private static final String PREFIX = "Bearer ";

    private BearerToken() {
    }

    static String of(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        return authorization.substring(PREFIX.length()).strip();
    }

    /** The open session of the header's token, or 401. */
    static Session require(Authentication authentication, String authorization) {
        return authentication.session(of(authorization)).orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }
}
