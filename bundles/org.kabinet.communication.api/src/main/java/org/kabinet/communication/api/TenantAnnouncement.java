package org.kabinet.communication.api;

import java.time.Instant;

/** An announcement as a tenant sees it in the cabinet. */
public record TenantAnnouncement(String id, String title, String html, Importance importance, Instant publishedAt,
                                 Instant validUntil, AttachmentInfo attachment, boolean read) {
}
