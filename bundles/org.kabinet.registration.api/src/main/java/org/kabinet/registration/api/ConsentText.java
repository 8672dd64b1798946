package org.kabinet.registration.api;

/**
 * A version of the consent to processing personal data (a separate document, 152-ФЗ).
 *
 * @param version the version, as stored with each consent
 * @param text    the full text, plain, paragraphs separated by blank lines
 */
public record ConsentText(String version, String text) {
}
