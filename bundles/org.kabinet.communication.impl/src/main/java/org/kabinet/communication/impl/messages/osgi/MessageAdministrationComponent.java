package org.kabinet.communication.impl.messages.osgi;

import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.communication.api.MessageAdministration;
import org.kabinet.communication.impl.files.Attachments;
import org.kabinet.communication.impl.messages.AnswerRecipients;
import org.kabinet.communication.impl.messages.MessageInbox;
import org.kabinet.communication.impl.messages.MessageLetters;
import org.kabinet.communication.impl.messages.MessagesData;
import org.kabinet.communication.impl.messages.Threads;
import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.NotificationSettings;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.registration.api.TenantDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The company's inbox of messages and feedback, for staff ({@code /admin} and REST). */
@Component(service = MessageAdministration.class, configurationPid = "org.kabinet.communication")
public class MessageAdministrationComponent extends MessageInbox {
    @Activate
    public MessageAdministrationComponent(@Reference MessagesData data, @Reference Attachments attachments,
                                          @Reference TenantAccounts accounts, @Reference TenantDirectory tenants,
                                          @Reference NotificationSettings settings, @Reference Outbox outbox,
                                          @Reference Company company, CommunicationConfig config) {
        super(new Threads(data, attachments), attachments, new MessageLetters(outbox, company, config.mailbox()),
                new AnswerRecipients(accounts, tenants, settings));
    }
}
