package org.kabinet.communication.impl.announcements;

import java.time.Instant;
import org.kabinet.communication.api.Importance;

/**
 * A draft that passed {@link DraftRules}: the title stripped, the text sanitised, the audience resolved,
 * the times settled.
 *
 * @param publishAt when it is published (now, when staff gave none or a past time)
 * @param due       publish at once
 * @param emergency only ever true for URGENT
 */
public record CheckedDraft(String title, String html, AudienceTarget target, Importance importance, boolean emergency,
                           Instant publishAt, boolean due, Instant validUntil, String attachmentId) {
}
