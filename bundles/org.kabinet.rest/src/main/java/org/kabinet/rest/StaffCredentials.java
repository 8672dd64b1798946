package org.kabinet.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.ws.rs.ForbiddenException;
import javax.ws.rs.NotAuthorizedException;
import org.kabinet.registration.api.StaffAuthentication;
import org.kabinet.registration.api.StaffMember;

/** Reads {@code Authorization: Basic …} of a staff member and requires the manager role. */
final class StaffCredentials {
    static final String CHALLENGE = "Basic realm=\"kabinet-staff\", charset=\"UTF-8\"";

    private StaffCredentials() {
    }

    static StaffMember requireManager(StaffAuthentication staff, String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new NotAuthorizedException(CHALLENGE);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new NotAuthorizedException(CHALLENGE);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new NotAuthorizedException(CHALLENGE);
        }
        StaffMember member = staff.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1))
                .orElseThrow(() -> new NotAuthorizedException(CHALLENGE));
        if (!member.isManager()) {
            throw new ForbiddenException();
        }
        return member;
    }
}
