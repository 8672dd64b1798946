package org.kabinet.notifications.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Staff's view of outgoing messages: what waits, what went, what failed — and another try for a failed one. */
@ProviderType
public interface OutboxAdministration {

    /**
     * The newest messages first.
     *
     * @param channel EMAIL, SMS or null for both
     * @param state   PENDING, SENT, FAILED or null for all
     */
    List<OutboxEntry> entries(String channel, String state, int limit);

    /**
     * How many messages whose idempotency key matches {@code keyPattern} (SQL LIKE: {@code %} for any
     * text) are in each state (PENDING, SENT, FAILED), and how many of them the provider reported as
     * {@code DELIVERY_DELIVERED} or {@code DELIVERY_FAILED} — e.g. a debt SMS run's {@code debt-sms:%:2026-12}.
     *
     * @since 1.3
     */
    java.util.Map<String, Integer> countByState(String keyPattern);

    /** Puts a failed message back in the queue, due now. @return false if there is no failed message with that id */
    boolean retry(String id);

    /**
     * Hands an SMS provider's delivery callback to the gateway it is addressed to, which checks that it
     * is genuine and reads its reports; the outbox applies them to the SMS that gateway sent (by the
     * provider's message id) and keeps each report as evidence. A repeated or late report changes
     * nothing, one about an unknown message is ignored.
     *
     * @param gateway the gateway's {@code name()}, e.g. {@code http}
     * @param query   the decoded query parameters
     * @param headers the request headers
     * @param body    the request body as sent, {@code ""} for none
     * @since 1.3
     */
    DeliveryCallbackResult deliveryCallback(String gateway, java.util.Map<String, List<String>> query,
                                            java.util.Map<String, List<String>> headers, String body);
}
