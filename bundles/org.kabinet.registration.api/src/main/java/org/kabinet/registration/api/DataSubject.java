package org.kabinet.registration.api;

/**
 * Whose personal data an export or an erasure is about.
 *
 * @param tenantId the tenant's id, as every module keeps it
 * @param email    the tenant's e-mail address as registered; on an erasure retried after the identity
 *                 was pseudonymised it is the pseudonym, so never match rows by it when erasing
 */
public record DataSubject(String tenantId, String email) {
}
