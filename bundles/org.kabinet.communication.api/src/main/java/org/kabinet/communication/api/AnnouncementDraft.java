package org.kabinet.communication.api;

import java.time.Instant;

/**
 * What staff write.
 *
 * @param title        1–150 characters
 * @param html         the text with simple formatting; it is sanitised to a safe subset (paragraphs, line breaks,
 *                     bold, italic, underline, lists, headings h3–h4, links to http(s) and mailto) before it is
 *                     stored: scripts, styles and {@code on*} attributes are removed
 * @param publishAt    when it is published and sent; null or past: now
 * @param validUntil   when it leaves the cabinet; null: 30 days after publication
 * @param emergency    for URGENT: the SMS goes during quiet hours too (аварийное)
 * @param attachmentId a file uploaded by staff before (PDF, JPEG or PNG), or null
 */
public record AnnouncementDraft(String title, String html, Audience audience, Importance importance, boolean emergency,
                                Instant publishAt, Instant validUntil, String attachmentId) {
}
