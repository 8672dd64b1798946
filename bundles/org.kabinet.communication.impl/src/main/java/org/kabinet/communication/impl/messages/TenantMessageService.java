package org.kabinet.communication.impl.messages;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.communication.api.AttachmentContent;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.AuthorKind;
import org.kabinet.communication.api.MessageNotice;
import org.kabinet.communication.api.NewMessage;
import org.kabinet.communication.api.TenantMessages;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.communication.impl.files.Attachments;
import org.kabinet.communication.impl.files.Owners;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.registration.api.Tenant;
import org.kabinet.registration.api.TenantDirectory;

/**
 * Messages as a tenant sees them. A message about an account needs the right to change things on it
 * ({@link TenantAccounts#writableAccount}); one about no account anybody signed in may write. A tenant writes at most {@code messagesPerDay} posts a calendar day
 * (new messages and replies together: each one also lands in the company's mailbox, and the
 * {@link org.kabinet.communication.api.MessagesListener}s hear it in its transaction).
 */
public class TenantMessageService implements TenantMessages {
    private final Threads threads;
    private final MessagesData data;
    private final Attachments attachments;
    private final TenantAccounts accounts;
    private final TenantDirectory tenants;
    private final MessageLetters letters;
    private final int messagesPerDay;

    public TenantMessageService(Threads threads, Attachments attachments, TenantAccounts accounts, TenantDirectory tenants,
                                MessageLetters letters, int messagesPerDay) {
        this.threads = threads;
        this.data = threads.data();
        this.attachments = attachments;
        this.accounts = accounts;
        this.tenants = tenants;
        this.letters = letters;
        this.messagesPerDay = messagesPerDay;
    }

    /** Whose files a tenant's uploads are. */
    static String owner(String tenantId) {
        return Owners.tenant(tenantId);
    }

    @Override
    public List<ThreadSummary> threads(String tenantId) {
        return data.tx().inTransaction(() -> data.store().tenantThreads(tenantId).stream().map(t -> threads.summary(t, false)).toList());
    }

    @Override
    public int unread(String tenantId) {
        return (int) (long) data.tx().inTransaction(() -> data.store().tenantUnread(tenantId));
    }

    @Override
    public AttachmentInfo upload(String tenantId, String fileName, byte[] content) {
        return attachments.store(owner(tenantId), fileName, content);
    }

    @Override
    public ThreadDetails write(String tenantId, NewMessage message) {
        if (message == null || message.topic() == null) {
            throw new ValidationException("topic", "communication.topic");
        }
        String text = MessageText.text(message.text(), MessageText.MAX_TEXT, "text", "communication.text");
        List<String> files = MessageText.attachmentIds(message.attachmentIds());
        String accountId = message.accountId() == null || message.accountId().isBlank() ? null : message.accountId().strip();
        // writing about an account is for its holder and full household members; a member who only views gets 403
        // account.readOnly, a stranger "not found"
        LinkedAccount account = accountId == null ? null : accounts.writableAccount(tenantId, accountId);
        String email = tenantEmail(tenantId);
        return data.tx().inTransaction(() -> {
            checkLimit(tenantId);
            long now = data.now();
            ThreadRecord thread = new ThreadRecord(UUID.randomUUID().toString(), threads.numbers().next(), ThreadKind.MESSAGE,
                    message.topic(), account == null ? null : account.id(), account == null ? null : account.number(), tenantId,
                    email, email, ContactKind.EMAIL, email.toLowerCase(java.util.Locale.ROOT), MessageText.subject(text), now,
                    ThreadState.opened(now));
            data.store().insert(thread);
            PostRecord post = threads.post(thread.id(), AuthorKind.TENANT, tenantId, email, text, false);
            List<AttachmentInfo> attached = threads.add(post, owner(tenantId), files);
            letters.toMailbox(thread, post, attached, true);
            received(thread, post);
            return threads.details(thread, false);
        });
    }

