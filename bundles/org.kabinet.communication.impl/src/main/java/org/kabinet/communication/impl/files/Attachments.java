package org.kabinet.communication.impl.files;

import java.util.Optional;
import org.kabinet.communication.api.AttachmentContent;
import org.kabinet.communication.api.AttachmentInfo;

/**
 * The module's file store, shared by messages and announcements: checks a file's type by its content
 * (JPEG, PNG, PDF) and its size, keeps it outside the web root under a random name, and remembers who
 * uploaded it and what it was attached to. Unattached files are deleted after 24 hours.
 */
public interface Attachments {
    /** Most bytes a file may have: 10 MB. */
    long MAX_SIZE = 10L * 1024 * 1024;

    /**
     * Stores a file uploaded by {@code owner} ({@code tenant:<id>} or {@code staff:<name>}).
     *
     * @throws org.kabinet.kernel.error.ValidationException {@code communication.attachment.type},
     *         {@code communication.attachment.size}, {@code communication.attachment.empty}
     */
    AttachmentInfo store(String owner, String fileName, byte[] content);

    /** What is known about a file, if it exists. */
    Optional<AttachmentInfo> info(String attachmentId);

    /** Who uploaded it ({@code tenant:<id>} / {@code staff:<name>}), if it exists. */
    Optional<String> owner(String attachmentId);

    /**
     * Attaches an unattached file of {@code owner} to {@code target} ({@code post:<id>} or
     * {@code announcement:<id>}), in the caller's transaction.
     *
     * @throws org.kabinet.kernel.error.ValidationException {@code communication.attachments} when the file does not
     *         exist, belongs to someone else or is attached already
     */
    AttachmentInfo attach(String owner, String attachmentId, String target);

    /**
     * Lets go of a file attached to {@code target} (an announcement's file replaced or removed while it is
     * scheduled), in the caller's transaction: it is unattached again and deleted with the abandoned ones.
     *
     * @return whether it was attached to that target
     */
    boolean detach(String attachmentId, String target);

    /** What the file is attached to ({@code post:<id>} / {@code announcement:<id>}), or empty while unattached. */
    Optional<String> target(String attachmentId);

    /** The bytes, if the file exists. */
    Optional<AttachmentContent> content(String attachmentId);

    /**
     * Deletes files left unattached for 24 hours; returns how many. Also deletes files on disk that have no
     * row and are older than 24 hours (a file whose transaction failed to commit), and temporary files
     * older than an hour.
     */
    int deleteAbandoned();
}
