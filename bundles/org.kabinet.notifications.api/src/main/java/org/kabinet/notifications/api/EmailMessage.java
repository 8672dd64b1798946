package org.kabinet.notifications.api;

import java.util.Objects;

/**
 * An e-mail to one person. The body is written by the caller; the e-mail channel wraps it in the
 * company's letterhead and contacts, as plain text and HTML.
 *
 * @param idempotencyKey natural key of the cause, e.g. {@code confirm-email:<tokenHash>}; a second
 *                       message with the same key is ignored
 * @param to             recipient address
 * @param subject        subject line (Russian)
 * @param text           plain-text body; paragraphs separated by a blank line
 * @param actionUrl      optional link the letter is about (shown as a button in HTML), or null
 * @param actionLabel    the button's label, or null
 */
public record EmailMessage(String idempotencyKey, String to, String subject, String text,
                           String actionUrl, String actionLabel) {
    public EmailMessage {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }

    public static EmailMessage plain(String idempotencyKey, String to, String subject, String text) {
        return new EmailMessage(idempotencyKey, to, subject, text, null, null);
    }
}
