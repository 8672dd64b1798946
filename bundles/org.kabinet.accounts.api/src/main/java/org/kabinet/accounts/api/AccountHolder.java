package org.kabinet.accounts.api;

/**
 * A tenant who sees a personal account — its holder or a household member — as notifications see them.
 *
 * @param verifiedPhone the tenant's phone confirmed by the SMS code (10 digits), or null: SMS go only there
 * @since 2.1
 */
public record AccountHolder(String accountId, String tenantId, String verifiedPhone) {
}
