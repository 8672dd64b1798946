package org.kabinet.communication.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Hears tenants' messages to the company, inside the transaction that stores them: register an implementation
 * as an OSGi service (e.g. to queue webhooks). A listener that throws rolls the message back, so it should only
 * queue its work (the outbox), never call the outside world.
 *
 * @since 0.3
 */
@ConsumerType
public interface MessagesListener {
    /**
     * A signed-in tenant wrote to the company: a new thread ({@link TenantMessages#write}) or a reply in one of
     * their threads ({@link TenantMessages#reply}). Not heard: staff's answers and internal notes, the feedback
     * form, announcements.
     */
    default void messageReceived(MessageNotice notice) {
    }
}
