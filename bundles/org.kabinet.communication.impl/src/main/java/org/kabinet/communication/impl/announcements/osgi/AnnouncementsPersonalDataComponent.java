package org.kabinet.communication.impl.announcements.osgi;

import org.apache.aries.jpa.template.JpaTemplate;
import org.kabinet.communication.impl.announcements.AnnouncementsData;
import org.kabinet.communication.impl.announcements.jpa.AnnouncementsPersonalData;
import org.kabinet.persistence.JpaTransactions;
import org.kabinet.registration.api.PersonalDataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The announcements delivered to the tenant for "my data" (export and pseudonymisation). Starts after
 * {@link AnnouncementsData}, that is once the announcement tables are up to date.
 */
@Component(service = PersonalDataSource.class)
public class AnnouncementsPersonalDataComponent extends AnnouncementsPersonalData {
    @Activate
    public AnnouncementsPersonalDataComponent(@Reference AnnouncementsData data,
                                              @Reference(target = "(osgi.unit.name=kabinet-announcements)") JpaTemplate jpa) {
        super(new JpaTransactions(jpa), data.tx());
    }
}
