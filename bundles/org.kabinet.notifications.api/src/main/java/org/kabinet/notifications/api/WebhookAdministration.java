package org.kabinet.notifications.api;

import java.util.List;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Staff's webhook endpoints. What was delivered, what waits and what failed is in the outbox under the
 * {@code WEBHOOK} channel ({@link OutboxAdministration#entries}), with every attempt.
 *
 * @since 1.7
 */
@ProviderType
public interface WebhookAdministration {
    /** An endpoint just added, with its signing secret: the only time the secret is shown. */
    record Added(WebhookEndpoint endpoint, String secret) {
    }

    /** Oldest first. */
    List<WebhookEndpoint> endpoints();

    /**
     * Adds an endpoint.
     *
     * @throws org.kabinet.kernel.error.ValidationException for a URL that is not https (or http to this machine),
     *         no or unknown event types, a description over 200 characters, or more than the allowed endpoints
     */
    Added add(String url, Set<String> events, String description, String by);

    /** Removes it: what waits for it is not delivered. @return false if there is none with that id */
    boolean remove(String id, String by);
}
