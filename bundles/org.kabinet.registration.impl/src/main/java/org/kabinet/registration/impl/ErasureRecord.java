package org.kabinet.registration.impl;

import java.time.Instant;

/** A module's share of a deleted account that is still to be erased (or was: {@code doneAt}). */
public record ErasureRecord(String userId, String sourceKey, Instant createdAt, int attempts, String lastError, Instant doneAt) {
}
