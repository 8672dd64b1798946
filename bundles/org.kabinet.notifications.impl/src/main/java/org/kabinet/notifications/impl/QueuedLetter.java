package org.kabinet.notifications.impl;

import java.util.List;

/**
 * An e-mail waiting in the outbox, as the dispatcher sees it.
 *
 * @param files          its attachments, built or still to be built from their source
 * @param unsubscribeUrl the one-click unsubscribe link, or null
 */
public record QueuedLetter(String id, String idempotencyKey, String to, String subject, String text,
                           String actionUrl, String actionLabel, int attempts, List<QueuedFile> files, String unsubscribeUrl) {
    public QueuedLetter {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** A letter without attachments and unsubscribe link. */
    public QueuedLetter(String id, String idempotencyKey, String to, String subject, String text,
                        String actionUrl, String actionLabel, int attempts) {
        this(id, idempotencyKey, to, subject, text, actionUrl, actionLabel, attempts, List.of(), null);
    }

    public QueuedLetter withFiles(List<QueuedFile> built) {
        return new QueuedLetter(id, idempotencyKey, to, subject, text, actionUrl, actionLabel, attempts, built, unsubscribeUrl);
    }
}
