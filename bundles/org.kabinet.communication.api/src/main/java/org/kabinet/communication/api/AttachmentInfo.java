package org.kabinet.communication.api;

/**
 * A file attached to a post or an announcement. The file itself is stored outside the web root under a
 * random name and given only to the thread's participants (or, for an announcement, to its audience).
 *
 * @param id          random, not guessable
 * @param name        the file name as uploaded, cleaned of paths and control characters
 * @param contentType {@code image/jpeg}, {@code image/png} or {@code application/pdf}, from the content, not the name
 * @param size        bytes
 */
public record AttachmentInfo(String id, String name, String contentType, long size) {
}
