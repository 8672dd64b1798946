package org.kabinet.rest.api;

import java.security.Principal;
import java.util.Set;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.core.SecurityContext;

/**
 * Who is calling, as the core's access filter established it. A resource takes
 * {@code @Context SecurityContext security} and asks {@code Caller.tenant(security)}.
 */
public sealed interface Caller extends Principal {

    /**
     * A signed-in tenant; {@code token} is the session's, for calls on the tenant's behalf. A call with a
     * personal token ({@link TenantAccess#tokenScope()}) has no session: {@code email} and {@code token} are
     * empty and {@code personalToken} is the token's name.
     */
    record Tenant(String id, String email, String token, String personalToken) implements Caller {
        /** A tenant with a session. */
        public Tenant(String id, String email, String token) {
            this(id, email, token, null);
        }

        /** Whether the call came with a personal token rather than a session. */
        public boolean viaPersonalToken() {
            return personalToken != null;
        }

        @Override
        public String getName() {
            return id;
        }

        @Override
        public String toString() {
            return "Tenant[" + id + "]";
        }
    }

    /** A member of staff and their roles. */
    record Staff(String name, Set<String> roles) implements Caller {
        @Override
        public String getName() {
            return name;
        }
    }

    /** The tenant of a {@link TenantAccess} request. */
    static Tenant tenant(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof Tenant t) {
            return t;
        }
        throw new NotAuthorizedException("Bearer");
    }

    /** The member of staff of a {@link StaffAccess} request. */
    static Staff staff(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof Staff s) {
            return s;
        }
        throw new NotAuthorizedException("Bearer");
    }
}
