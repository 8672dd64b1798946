package org.kabinet.communication.impl.messages.osgi;

import org.kabinet.communication.api.MessageNotice;
import org.kabinet.communication.api.MessagesListener;
import org.kabinet.notifications.api.Webhooks;
import org.kabinet.communication.impl.messages.MessagesWebhooks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Registers {@link MessagesWebhooks} as a {@link MessagesListener}. */
@Component(service = MessagesListener.class)
public class MessagesWebhooksComponent implements MessagesListener {
    private final MessagesWebhooks events;

    @Activate
    public MessagesWebhooksComponent(@Reference Webhooks webhooks) {
        this.events = new MessagesWebhooks(webhooks);
    }

    @Override
    public void messageReceived(MessageNotice notice) {
        events.messageReceived(notice);
    }
}
