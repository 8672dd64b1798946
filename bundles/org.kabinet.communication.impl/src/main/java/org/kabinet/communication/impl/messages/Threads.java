package org.kabinet.communication.impl.messages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.Post;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.communication.impl.files.Attachments;
import org.kabinet.communication.impl.files.jpa.JpaAttachmentStore;
import org.kabinet.communication.impl.messages.jpa.JpaMessageStore;
import org.kabinet.kernel.error.NotFoundException;

/**
 * What the tenants' side, the staff inbox and the feedback form share: finding a thread (a tenant only
 * their own; anything else is "not found"), storing posts with their files, and the views of a thread for
 * each reader — a tenant never sees staff's internal notes, not even as a count.
 */
public class Threads {
    static final String NOT_FOUND = "communication.thread.notFound";
    private final MessagesData data;
    private final JpaMessageStore store;
    private final JpaAttachmentStore files;
    private final Attachments attachments;
    private final ThreadNumbers numbers;

    public Threads(MessagesData data, Attachments attachments) {
        this.data = data;
        this.store = data.store();
        this.files = new JpaAttachmentStore(data.entityManagers());
        this.attachments = attachments;
        this.numbers = new ThreadNumbers(data);
    }

    public MessagesData data() {
        return data;
    }

    public JpaMessageStore store() {
        return store;
    }

    public ThreadNumbers numbers() {
        return numbers;
    }

    /** The tenant's own thread, locked for a change when asked; any other is "not found". */
    public ThreadRecord tenants(String tenantId, String threadId, boolean lock) {
        ThreadRecord thread = (lock ? store.lockedThread(threadId) : store.thread(threadId)).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (tenantId == null || !tenantId.equals(thread.tenantId())) {
            throw new NotFoundException(NOT_FOUND);
        }
        return thread;
    }

    /** Any thread, for staff. */
    public ThreadRecord any(String threadId, boolean lock) {
        return (lock ? store.lockedThread(threadId) : store.thread(threadId)).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }

    /** A new post's record with a fresh id. */
    public PostRecord post(String threadId, org.kabinet.communication.api.AuthorKind author, String authorId, String authorName,
                           String text, boolean internal) {
        return new PostRecord(UUID.randomUUID().toString(), threadId, author, authorId, authorName, text, internal, data.now());
    }

    /** Stores the post and attaches the owner's files to it, in the caller's transaction. */
    public List<AttachmentInfo> add(PostRecord post, String owner, List<String> attachmentIds) {
        store.insert(post);
        List<AttachmentInfo> attached = new ArrayList<>();
        for (String id : attachmentIds) {
            attached.add(attachments.attach(owner, id, target(post.id())));
        }
        return attached;
    }

    /** The thread as a list shows it; a tenant does not learn which member of staff it is assigned to. */
    public ThreadSummary summary(ThreadRecord t, boolean forStaff) {
        ThreadState s = t.state();
        return new ThreadSummary(t.id(), t.number(), t.topic(), s.status(), t.accountId(), t.accountNumber(), t.tenantId(),
                t.contactName(), t.contact(), t.subject(), forStaff ? s.assignee() : null, Instant.ofEpochMilli(t.createdAt()),
                Instant.ofEpochMilli(s.updatedAt()), forStaff ? s.unreadByStaff() : s.unreadByTenant(),
                forStaff ? s.publicPosts() + s.internalPosts() : s.publicPosts());
    }

    /** The thread with its posts as the reader may see them. */
    public ThreadDetails details(ThreadRecord t, boolean forStaff) {
        List<PostRecord> posts = store.posts(t.id(), forStaff);
        Map<String, List<AttachmentInfo>> byPost = new HashMap<>();
        files.attachedTo(posts.stream().map(p -> target(p.id())).toList())
                .forEach(row -> byPost.computeIfAbsent(row.target(), k -> new ArrayList<>()).add(row.info()));
        List<Post> shown = posts.stream().map(p -> new Post(p.id(), p.author(), p.authorName(), p.text(), Instant.ofEpochMilli(p.at()),
                p.internal(), byPost.getOrDefault(target(p.id()), List.of()))).toList();
        return new ThreadDetails(summary(t, forStaff), shown);
    }

    /** What a post's files are attached to. */
    public static String target(String postId) {
        return "post:" + postId;
    }
}
