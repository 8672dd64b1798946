package org.kabinet.communication.rest;

import java.util.ArrayList;
import java.util.List;
import org.kabinet.communication.api.AttachmentContent;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.Feedback;
import org.kabinet.communication.api.FeedbackForm;
import org.kabinet.communication.api.InboxCounts;
import org.kabinet.communication.api.InboxFilter;
import org.kabinet.communication.api.MessageAdministration;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.Topic;
import org.kabinet.kernel.error.NotFoundException;

/** The staff inbox with one thread "t-1", and the feedback form; records what staff did. */
final class FakeInbox implements MessageAdministration, Feedback {
    final List<String> calls = new ArrayList<>();
    InboxFilter filter;
    FeedbackForm form;
    AttachmentContent file = new AttachmentContent(new AttachmentInfo("f-9", "Акт сверки.pdf", "application/pdf", 5),
            "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    private static void known(String threadId) {
        if (!threadId.equals("t-1")) {
            throw new NotFoundException("not.found");
        }
    }

    private static ThreadDetails thread(ThreadStatus status, String assignee, String text, boolean internal) {
        var s = Samples.summary("t-1", Topic.REPAIR, status, "tenant-1");
        s = new org.kabinet.communication.api.ThreadSummary(s.id(), s.number(), s.topic(), s.status(), s.accountId(), s.accountNumber(),
                s.tenantId(), s.contactName(), s.contact(), s.subject(), assignee, s.createdAt(), s.updatedAt(), true, 2);
        return Samples.details(s, text, internal);
    }

    @Override
    public List<org.kabinet.communication.api.ThreadSummary> inbox(InboxFilter filter) {
        this.filter = filter;
        return List.of(thread(ThreadStatus.NEW, null, "Течёт кран", false).summary());
    }

    @Override
    public InboxCounts counts() {
        return new InboxCounts(3, 2, 5, 10, 1);
    }

    @Override
    public ThreadDetails thread(String threadId) {
        known(threadId);
        return thread(ThreadStatus.NEW, null, "Течёт кран", false);
    }

    @Override
    public AttachmentInfo upload(String staffName, String fileName, byte[] content) {
        calls.add("upload " + staffName + " " + fileName + " " + content.length);
        return new AttachmentInfo("f-staff", fileName, "image/png", content.length);
    }

    @Override
    public ThreadDetails answer(String staffName, String threadId, String text, List<String> attachmentIds, boolean internal) {
        known(threadId);
        calls.add("answer " + staffName + " " + text + " " + attachmentIds + (internal ? " internal" : ""));
        return thread(internal ? ThreadStatus.NEW : ThreadStatus.ANSWERED, null, text, internal);
    }

    @Override
    public ThreadDetails assign(String staffName, String threadId, String assignee) {
        known(threadId);
        calls.add("assign " + staffName + " " + assignee);
        return thread(assignee == null ? ThreadStatus.NEW : ThreadStatus.IN_PROGRESS, assignee, "Течёт кран", false);
    }

    @Override
    public ThreadDetails setStatus(String staffName, String threadId, ThreadStatus status) {
        known(threadId);
        calls.add("status " + staffName + " " + status);
        return thread(status, null, "Течёт кран", false);
    }

    @Override
    public AttachmentContent attachment(String attachmentId) {
        if (!attachmentId.equals(file.info().id())) {
            throw new NotFoundException("not.found");
        }
        return file;
    }

    @Override
    public String submit(FeedbackForm form) {
        this.form = form;
        return "О-2026-00042";
    }
}
