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
 * @param secret         whether {@code actionUrl} is a secret (a confirmation or password-reset link): the outbox
 *                       shows it masked ({@link #maskLink}) to staff and in logs, and forgets it once the letter is
 *                       delivered or has failed for good, keeping what was sent when to whom (since 1.6)
 */
public record EmailMessage(String idempotencyKey, String to, String subject, String text,
                           String actionUrl, String actionLabel, List<Attachment> attachments, String unsubscribeUrl,
                           boolean secret) {
    public EmailMessage {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (secret && actionUrl == null) {
            throw new IllegalArgumentException("a secret letter needs the secret link as its actionUrl");
        }
    }

    /** A letter whose link is not secret (as before 1.6). */
    public EmailMessage(String idempotencyKey, String to, String subject, String text,
                        String actionUrl, String actionLabel, List<Attachment> attachments, String unsubscribeUrl) {
        this(idempotencyKey, to, subject, text, actionUrl, actionLabel, attachments, unsubscribeUrl, false);
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
        return new EmailMessage(idempotencyKey, to, subject, text, actionUrl, actionLabel, files, unsubscribeUrl, secret);
    }

    /** @since 1.3 */
    public EmailMessage withUnsubscribeUrl(String url) {
        return new EmailMessage(idempotencyKey, to, subject, text, actionUrl, actionLabel, attachments, url, secret);
    }

    /**
     * The same letter with its {@code actionUrl} marked secret: whoever holds the link can act as the
     * person (confirm the address, set a password).
     *
     * @since 1.6
     */
    public EmailMessage withSecretLink() {
        return new EmailMessage(idempotencyKey, to, subject, text, actionUrl, actionLabel, attachments, unsubscribeUrl, true);
    }

    /** The action link as staff and logs may see it: {@link #maskLink} if it is secret, else as it is; null for none. @since 1.6 */
    public String shownActionUrl() {
        return secret ? maskLink(actionUrl) : actionUrl;
    }

    /**
     * A link with everything after its first path segment hidden:
     * {@code https://kabinet.example/confirmemail/Zx81…/} becomes {@code https://kabinet.example/confirmemail/•••}
     * — it still tells what the link was for, not how to use it.
     *
     * @since 1.6
     */
    public static String maskLink(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("://");
        int path = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        if (path < 0) {
            return url;
        }
        int second = url.indexOf('/', path + 1);
        return (second < 0 ? url.substring(0, path + 1) : url.substring(0, second + 1)) + MASK;
    }

    /** What stands for a hidden secret. */
    private static final String MASK = "\u2022\u2022\u2022";
}
