package org.kabinet.notifications.api;

import org.osgi.annotation.versioning.ProviderType;

/** Gives the configured {@link CompanyProfile}. */
@ProviderType
public interface Company {
    CompanyProfile profile();

    /**
     * The bank details tenants pay to (on statements and in their payment QR code).
     *
     * @since 1.3
     */
    BankDetails bankDetails();
}
