package org.kabinet.communication.api;

import java.time.Instant;
import java.util.List;

/**
 * One post of a thread.
 *
 * @param authorName the tenant's e-mail, the visitor's name or the staff member's name
 * @param internal   an internal note of staff: never shown to the tenant
 */
public record Post(String id, AuthorKind author, String authorName, String text, Instant at, boolean internal,
                   List<AttachmentInfo> attachments) {
    public Post {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
