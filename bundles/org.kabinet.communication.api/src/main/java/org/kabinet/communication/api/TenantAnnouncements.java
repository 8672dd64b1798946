package org.kabinet.communication.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Announcements as a tenant sees them: the published, still valid ones whose audience includes one of the
 * tenant's linked accounts (also an account linked after publication).
 */
@ProviderType
public interface TenantAnnouncements {
    /** Unread first, then newest first. */
    List<TenantAnnouncement> current(String tenantId);

    int unread(String tenantId);

    /** Marks it read; an announcement the tenant cannot see is "not found". */
    TenantAnnouncement markRead(String tenantId, String announcementId);

    /** The announcement's attachment, for its audience only. */
    AttachmentContent attachment(String tenantId, String announcementId);
}
