package org.kabinet.communication.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Announcements for staff. */
@ProviderType
public interface AnnouncementAdministration {
    /** Every announcement, newest first. */
    List<Announcement> announcements();

    /** At most {@code limit} announcements from {@code offset}, newest first, paged in the database. @since 0.2 */
    default List<Announcement> announcements(int offset, int limit) {
        return announcements().stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
    }

    /** How many announcements there are. @since 0.2 */
    default int countAnnouncements() {
        return announcements().size();
    }

    Announcement announcement(String id);

    /**
     * Creates an announcement; published at once (e-mails and SMS queued right after, in batches) unless
     * {@code publishAt} is in the future.
     *
     * @throws org.kabinet.kernel.error.ValidationException {@code communication.announcement.title}, {@code .text},
     *         {@code .audience}, {@code .validUntil}, {@code .attachment}; {@code communication.announcement.accounts}
     *         names the account numbers not found
     */
    Announcement create(String staffName, AnnouncementDraft draft);

    /** Changes a SCHEDULED announcement. @throws org.kabinet.kernel.error.KabinetException REFUSED once published */
    Announcement update(String staffName, String id, AnnouncementDraft draft);

    /** Takes it out of the cabinet (a scheduled one is never sent). */
    Announcement withdraw(String staffName, String id);

    /** Who an audience reaches now, before publishing. */
    AudienceSize audienceSize(Audience audience);

    /** The tenants it was delivered to, with whether each read it. */
    List<AnnouncementRecipient> recipients(String id);

    /** At most {@code limit} of its recipients from {@code offset} (by e-mail), paged in the database. @since 0.2 */
    default List<AnnouncementRecipient> recipients(String id, int offset, int limit) {
        return recipients(id).stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
    }

    /** How many tenants it was delivered to. @since 0.2 */
    default int countRecipients(String id) {
        return recipients(id).size();
    }

    /** Publishes what is due (the minute tick calls it); returns how many were published. */
    int publishDue();
}
