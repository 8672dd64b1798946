package org.kabinet.communication.impl.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kabinet.communication.api.MessageNotice;
import org.kabinet.communication.api.Topic;
import org.kabinet.notifications.api.WebhookEvent;
import org.kabinet.notifications.api.Webhooks;

/** What a tenant's message tells integrators: who, which thread and topic — never the text. */
class MessagesWebhooksTest {
    private final List<WebhookEvent> published = new ArrayList<>();
    /** The webhooks service as the module sees it: records what is published, hears every type not in {@code deaf}. */
    private final java.util.Set<String> deaf = new java.util.HashSet<>();
    private final Webhooks webhooks = new Webhooks() {
        @Override
        public int publish(WebhookEvent event) {
            published.add(event);
            return 1;
        }

        @Override
        public boolean listening(String type) {
            return !deaf.contains(type);
        }
    };

    @Test
    void messagesCarryNoText() {
        new MessagesWebhooks(webhooks).messageReceived(new MessageNotice("post-1", "thread-1", "tenant-1", null, Topic.values()[0],
                Instant.parse("2026-11-27T06:00:00Z")));
        WebhookEvent event = published.get(0);
        assertEquals("message.received:post-1", event.id());
        assertEquals(Map.of("messageId", "post-1", "threadId", "thread-1", "tenantId", "tenant-1", "topic",
                Topic.values()[0].name()), event.data());
        assertEquals(Instant.parse("2026-11-27T06:00:00Z"), event.occurredAt());
    }
}
