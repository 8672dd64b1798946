package org.kabinet.communication.impl.messages;

import org.kabinet.communication.api.AuthorKind;

/**
 * A stored post.
 *
 * @param authorId the tenant's id, or the staff member's name; null for a visitor signed out
 * @param at       epoch milliseconds
 */
public record PostRecord(String id, String threadId, AuthorKind author, String authorId, String authorName, String text,
                         boolean internal, long at) {
}
