package org.kabinet.notifications.api;

import java.util.List;
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
 * @param attachments    files sent with the letter (since 1.3)
 * @param unsubscribeUrl a one-click unsubscribe link for letters of this kind, or null: it is shown at
 *                       the foot of the letter and sent as {@code List-Unsubscribe} with
 *                       {@code List-Unsubscribe-Post} (RFC 8058) (since 1.3)
 */
public record EmailMessage(String idempotencyKey, String to, String subject, String text,
                           String actionUrl, String actionLabel, List<Attachment> attachments, String unsubscribeUrl) {
    public EmailMessage {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A letter without attachments and unsubscribe link. */
    public EmailMessage(String idempotencyKey, String to, String subject, String text, String actionUrl, String actionLabel) {
        this(idempotencyKey, to, subject, text, actionUrl, actionLabel, List.of(), null);
    }

    public static EmailMessage plain(String idempotencyKey, String to, String subject, String text) {
        return new EmailMessage(idempotencyKey, to, subject, text, null, null);
    }

    /** @since 1.3 */
    public EmailMessage withAttachments(List<Attachment> files) {
        return new EmailMessage(idempotencyKey, to, subject, text, actionUrl, actionLabel, files, unsubscribeUrl);
    }

    /** @since 1.3 */
    public EmailMessage withUnsubscribeUrl(String url) {
        return new EmailMessage(idempotencyKey, to, subject, text, actionUrl, actionLabel, attachments, url);
    }
}
