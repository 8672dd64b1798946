package org.kabinet.communication.impl.announcements;

/**
 * The announcements' configuration.
 *
 * @param defaultValidityDays how long an announcement without an end stays in the cabinet (≥ 1)
 * @param smsMaxParts         how many SMS parts an urgent announcement's SMS may take (≥ 1)
 */
public record AnnouncementSettings(int defaultValidityDays, int smsMaxParts) {
    public static final AnnouncementSettings DEFAULT = new AnnouncementSettings(30, 2);

    public AnnouncementSettings {
        if (defaultValidityDays < 1 || smsMaxParts < 1) {
            throw new IllegalArgumentException("defaultValidityDays and smsMaxParts must be at least 1");
        }
    }
}