    @Override
    public ThreadDetails thread(String tenantId, String threadId) {
        return data.tx().inTransaction(() -> {
            ThreadRecord thread = threads.tenants(tenantId, threadId, false);
            if (thread.state().unreadByTenant()) {
                thread = thread.with(thread.state().seenByTenant(data.now()));
                data.store().save(thread.id(), thread.state());
            }
            return threads.details(thread, false);
        });
    }

    @Override
    public ThreadDetails reply(String tenantId, String threadId, String text, List<String> attachmentIds) {
        String clean = MessageText.text(text, MessageText.MAX_TEXT, "text", "communication.text");
        List<String> files = MessageText.attachmentIds(attachmentIds);
        return data.tx().inTransaction(() -> {
            ThreadRecord thread = threads.tenants(tenantId, threadId, true);
            checkLimit(tenantId);
            long now = data.now();
            String name = thread.kind() == ThreadKind.MESSAGE ? thread.contact() : tenantEmail(tenantId);
            PostRecord post = threads.post(thread.id(), AuthorKind.TENANT, tenantId, name, clean, false);
            List<AttachmentInfo> attached = threads.add(post, owner(tenantId), files);
            ThreadState state = thread.state();
            if (state.status() == ThreadStatus.ANSWERED || state.status() == ThreadStatus.CLOSED) {
                state = state.withStatus(ThreadStatus.IN_PROGRESS, now);
            }
            thread = thread.with(state.authorPosted(now));
            data.store().save(thread.id(), thread.state());
            letters.toMailbox(thread, post, attached, false);
            received(thread, post);
            return threads.details(thread, false);
        });
    }

    @Override
    public ThreadDetails close(String tenantId, String threadId) {
        return data.tx().inTransaction(() -> {
            ThreadRecord thread = threads.tenants(tenantId, threadId, true);
            thread = thread.with(thread.state().withStatus(ThreadStatus.CLOSED, data.now()).seenByTenant(data.now()));
            data.store().save(thread.id(), thread.state());
            return threads.details(thread, false);
        });
    }

    /**
     * A file the tenant uploaded, or one attached to a post the tenant can see in one of their threads; any
     * other is "not found".
     */
    @Override
    public AttachmentContent attachment(String tenantId, String attachmentId) {
        boolean visible = data.tx().inTransaction(() -> {
            if (attachments.owner(attachmentId).filter(owner(tenantId)::equals).isPresent()) {
                return true;
            }
            Optional<String> target = attachments.target(attachmentId);
            if (target.isEmpty() || !target.get().startsWith("post:")) {
                return false;
            }
            return data.store().post(target.get().substring("post:".length()))
                    .filter(p -> !p.internal())
                    .flatMap(p -> data.store().thread(p.threadId()))
                    .filter(t -> tenantId != null && tenantId.equals(t.tenantId()))
                    .isPresent();
        });
        if (!visible) {
            throw new NotFoundException("communication.attachment.notFound");
        }
        return attachments.content(attachmentId).orElseThrow(() -> new NotFoundException("communication.attachment.notFound"));
    }

    /** Tells the listeners of the tenant's stored post, in the caller's transaction. */
    private void received(ThreadRecord thread, PostRecord post) {
        MessageNotice notice = new MessageNotice(post.id(), thread.id(), post.authorId(), thread.accountId(), thread.topic(),
                Instant.ofEpochMilli(post.at()));
        data.listeners().forEach(l -> l.messageReceived(notice));
    }

    private void checkLimit(String tenantId) {
        if (data.store().tenantPostsSince(tenantId, data.startOfToday()) >= messagesPerDay) {
            throw new KabinetException(Failure.TOO_MANY, "communication.tooMany", null, messagesPerDay);
        }
    }

    private String tenantEmail(String tenantId) {
        // a signed-in tenant has an address; a dash keeps the thread readable should the tenant be gone
        return tenants.find(tenantId).map(Tenant::email).filter(e -> e != null && !e.isBlank()).orElse("—");
    }
}
