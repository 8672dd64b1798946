package org.kabinet.communication.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Messages as a tenant sees them: only the tenant's own threads. Any other thread or attachment is "not
 * found" ({@link org.kabinet.kernel.error.NotFoundException}), never "forbidden".
 */
@ProviderType
public interface TenantMessages {
    /** The tenant's threads, latest activity first. */
    List<ThreadSummary> threads(String tenantId);

    /** How many of the tenant's threads have a staff post the tenant has not opened (the badge). */
    int unread(String tenantId);

    /**
     * Stores a file for a message to come. Type by content: JPEG, PNG or PDF, at most 10 MB; files not
     * attached within 24 hours are deleted.
     *
     * @throws org.kabinet.kernel.error.ValidationException {@code communication.attachment.type},
     *         {@code communication.attachment.size}, {@code communication.attachment.empty}
     * @throws org.kabinet.kernel.error.KabinetException TOO_MANY {@code communication.attachment.tooMany} past
     *         the tenant's limit of uploads a day
     */
    AttachmentInfo upload(String tenantId, String fileName, byte[] content);

    /**
     * Writes to the company: a new thread (status NEW) whose number the tenant can quote; the company's
     * mailbox gets an e-mail, in the same transaction.
     *
     * @throws org.kabinet.kernel.error.ValidationException {@code communication.text}, {@code communication.topic},
     *         {@code communication.attachments} (more than 5, or one not uploaded by this tenant or already used)
     * @throws org.kabinet.kernel.error.NotFoundException for an account the tenant has not linked
     * @throws org.kabinet.kernel.error.KabinetException TOO_MANY {@code communication.tooMany} past the
     *         tenant's limit of messages a day
     */
    ThreadDetails write(String tenantId, NewMessage message);

    /** The thread with its posts (internal notes left out); opening it marks staff's posts read. */
    ThreadDetails thread(String tenantId, String threadId);

    /**
     * The tenant's reply; a thread ANSWERED or CLOSED becomes IN_PROGRESS again, and the company's mailbox
     * gets an e-mail.
     */
    ThreadDetails reply(String tenantId, String threadId, String text, List<String> attachmentIds);

    /** The tenant closes the thread (nothing more to ask). */
    ThreadDetails close(String tenantId, String threadId);

    /** An attachment of one of the tenant's threads, or one the tenant uploaded and has not attached yet. */
    AttachmentContent attachment(String tenantId, String attachmentId);
}
