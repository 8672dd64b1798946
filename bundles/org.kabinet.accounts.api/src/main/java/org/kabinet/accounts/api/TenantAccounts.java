package org.kabinet.accounts.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** What a tenant does with personal accounts. Every method acts only on the tenant's own links. */
@ProviderType
public interface TenantAccounts {

    List<City> cities();

    List<LinkedAccount> linked(String tenantId);

    /** @throws NotFoundException if the tenant has not linked that account (or it does not exist) */
    LinkedAccount linkedAccount(String tenantId, String accountId);

    /**
     * Links an account by number, city and registration code, and stores the phone if given.
     *
     * @throws org.kabinet.registration.api.ValidationException for an empty field or a malformed phone
     * @throws LinkRefusedException     identically for a wrong number, city or code
     * @throws TooManyAttemptsException after too many failures (nothing is checked then)
     */
    LinkedAccount link(String tenantId, LinkRequest request);

    /** @throws NotFoundException if the tenant has not linked that account */
    void unlink(String tenantId, String accountId);

    /** The tenant's mobile phone (10 digits), if given. Not verified yet. */
    Optional<String> phone(String tenantId);
}
