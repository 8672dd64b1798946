package org.kabinet.communication.impl.messages;

import org.kabinet.communication.api.Topic;

/**
 * A stored thread.
 *
 * @param contactKey the contact as compared for the feedback limit: an e-mail in lower case, a phone as 10 digits
 * @param createdAt  epoch milliseconds
 */
public record ThreadRecord(String id, String number, ThreadKind kind, Topic topic, String accountId, String accountNumber,
                           String tenantId, String contactName, String contact, ContactKind contactKind, String contactKey,
                           String subject, long createdAt, ThreadState state) {

    public ThreadRecord with(ThreadState next) {
        return new ThreadRecord(id, number, kind, topic, accountId, accountNumber, tenantId, contactName, contact, contactKind,
                contactKey, subject, createdAt, next);
    }
}
