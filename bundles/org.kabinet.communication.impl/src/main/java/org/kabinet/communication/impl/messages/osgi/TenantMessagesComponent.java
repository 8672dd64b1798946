package org.kabinet.communication.impl.messages.osgi;

import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.communication.api.TenantMessages;
import org.kabinet.communication.impl.files.Attachments;
import org.kabinet.communication.impl.messages.MessageLetters;
import org.kabinet.communication.impl.messages.MessagesData;
import org.kabinet.communication.impl.messages.TenantMessageService;
import org.kabinet.communication.impl.messages.Threads;
import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.registration.api.TenantDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** Tenants' messages to the company (the cabinet and REST). */
@Component(service = TenantMessages.class, configurationPid = "org.kabinet.communication")
@Designate(ocd = CommunicationConfig.class)
public class TenantMessagesComponent extends TenantMessageService {
    @Activate
    public TenantMessagesComponent(@Reference MessagesData data, @Reference Attachments attachments, @Reference TenantAccounts accounts,
                                   @Reference TenantDirectory tenants, @Reference Outbox outbox, @Reference Company company,
                                   CommunicationConfig config) {
        super(new Threads(data, attachments), attachments, accounts, tenants, new MessageLetters(outbox, company, config.mailbox()),
                Settings.messagesPerDay(config));
    }
}
