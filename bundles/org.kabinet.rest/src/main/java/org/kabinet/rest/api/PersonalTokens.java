package org.kabinet.rest.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Personal tokens of one scope, as a module issues them (the meters module: {@code readings}, for a
 * tenant's smart meter). The access filter asks the services of a method's
 * {@link TenantAccess#tokenScope()} about a Bearer token that is no session.
 */
@ConsumerType
public interface PersonalTokens {
    /** The scope these tokens grant. */
    String scope();

    /**
     * The tenant behind a live token (not revoked, not expired), or empty for anything else.
     * {@code limited} true: the token is used too often right now (the call answers 429).
     */
    Optional<Holder> resolve(String secret);

    /** Whose token it is, its name as the tenant gave it, and whether it is over its rate limit now. */
    record Holder(String tenantId, String tokenName, boolean limited) {
    }
}
