package org.kabinet.communication.impl.files.osgi;

import org.kabinet.communication.impl.files.Attachments;
import org.kabinet.communication.impl.files.FileAttachments;
import org.kabinet.communication.impl.files.jpa.JpaAttachmentStore;
import org.kabinet.communication.impl.messages.MessagesData;
import org.kabinet.communication.impl.messages.osgi.CommunicationConfig;
import org.kabinet.communication.impl.messages.osgi.Settings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The bundle's file store for messages and announcements, in {@code attachmentsDir} (default
 * {@code ${karaf.data}/communication/attachments}) with rows in {@code MSG_ATTACHMENT}. Registered under
 * the bundle-private {@link Attachments}: nothing outside this bundle can use it.
 */
@Component(service = Attachments.class, configurationPid = "org.kabinet.communication")
public class AttachmentsComponent extends FileAttachments {
    @Activate
    public AttachmentsComponent(@Reference MessagesData data, CommunicationConfig config) {
        super(new JpaAttachmentStore(data.entityManagers()), data.tx(), Settings.attachmentsDir(config), data.clock(), data.zone(),
                Settings.uploadsPerDay(config));
    }
}
