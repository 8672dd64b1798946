package org.kabinet.communication.impl.messages.osgi;

import java.time.Duration;
import org.kabinet.communication.api.Feedback;
import org.kabinet.communication.impl.files.Attachments;
import org.kabinet.communication.impl.messages.ClientThrottle;
import org.kabinet.communication.impl.messages.FeedbackService;
import org.kabinet.communication.impl.messages.MessageLetters;
import org.kabinet.communication.impl.messages.MessagesData;
import org.kabinet.communication.impl.messages.Threads;
import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.Outbox;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The feedback form at the foot of every page. The per-client limit is counted in this node's memory. */
@Component(service = Feedback.class, configurationPid = "org.kabinet.communication")
public class FeedbackComponent extends FeedbackService {
    @Activate
    public FeedbackComponent(@Reference MessagesData data, @Reference Attachments attachments, @Reference Outbox outbox,
                             @Reference Company company, CommunicationConfig config) {
        super(new Threads(data, attachments), new MessageLetters(outbox, company, config.mailbox()),
                new ClientThrottle(Settings.feedbackPerClientPerHour(config), Duration.ofHours(1), data.clock()),
                Settings.feedbackPerContactPerDay(config), Settings.feedbackPerHour(config));
    }
}
