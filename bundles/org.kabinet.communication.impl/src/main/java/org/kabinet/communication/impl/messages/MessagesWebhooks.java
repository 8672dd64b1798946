package org.kabinet.communication.impl.messages;

import java.util.HashMap;
import java.util.Map;
import org.kabinet.communication.api.MessageNotice;
import org.kabinet.communication.api.MessagesListener;
import org.kabinet.notifications.api.WebhookEvent;
import org.kabinet.notifications.api.Webhooks;

/**
 * A tenant's message to the company as the webhook {@code message.received}, queued in the message's transaction.
 * It names the message, its thread, the tenant and the topic, not the text: a helpdesk reads that over the API
 * with its staff credentials, so the text never leaves the portal unasked.
 */
public final class MessagesWebhooks implements MessagesListener {
    private final Webhooks webhooks;

    public MessagesWebhooks(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Override
    public void messageReceived(MessageNotice notice) {
        Map<String, String> data = new HashMap<>();
        data.put("messageId", notice.postId());
        data.put("threadId", notice.threadId());
        data.put("tenantId", notice.tenantId());
        if (notice.accountId() != null) {
            data.put("accountId", notice.accountId());
        }
        data.put("topic", notice.topic().name());
        webhooks.publish(new WebhookEvent(WebhookEvent.MESSAGE_RECEIVED + ":" + notice.postId(), WebhookEvent.MESSAGE_RECEIVED,
                notice.receivedAt(), data));
    }
}
