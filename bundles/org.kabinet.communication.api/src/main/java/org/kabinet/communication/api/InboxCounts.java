package org.kabinet.communication.api;

/** The staff inbox at a glance: threads per status and those with a tenant's post staff have not opened. */
public record InboxCounts(int newThreads, int inProgress, int answered, int closed, int unread) {
}
