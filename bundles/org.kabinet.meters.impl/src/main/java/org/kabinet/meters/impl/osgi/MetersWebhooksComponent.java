package org.kabinet.meters.impl.osgi;

import java.time.Clock;
import org.kabinet.meters.api.MetersListener;
import org.kabinet.meters.api.ReadingNotice;
import org.kabinet.notifications.api.Webhooks;
import org.kabinet.meters.impl.MetersWebhooks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Registers {@link MetersWebhooks} as a {@link MetersListener}. */
@Component(service = MetersListener.class)
public class MetersWebhooksComponent implements MetersListener {
    private final MetersWebhooks events;

    @Activate
    public MetersWebhooksComponent(@Reference Webhooks webhooks) {
        this.events = new MetersWebhooks(webhooks, Clock.systemUTC());
    }

    @Override
    public void readingAccepted(ReadingNotice notice) {
        events.readingAccepted(notice);
    }

    @Override
    public void readingFlagged(ReadingNotice notice) {
        events.readingFlagged(notice);
    }
}
