package org.kabinet.notifications.impl;

import java.util.List;

/**
 * A letter ready for a channel: addressing, the text and HTML alternatives, the attachments (all
 * built) and the one-click unsubscribe link (or null).
 */
public record ComposedLetter(String id, String from, String to, String subject, String text, String html,
                             List<QueuedFile> files, String unsubscribeUrl) {
    public ComposedLetter {
        files = files == null ? List.of() : List.copyOf(files);
    }

    public ComposedLetter(String id, String from, String to, String subject, String text, String html) {
        this(id, from, to, subject, text, html, List.of(), null);
    }
}
