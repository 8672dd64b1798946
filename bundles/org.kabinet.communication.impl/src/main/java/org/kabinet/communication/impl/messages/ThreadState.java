package org.kabinet.communication.impl.messages;

import org.kabinet.communication.api.ThreadStatus;

/**
 * What changes on a thread as it goes on. Instants are epoch milliseconds; 0 means "never".
 *
 * @param updatedAt     the latest activity the tenant can see (posts visible to them, status changes)
 * @param publicPosts   posts the tenant sees
 * @param internalPosts staff's internal notes
 * @param lastAuthorAt  the latest post of the tenant or visitor
 * @param lastStaffAt   the latest post of staff the tenant sees
 * @param tenantSeenAt  when the tenant last opened it (or posted)
 * @param staffSeenAt   when any member of staff last opened it (or answered): one marker shared by staff
 */
public record ThreadState(ThreadStatus status, String assignee, long updatedAt, int publicPosts, int internalPosts,
                          long lastAuthorAt, long lastStaffAt, long tenantSeenAt, long staffSeenAt) {

    /** A new thread with the author's first post. */
    public static ThreadState opened(long at) {
        return new ThreadState(ThreadStatus.NEW, null, at, 1, 0, at, 0, at, 0);
    }

    public ThreadState withStatus(ThreadStatus next, long at) {
        return next == status ? this
                : new ThreadState(next, assignee, at, publicPosts, internalPosts, lastAuthorAt, lastStaffAt, tenantSeenAt, staffSeenAt);
    }

    public ThreadState withAssignee(String name) {
        return new ThreadState(status, name, updatedAt, publicPosts, internalPosts, lastAuthorAt, lastStaffAt, tenantSeenAt, staffSeenAt);
    }

    /** The tenant (or visitor) posted: they have seen everything so far. */
    public ThreadState authorPosted(long at) {
        return new ThreadState(status, assignee, at, publicPosts + 1, internalPosts, at, lastStaffAt, at, staffSeenAt);
    }

    /** Staff posted an answer the tenant sees: staff have seen everything so far. */
    public ThreadState staffAnswered(long at) {
        return new ThreadState(status, assignee, at, publicPosts + 1, internalPosts, lastAuthorAt, at, tenantSeenAt, at);
    }

    /** Staff left an internal note: nothing the tenant could notice changes. */
    public ThreadState noteAdded(long at) {
        return new ThreadState(status, assignee, updatedAt, publicPosts, internalPosts + 1, lastAuthorAt, lastStaffAt, tenantSeenAt, at);
    }

    public ThreadState seenByTenant(long at) {
        return new ThreadState(status, assignee, updatedAt, publicPosts, internalPosts, lastAuthorAt, lastStaffAt, Math.max(at, tenantSeenAt), staffSeenAt);
    }

    public ThreadState seenByStaff(long at) {
        return new ThreadState(status, assignee, updatedAt, publicPosts, internalPosts, lastAuthorAt, lastStaffAt, tenantSeenAt, Math.max(at, staffSeenAt));
    }

    /** A staff post the tenant has not opened since. */
    public boolean unreadByTenant() {
        return lastStaffAt > tenantSeenAt;
    }

    /** A post of the tenant or visitor staff have not opened since. */
    public boolean unreadByStaff() {
        return lastAuthorAt > staffSeenAt;
    }
}
