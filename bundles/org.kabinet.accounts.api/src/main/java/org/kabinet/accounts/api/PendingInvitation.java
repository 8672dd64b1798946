package org.kabinet.accounts.api;

import java.time.Instant;

/** An invitation not yet accepted. @since 2.3 */
public record PendingInvitation(String id, String email, AccountAccess access, Instant createdAt, Instant expiresAt) {
}
