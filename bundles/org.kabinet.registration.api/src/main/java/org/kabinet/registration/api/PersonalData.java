package org.kabinet.registration.api;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A tenant's own personal data: the versioned consent to its processing, the export of everything the
 * portal holds about the tenant (composed from every {@link PersonalDataSource}) and the deletion of the
 * account.
 *
 * @since 2.2
 */
@ProviderType
public interface PersonalData {

    /** The consent text in force now. */
    ConsentText consentText();

    /** Whether the tenant has agreed to the text in force; a newer text asks again. */
    ConsentStatus consent(String tenantId);

    /**
     * Records the tenant's consent to the text of that version.
     *
     * @throws org.kabinet.kernel.error.ValidationException on the field "version" when it is not the version in force
     */
    ConsentStatus giveConsent(String tenantId, String version);

    /**
     * Everything the portal holds about the tenant: "profile", "consents", "sessions" and one member per
     * {@link PersonalDataSource} (by its key), in a tree of maps, lists and plain values.
     */
    Map<String, Object> export(String tenantId);

    /** The same as {@link #export(String)}, as a readable PDF (A4, Russian). */
    byte[] exportPdf(String tenantId);

    /**
     * Deletes the account of the session's tenant (withdrawing the consent is the same step): the tenant
     * cannot sign in from now on, every session and personal token ends, a confirmation letter goes to
     * the address, each module erases or pseudonymises its data (retried later if one fails) and the
     * identity is pseudonymised so the address can sign up again. Accounting records of the personal
     * accounts stay with the company.
     *
     * @throws org.kabinet.kernel.error.ValidationException on the field "password" when the password is wrong
     * @throws AuthenticationFailedException if the session is over
     */
    void deleteAccount(String sessionToken, String password);
}
