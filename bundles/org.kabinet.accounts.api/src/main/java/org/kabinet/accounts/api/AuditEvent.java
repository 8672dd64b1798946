package org.kabinet.accounts.api;

import java.time.Instant;

/** Something staff can review: a link, an unlink, a failed or refused linking attempt, an issued code. */
public record AuditEvent(Instant at, String type, String tenantId, String accountId, String detail) {
}
