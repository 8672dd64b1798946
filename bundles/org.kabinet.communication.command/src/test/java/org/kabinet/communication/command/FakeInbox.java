package org.kabinet.communication.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kabinet.communication.api.AttachmentContent;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.InboxCounts;
import org.kabinet.communication.api.InboxFilter;
import org.kabinet.communication.api.MessageAdministration;
import org.kabinet.communication.api.Post;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.kernel.error.NotFoundException;

/** The inbox in memory: search by the number's text as the store does it, answers recorded. */
final class FakeInbox implements MessageAdministration {
    final Map<String, ThreadDetails> threads = new LinkedHashMap<>();
    final List<InboxFilter> filters = new ArrayList<>();
    final List<String> answers = new ArrayList<>();
    final List<String> opened = new ArrayList<>();

    FakeInbox with(ThreadDetails thread) {
        threads.put(thread.summary().id(), thread);
        return this;
    }

    @Override
    public List<ThreadSummary> inbox(InboxFilter filter) {
        filters.add(filter);
        String search = filter.search() == null ? "" : filter.search().toLowerCase();
        return threads.values().stream().map(ThreadDetails::summary)
                .filter(t -> (t.number() + " " + t.subject()).toLowerCase().contains(search)).toList();
    }

    @Override
    public InboxCounts counts() {
        return new InboxCounts(1, 2, 3, 4, 1);
    }

    @Override
    public ThreadDetails thread(String threadId) {
        opened.add(threadId);
        return found(threadId);
    }

    @Override
    public AttachmentInfo upload(String staffName, String fileName, byte[] content) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ThreadDetails answer(String staffName, String threadId, String text, List<String> attachmentIds, boolean internal) {
        ThreadSummary t = found(threadId).summary();
        answers.add(staffName + "|" + threadId + "|" + text + "|" + internal);
        ThreadStatus status = internal ? t.status() : ThreadStatus.ANSWERED;
        return new ThreadDetails(new ThreadSummary(t.id(), t.number(), t.topic(), status, t.accountId(), t.accountNumber(), t.tenantId(),
                t.contactName(), t.contact(), t.subject(), t.assignee(), t.createdAt(), t.updatedAt(), false, t.posts() + 1), List.<Post>of());
    }

    @Override
    public ThreadDetails assign(String staffName, String threadId, String assignee) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ThreadDetails setStatus(String staffName, String threadId, ThreadStatus status) {
        throw new UnsupportedOperationException();
    }

    @Override
    public AttachmentContent attachment(String attachmentId) {
        throw new UnsupportedOperationException();
    }

    private ThreadDetails found(String threadId) {
        ThreadDetails thread = threads.get(threadId);
        if (thread == null) {
            throw new NotFoundException("communication.thread.notFound");
        }
        return thread;
    }
}
