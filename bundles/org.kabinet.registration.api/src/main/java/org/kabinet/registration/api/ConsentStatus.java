package org.kabinet.registration.api;

/**
 * Where a tenant stands with the consent to processing personal data.
 *
 * @param version  the version of the text the tenant last agreed to and has not withdrawn; null if none
 * @param current  the version of the text in force now
 * @param required true when the tenant must agree to the current version before using the cabinet
 */
public record ConsentStatus(String version, String current, boolean required) {
}
