package org.kabinet.communication.impl.announcements;

import java.util.List;

/** A tenant an announcement was delivered to, as stored at publication. */
public record RecipientRow(String announcementId, String tenantId, String email, List<String> accountNumbers,
                           boolean emailQueued, boolean smsQueued) {
}
