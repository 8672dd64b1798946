package org.kabinet.notifications.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Outgoing webhooks: {@link #publish} joins the caller's transaction like {@link Outbox#enqueue}. The event is
 * queued for every endpoint staff subscribed to its type if and only if the change that caused it commits,
 * and the outbox delivers it afterwards, signed, with retries and back-off.
 *
 * @since 1.7
 */
@ProviderType
public interface Webhooks {
    /**
     * Queues the event for each endpoint subscribed to its type, in the current transaction, which there must be
     * ({@code IllegalStateException} or the JTA's equivalent without one).
     *
     * @return how many deliveries were queued now: 0 without such endpoints, or when this event id was queued before
     */
    int publish(WebhookEvent event);

    /**
     * Whether some endpoint hears events of this type now: a caller skips building an event nobody hears (e.g.
     * looking up an account's number for each payment of a registry).
     */
    boolean listening(String type);
}
