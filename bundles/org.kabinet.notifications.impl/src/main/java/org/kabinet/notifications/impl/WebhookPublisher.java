package org.kabinet.notifications.impl;

import java.time.Clock;
import org.kabinet.notifications.api.WebhookEndpoint;
import org.kabinet.notifications.api.WebhookEvent;
import org.kabinet.notifications.impl.jpa.JpaWebhookEndpoints;

/**
 * Queues events for the endpoints that hear them: one outbox row per endpoint subscribed to the event's type,
 * keyed by event id and endpoint, so an event is queued — and delivered — once per endpoint however often it
 * is published. Needs no key and no configuration: events are queued even while delivery cannot run.
 */
public final class WebhookPublisher {
    private final OutboxStore store;
    private final JpaWebhookEndpoints endpoints;
    private final Clock clock;

    public WebhookPublisher(OutboxStore store, JpaWebhookEndpoints endpoints, Clock clock) {
        this.store = store;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    /** In the caller's transaction: one delivery per endpoint hearing the event's type; how many were new. */
    public int publish(WebhookEvent event) {
        String json = null;
        int queued = 0;
        for (WebhookEndpoint endpoint : endpoints.all()) {
            if (!endpoint.events().contains(event.type())) {
                continue;
            }
            if (json == null) {
                json = WebhookJson.of(event);
            }
            if (store.addWebhook(QueuedWebhook.key(event.id(), endpoint.id()), endpoint.id(), endpoint.url(), event.type(), json,
                    clock.instant())) {
                queued++;
            }
        }
        return queued;
    }

    /** Whether an endpoint hears this type now (a caller skips building an event nobody hears). */
    public boolean listening(String type) {
        return endpoints.all().stream().anyMatch(e -> e.events().contains(type));
    }
}
