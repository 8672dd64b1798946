package org.kabinet.notifications.api;

import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Builds the bytes of attachments queued by reference ({@link Attachment#later}). Register an
 * implementation as an OSGi service; the outbox asks the one whose {@link #name()} is the part of
 * the reference before the first colon. While none is registered the letter waits.
 *
 * @since 1.3
 */
@ConsumerType
public interface AttachmentSource {
    /** E.g. {@code statement}. */
    String name();

    /** The file for the reference (the part after {@code name:}); empty if it can never be built. */
    Optional<byte[]> build(String reference);
}
