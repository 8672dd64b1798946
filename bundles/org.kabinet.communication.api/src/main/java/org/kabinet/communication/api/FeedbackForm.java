package org.kabinet.communication.api;

/**
 * The feedback form at the foot of every page.
 *
 * @param name     how to address the author, 1–100 characters
 * @param contact  an e-mail address or a mobile phone to answer to
 * @param text     1–2000 characters
 * @param website  the honeypot: a field people do not see; a form that fills it is taken for a bot — it is
 *                 answered as if accepted and nothing is stored
 * @param tenantId the signed-in tenant, or null
 * @param client   the client's address, for the per-client limit
 */
public record FeedbackForm(String name, String contact, String text, String website, String tenantId, String client) {
}
