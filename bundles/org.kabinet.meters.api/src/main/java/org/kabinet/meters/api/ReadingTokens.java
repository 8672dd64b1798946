package org.kabinet.meters.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Personal tokens that let a tenant's own device submit readings for the tenant's accounts: created with
 * a name and an expiry (at most a year ahead), the secret shown once and stored hashed, revocable, the
 * last use shown. At most 10 live tokens per tenant.
 */
@ProviderType
public interface ReadingTokens {
    List<ReadingToken> tokens(String tenantId);

    /**
     * @throws org.kabinet.kernel.error.ValidationException {@code meters.token.name}, {@code meters.token.expiry},
     *         {@code meters.token.tooMany}
     */
    CreatedToken create(String tenantId, String name, LocalDate expiresOn);

    /** Revokes at once; NotFoundException for a token not the tenant's. */
    void revoke(String tenantId, String tokenId);

    /** The tenant and token behind a secret, if it is a live token (not revoked, not expired); records its use. */
    Optional<TokenHolder> resolve(String secret);

    /** Whose a token is. */
    record TokenHolder(String tenantId, String tokenId, String tokenName) {
    }
}
