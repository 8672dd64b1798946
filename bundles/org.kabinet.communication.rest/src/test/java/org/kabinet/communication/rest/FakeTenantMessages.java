package org.kabinet.communication.rest;

import java.util.ArrayList;
import java.util.List;
import org.kabinet.communication.api.AttachmentContent;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.NewMessage;
import org.kabinet.communication.api.TenantMessages;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.communication.api.Topic;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;

/** The messages of one tenant with one thread "t-1"; everything else is "not found", as the module answers. */
final class FakeTenantMessages implements TenantMessages {
    final String tenant;
    final List<String> calls = new ArrayList<>();
    NewMessage written;
    byte[] uploaded;
    AttachmentContent file = new AttachmentContent(Samples.PHOTO, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
    int unread = 2;

    FakeTenantMessages(String tenant) {
        this.tenant = tenant;
    }

    private void own(String tenantId, String threadId) {
        if (!tenant.equals(tenantId) || threadId != null && !threadId.equals("t-1")) {
            throw new NotFoundException("not.found");
        }
    }

    private ThreadDetails thread(ThreadStatus status, String text) {
        return Samples.details(Samples.summary("t-1", Topic.CHARGES, status, tenant), text, false);
    }

    @Override
    public List<ThreadSummary> threads(String tenantId) {
        own(tenantId, null);
        return List.of(Samples.summary("t-1", Topic.CHARGES, ThreadStatus.NEW, tenant));
    }

    @Override
    public int unread(String tenantId) {
        own(tenantId, null);
        return unread;
    }

    @Override
    public AttachmentInfo upload(String tenantId, String fileName, byte[] content) {
        own(tenantId, null);
        if (content.length == 0) {
            throw new ValidationException("file", "communication.attachment.empty");
        }
        uploaded = content;
        calls.add("upload " + fileName + " " + content.length);
        return new AttachmentInfo("f-new", fileName, "application/pdf", content.length);
    }

    @Override
    public ThreadDetails write(String tenantId, NewMessage message) {
        own(tenantId, null);
        written = message;
        return thread(ThreadStatus.NEW, message.text());
    }

    @Override
    public ThreadDetails thread(String tenantId, String threadId) {
        own(tenantId, threadId);
        calls.add("opened " + threadId);
        return thread(ThreadStatus.ANSWERED, "Счёт за март");
    }

    @Override
    public ThreadDetails reply(String tenantId, String threadId, String text, List<String> attachmentIds) {
        own(tenantId, threadId);
        calls.add("reply " + threadId + " " + text + " " + attachmentIds);
        return thread(ThreadStatus.IN_PROGRESS, text);
    }

    @Override
    public ThreadDetails close(String tenantId, String threadId) {
        own(tenantId, threadId);
        calls.add("close " + threadId);
        return thread(ThreadStatus.CLOSED, "Счёт за март");
    }

    @Override
    public AttachmentContent attachment(String tenantId, String attachmentId) {
        own(tenantId, null);
        if (!attachmentId.equals(file.info().id())) {
            throw new NotFoundException("not.found");
        }
        return file;
    }
}
