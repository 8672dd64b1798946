package org.kabinet.communication.api;

import java.time.Instant;
import java.util.List;

/**
 * A tenant an announcement was delivered to.
 *
 * @param accountNumbers the tenant's accounts in the audience
 * @param readAt         when the tenant opened it in the cabinet, or null
 */
public record AnnouncementRecipient(String tenantId, String email, List<String> accountNumbers, boolean emailQueued,
                                    boolean smsQueued, Instant readAt) {
}
