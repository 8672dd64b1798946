package org.kabinet.notifications.impl;

/** A letter ready for a channel: addressing plus the text and HTML alternatives. */
public record ComposedLetter(String id, String from, String to, String subject, String text, String html) {
}
