package org.kabinet.communication.impl.announcements.osgi;

import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.communication.api.TenantAnnouncements;
import org.kabinet.communication.impl.announcements.AnnouncementsData;
import org.kabinet.communication.impl.announcements.TenantAnnouncementService;
import org.kabinet.communication.impl.files.Attachments;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Announcements in the tenant's cabinet. */
@Component(service = TenantAnnouncements.class)
public class TenantAnnouncementsComponent extends TenantAnnouncementService {
    @Activate
    public TenantAnnouncementsComponent(@Reference AnnouncementsData data, @Reference TenantAccounts tenantAccounts,
                                        @Reference Attachments attachments) {
        super(data, tenantAccounts, attachments);
    }
}
