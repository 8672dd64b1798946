package org.kabinet.notifications.impl;

/** An e-mail waiting in the outbox, as the dispatcher sees it. */
public record QueuedLetter(String id, String idempotencyKey, String to, String subject, String text,
                           String actionUrl, String actionLabel, int attempts) {
}
