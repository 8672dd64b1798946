package org.kabinet.registration.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Personal data a module keeps about tenants, for the tenant's "my data" export and for the deletion
 * of the account. Every module that keeps data about a tenant registers one as an OSGi service; the
 * registration module composes the export from all of them and calls each one's {@link #erase} when
 * the tenant deletes the account (or withdraws the consent, which is the same step).
 * <p>
 * {@link #erase} must be idempotent: a failed erasure is retried later by the registration module's
 * housekeeping, and one that half ran is run again whole. Records that belong to the company (charges,
 * payments, readings of a personal account) are not the tenant's to erase: keep them, and remove or
 * pseudonymise only what ties them to the person.
 */
@ConsumerType
public interface PersonalDataSource {

    /** A stable short key, the member name in the exported JSON, e.g. {@code "accounts"}. */
    String key();

    /** What the data is, in Russian, as a heading of the readable export, e.g. «Лицевые счета и телефон». */
    String title();

    /**
     * Everything this module keeps about the tenant, as a tree of {@link java.util.Map} (with
     * {@link String} keys, in a stable order), {@link java.util.List}, {@link String}, {@link Number},
     * {@link Boolean} and null. Instants are ISO-8601 strings. Never secrets (hashes, codes, tokens).
     */
    Object export(DataSubject subject);

    /** Removes or pseudonymises the tenant's data; running it again changes nothing. */
    void erase(DataSubject subject);
}
