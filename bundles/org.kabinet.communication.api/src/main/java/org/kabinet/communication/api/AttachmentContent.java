package org.kabinet.communication.api;

/** An attachment's bytes with what is known about them. */
public record AttachmentContent(AttachmentInfo info, byte[] content) {
}
