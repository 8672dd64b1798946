package org.kabinet.communication.api;

import java.util.List;

/**
 * A tenant's new message.
 *
 * @param accountId     one of the tenant's linked accounts, or null for a general message
 * @param text          1–5000 characters
 * @param attachmentIds up to 5 files uploaded before by the same tenant and not attached yet
 */
public record NewMessage(String accountId, Topic topic, String text, List<String> attachmentIds) {
    public NewMessage {
        attachmentIds = attachmentIds == null ? List.of() : List.copyOf(attachmentIds);
    }
}
