package org.kabinet.communication.api;

/**
 * Which threads staff list; null means "any".
 *
 * @param assignee a staff member's name, or {@link #UNASSIGNED}
 * @param feedback true: only feedback (threads without a tenant's account); false: only tenants' messages
 * @param search   part of the number, the subject, the account number or the contact
 * @param limit    at most this many, newest activity first (1–500; 0 means 200)
 */
public record InboxFilter(ThreadStatus status, Topic topic, String assignee, Boolean feedback, String search, int limit) {
    public static final String UNASSIGNED = "-";
    public static final InboxFilter ALL = new InboxFilter(null, null, null, null, null, 0);
}
