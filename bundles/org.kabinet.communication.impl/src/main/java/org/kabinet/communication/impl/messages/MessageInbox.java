package org.kabinet.communication.impl.messages;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.kabinet.communication.api.AttachmentContent;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.AuthorKind;
import org.kabinet.communication.api.InboxCounts;
import org.kabinet.communication.api.InboxFilter;
import org.kabinet.communication.api.MessageAdministration;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.communication.impl.files.Attachments;
import org.kabinet.communication.impl.files.Owners;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;

/**
 * The company's inbox for staff. An answer the author sees makes the thread ANSWERED and is e-mailed to
 * them ({@link AnswerRecipients} says whether and where); an internal note changes nothing the author could
 * notice. Staff share one "opened" marker per thread.
 */
public class MessageInbox implements MessageAdministration {
    private static final Logger LOG = Logger.getLogger(MessageInbox.class.getName());
    /** Threads listed when the filter asks for none in particular, and the most it may ask for. */
    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 500;
    /** Longest staff member's name taken for an assignment. */
    static final int NAME_LENGTH = 100;
    private final Threads threads;
    private final MessagesData data;
    private final Attachments attachments;
    private final MessageLetters letters;
    private final AnswerRecipients recipients;

    public MessageInbox(Threads threads, Attachments attachments, MessageLetters letters, AnswerRecipients recipients) {
        this.threads = threads;
        this.data = threads.data();
        this.attachments = attachments;
        this.letters = letters;
        this.recipients = recipients;
    }

    /** Whose files a staff member's uploads are: the same owner announcements attach files of. */
    static String owner(String staffName) {
        return Owners.staff(staffName);
    }

    private static String staffName(String staffName) {
        return Owners.staffName(staffName);
    }

    @Override
    public List<ThreadSummary> inbox(InboxFilter filter) {
        InboxFilter f = filter == null ? InboxFilter.ALL : filter;
        int limit = f.limit() <= 0 ? DEFAULT_LIMIT : Math.min(f.limit(), MAX_LIMIT);
        return data.tx().inTransaction(() -> data.store().inbox(f, limit).stream().map(t -> threads.summary(t, true)).toList());
    }

    @Override
    public List<ThreadSummary> inbox(InboxFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new org.kabinet.kernel.error.ValidationException("page", "page.invalid");
        }
        InboxFilter f = filter == null ? InboxFilter.ALL : filter;
        return limit == 0 ? List.of() : data.tx().inTransaction(() -> data.store().inbox(f, offset, limit).stream()
                .map(t -> threads.summary(t, true)).toList());
    }

    @Override
    public int countInbox(InboxFilter filter) {
        return data.tx().inTransaction(() -> data.store().countInbox(filter == null ? InboxFilter.ALL : filter));
    }

    @Override
    public InboxCounts counts() {
        return data.tx().inTransaction(() -> {
            Map<ThreadStatus, Long> byStatus = data.store().countsByStatus();
            return new InboxCounts(byStatus.get(ThreadStatus.NEW).intValue(), byStatus.get(ThreadStatus.IN_PROGRESS).intValue(),
                    byStatus.get(ThreadStatus.ANSWERED).intValue(), byStatus.get(ThreadStatus.CLOSED).intValue(),
                    (int) data.store().staffUnread());
        });
    }

    @Override
    public ThreadDetails thread(String threadId) {
        return data.tx().inTransaction(() -> {
            ThreadRecord thread = threads.any(threadId, false);
            if (thread.state().unreadByStaff()) {
                thread = thread.with(thread.state().seenByStaff(data.now()));
                data.store().save(thread.id(), thread.state());
            }
            return threads.details(thread, true);
        });
    }

    @Override
    public AttachmentInfo upload(String staffName, String fileName, byte[] content) {
        return attachments.store(owner(staffName), fileName, content);
    }

    @Override
    public ThreadDetails answer(String staffName, String threadId, String text, List<String> attachmentIds, boolean internal) {
        String clean = MessageText.text(text, MessageText.MAX_TEXT, "text", "communication.text");
        List<String> files = MessageText.attachmentIds(attachmentIds);
        String name = staffName(staffName);
        ThreadDetails details = data.tx().inTransaction(() -> {
            ThreadRecord thread = threads.any(threadId, true);
            long now = data.now();
            PostRecord post = threads.post(thread.id(), AuthorKind.STAFF, name, name, clean, internal);
            List<AttachmentInfo> attached = threads.add(post, owner(staffName), files);
            if (internal) {
                thread = thread.with(thread.state().noteAdded(now));
            } else {
                thread = thread.with(thread.state().withStatus(ThreadStatus.ANSWERED, now).staffAnswered(now));
                ThreadRecord answered = thread;
                recipients.of(thread).ifPresent(r -> letters.answer(r.email(), answered, post, attached, r.unsubscribeUrl()));
            }
            data.store().save(thread.id(), thread.state());
            return threads.details(thread, true);
        });
        LOG.info(() -> (internal ? "Internal note" : "Answer") + " by " + name + " on thread " + details.summary().number());
        return details;
    }

    @Override
    public ThreadDetails assign(String staffName, String threadId, String assignee) {
        String who = assignee == null || assignee.isBlank() ? null : MessageText.line(assignee);
        if (who != null && (who.length() > NAME_LENGTH || InboxFilter.UNASSIGNED.equals(who))) {
            throw new ValidationException("assignee", "communication.assignee", NAME_LENGTH);
        }
        return data.tx().inTransaction(() -> {
            ThreadRecord thread = threads.any(threadId, true);
            ThreadState state = thread.state().withAssignee(who);
            if (who != null && state.status() == ThreadStatus.NEW) {
                state = state.withStatus(ThreadStatus.IN_PROGRESS, data.now());
            }
            thread = thread.with(state);
            data.store().save(thread.id(), thread.state());
            return threads.details(thread, true);
        });
    }

    @Override
    public ThreadDetails setStatus(String staffName, String threadId, ThreadStatus status) {
        if (status == null) {
            throw new ValidationException("status", "communication.status");
        }
        return data.tx().inTransaction(() -> {
            ThreadRecord thread = threads.any(threadId, true);
            thread = thread.with(thread.state().withStatus(status, data.now()));
            data.store().save(thread.id(), thread.state());
            return threads.details(thread, true);
        });
    }

    @Override
    public AttachmentContent attachment(String attachmentId) {
        return attachments.content(attachmentId).orElseThrow(() -> new NotFoundException("communication.attachment.notFound"));
    }
}
