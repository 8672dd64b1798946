package org.kabinet.communication.api;

import java.time.Instant;

/**
 * An announcement as staff see it.
 *
 * @param html        the sanitised text
 * @param recipients  tenants it was delivered to at publication (0 while scheduled)
 * @param read        of them, how many opened it in the cabinet
 * @param emails      e-mails queued
 * @param sms         SMS queued
 */
public record Announcement(String id, String title, String html, Audience audience, Importance importance,
                           boolean emergency, AnnouncementState state, Instant publishAt, Instant validUntil,
                           AttachmentInfo attachment, String createdBy, Instant createdAt, int recipients, int read,
                           int emails, int sms) {
}
