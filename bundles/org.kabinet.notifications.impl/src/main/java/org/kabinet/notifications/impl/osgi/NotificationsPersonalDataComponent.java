package org.kabinet.notifications.impl.osgi;

import org.apache.aries.jpa.template.JpaTemplate;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.impl.jpa.NotificationsPersonalData;
import org.kabinet.persistence.JpaTransactions;
import org.kabinet.registration.api.PersonalDataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The tenant's notification settings and letters for "my data" (export and erasure). */
@Component(service = PersonalDataSource.class)
public class NotificationsPersonalDataComponent extends NotificationsPersonalData {
    @Activate
    public NotificationsPersonalDataComponent(@Reference(target = "(osgi.unit.name=kabinet-notifications)") JpaTemplate jpa,
                                              @Reference Outbox outbox) { // the outbox component: the schema is up to date
        this(new JpaTransactions(jpa));
    }

    private NotificationsPersonalDataComponent(JpaTransactions tx) {
        super(tx, tx);
    }
}
