package org.kabinet.notifications.api;

import java.util.Objects;

/**
 * A file sent with an e-mail. Either its bytes are given when the letter is queued, or a
 * {@code source} reference that an {@link AttachmentSource} turns into bytes when the letter is first
 * sent (so a transaction that queues many letters does not build many files). Either way the bytes
 * are stored once with the letter, and every attempt sends the same file.
 *
 * @param name        the file name shown to the reader, e.g. {@code vypiska-2026-11.pdf}
 * @param contentType e.g. {@code application/pdf}
 * @param content     the bytes, or null when {@code source} is given
 * @param source      {@code <source name>:<reference>}, e.g. {@code statement:<account>:2026-01:2026-11}, or null
 * @since 1.3
 */
public record Attachment(String name, String contentType, byte[] content, String source) {
    public Attachment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contentType, "contentType");
        if ((content == null) == (source == null)) {
            throw new IllegalArgumentException("an attachment has either content or a source");
        }
    }

    public static Attachment of(String name, String contentType, byte[] content) {
        return new Attachment(name, contentType, content, null);
    }

    public static Attachment later(String name, String contentType, String source) {
        return new Attachment(name, contentType, null, source);
    }
}
