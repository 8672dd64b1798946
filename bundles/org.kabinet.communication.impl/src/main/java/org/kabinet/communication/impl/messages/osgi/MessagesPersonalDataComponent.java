package org.kabinet.communication.impl.messages.osgi;

import org.kabinet.communication.impl.messages.MessagesData;
import org.kabinet.communication.impl.messages.jpa.MessagesPersonalData;
import org.kabinet.registration.api.PersonalDataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The tenant's messages for "my data" (export and pseudonymisation). */
@Component(service = PersonalDataSource.class)
public class MessagesPersonalDataComponent extends MessagesPersonalData {
    @Activate
    public MessagesPersonalDataComponent(@Reference MessagesData data) {
        super(data.entityManagers(), data.tx());
    }
}
