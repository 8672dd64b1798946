package org.kabinet.notifications.api;

import java.time.Instant;
import java.util.Set;

/**
 * Where webhooks go: an https URL (http only to this machine) and the event types it hears. Its signing secret
 * is shown once, when it is added ({@link WebhookAdministration.Added}); it is never stored, but derived from
 * the portal's webhook key and the endpoint's id whenever a delivery is signed.
 *
 * @since 1.7
 */
public record WebhookEndpoint(String id, String url, Set<String> events, String description, Instant createdAt,
                              String createdBy) {
    public WebhookEndpoint {
        events = Set.copyOf(events);
    }
}
