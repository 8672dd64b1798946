package org.kabinet.accounts.api;

import org.kabinet.kernel.error.ResourceBundleCatalog;

/**
 * The texts of the accounts module's error codes, in Russian and English: what the codes of
 * {@link LinkRefusedException}, {@link TooManyAttemptsException}, {@link PhoneVerificationException}
 * and the validation errors of this API mean to a person. The accounts module registers it as an
 * {@link org.kabinet.kernel.error.ErrorCatalog} service.
 */
public final class AccountErrors extends ResourceBundleCatalog {
    public AccountErrors() {
        super("org.kabinet.accounts.api.errors");
    }
}
