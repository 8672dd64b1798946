package org.kabinet.communication.impl.announcements;

import java.time.Instant;
import org.kabinet.communication.api.AnnouncementState;
import org.kabinet.communication.api.AudienceKind;
import org.kabinet.communication.api.Importance;

/**
 * An announcement's row (the accounts of an ACCOUNTS audience are kept beside it).
 *
 * @param publishAt   when it is (or was planned to be) published
 * @param publishedAt when it was published, or null
 */
public record StoredAnnouncement(String id, String title, String html, AudienceKind kind, String cityId, String building,
                                 Importance importance, boolean emergency, AnnouncementState state, Instant publishAt,
                                 Instant publishedAt, Instant validUntil, String attachmentId, String createdBy,
                                 Instant createdAt, int recipients, int emails, int sms) {
}
