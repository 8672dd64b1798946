package org.kabinet.communication.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A tenant's new message.
 *
 * @param accountId     one of the tenant's linked accounts, or null for a general message
 * @param text          1–5000 characters
 * @param attachmentIds up to 5 files uploaded before by the same tenant and not attached yet; a null element is kept
 *                      (and refused by the service with {@code communication.attachments})
 */
public record NewMessage(String accountId, Topic topic, String text, List<String> attachmentIds) {
    public NewMessage {
        // a copy that keeps a null element (JSON can carry one): the service refuses it with communication.attachments
        attachmentIds = attachmentIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(attachmentIds));
    }
}
