package org.kabinet.notifications.impl;

/**
 * An attachment of a queued letter: its bytes, or (not built yet) the source reference to build them from.
 */
public record QueuedFile(String id, String name, String contentType, byte[] content, String source) {
    public boolean built() {
        return content != null;
    }

    public QueuedFile withContent(byte[] bytes) {
        return new QueuedFile(id, name, contentType, bytes, source);
    }
}
