package org.kabinet.accounts.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a tenant does with personal accounts. Every method acts only on the accounts the tenant sees: linked with
 * the code, or reached as a household member ({@link LinkedAccount#access()}, {@link Household}).
 */
@ProviderType
public interface TenantAccounts {

    List<City> cities();

    List<LinkedAccount> linked(String tenantId);

    /** @throws NotFoundException if the tenant has not linked that account (or it does not exist) */
    LinkedAccount linkedAccount(String tenantId, String accountId);

    /**
     * Links an account by number, city and registration code, and stores the phone if given.
     *
     * @throws org.kabinet.kernel.error.ValidationException for an empty field or a malformed phone
     * @throws LinkRefusedException     identically for a wrong number, city or code
     * @throws TooManyAttemptsException after too many failures on the typed (city, number) — whether or not
     *                                  such an account exists — (the right code still links then), or by the
     *                                  tenant (nothing is checked then)
     */
    LinkedAccount link(String tenantId, LinkRequest request);

    /**
     * As {@link #link(String, LinkRequest)}, also limiting failed attempts from the client's address (the
     * caller's IP as the portal sees it; null or blank: no limit by address). Past the limit the answer is the
     * same {@link TooManyAttemptsException} as for a locked number. @since 2.2
     */
    default LinkedAccount link(String tenantId, LinkRequest request, String clientAddress) {
        return link(tenantId, request);
    }

    /**
     * The account if the tenant may change things on it: its holder or a household member with the full role.
     *
     * @throws NotFoundException       the tenant does not see the account
     * @throws ReadOnlyAccessException a member with the view role
     * @since 2.3
     */
    default LinkedAccount writableAccount(String tenantId, String accountId) {
        LinkedAccount account = linkedAccount(tenantId, accountId);
        if (!account.writable()) {
            throw new ReadOnlyAccessException();
        }
        return account;
    }

    /**
     * Takes the account out of the tenant's cabinet. For its holder this also ends every household member's access
     * granted through it; for a member it is leaving the household.
     *
     * @throws NotFoundException if the tenant does not see that account
     */
    void unlink(String tenantId, String accountId);

    /** The tenant's mobile phone (10 digits), if given, verified or not. */
    Optional<String> phone(String tenantId);

    /**
     * The phone notifications may use: only one the tenant confirmed with the SMS code.
     *
     * @since 1.1
     */
    Optional<String> verifiedPhone(String tenantId);

    /** @since 1.1 */
    Optional<PhoneStatus> phoneStatus(String tenantId);

    /**
     * Stores the phone (unconfirmed) and sends a 6-digit code to it by SMS, valid 10 minutes.
     *
     * @throws org.kabinet.kernel.error.ValidationException for a malformed phone
     * @throws PhoneVerificationException {@code phone.cooldown} within a minute of the previous code,
     *                                    {@code phone.daily} past the day's codes for the number or the tenant
     * @since 1.1
     */
    PhoneStatus requestPhoneVerification(String tenantId, String phone);

    /**
     * Confirms the phone with the code from the SMS (at most 5 tries per code).
     *
     * @throws PhoneVerificationException saying why not
     * @since 1.1
     */
    PhoneStatus verifyPhone(String tenantId, String code);
}
