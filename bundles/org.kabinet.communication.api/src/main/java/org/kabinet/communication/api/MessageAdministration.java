package org.kabinet.communication.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** The company's inbox: tenants' messages and feedback, for staff. */
@ProviderType
public interface MessageAdministration {
    List<ThreadSummary> inbox(InboxFilter filter);

    /**
     * At most {@code limit} threads of the filter (its own limit ignored) from {@code offset}, newest activity
     * first, paged in the database. @since 0.2
     */
    default List<ThreadSummary> inbox(InboxFilter filter, int offset, int limit) {
        InboxFilter f = filter == null ? InboxFilter.ALL : filter;
        return inbox(new InboxFilter(f.status(), f.topic(), f.assignee(), f.feedback(), f.search(), Math.min(500, offset + limit)))
                .stream().skip(Math.max(0, offset)).toList();
    }

    /** How many threads the filter (its limit ignored) lists. @since 0.2 */
    default int countInbox(InboxFilter filter) {
        InboxFilter f = filter == null ? InboxFilter.ALL : filter;
        return inbox(new InboxFilter(f.status(), f.topic(), f.assignee(), f.feedback(), f.search(), 500)).size();
    }

    InboxCounts counts();

    /** A thread with every post, internal notes included; opening it marks the tenant's posts read for staff. */
    ThreadDetails thread(String threadId);

    /** Stores a file for an answer to come (the same checks as a tenant's upload). */
    AttachmentInfo upload(String staffName, String fileName, byte[] content);

    /**
     * Staff answer: the thread becomes ANSWERED, the tenant gets an e-mail with the answer (unless they
     * switched answers off), and sees it in the cabinet as unread. With {@code internal} it is a note
     * among staff: the tenant neither sees it nor is told, and the status stays.
     *
     * <p>Feedback from someone signed out cannot be answered here with an e-mail to a phone number: the
     * answer is stored and staff call back.
     */
    ThreadDetails answer(String staffName, String threadId, String text, List<String> attachmentIds, boolean internal);

    /** Assigns the thread to a staff member (null: nobody); a NEW thread becomes IN_PROGRESS. */
    ThreadDetails assign(String staffName, String threadId, String assignee);

    /** Sets the status by hand (e.g. CLOSED). */
    ThreadDetails setStatus(String staffName, String threadId, ThreadStatus status);

    /** Any attachment of any thread or announcement. */
    AttachmentContent attachment(String attachmentId);
}
