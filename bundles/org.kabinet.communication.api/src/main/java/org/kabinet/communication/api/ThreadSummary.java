package org.kabinet.communication.api;

import java.time.Instant;

/**
 * A thread as a list shows it.
 *
 * @param number        what the tenant quotes: {@code О-2026-00042} (year of the thread and a running number)
 * @param accountId     the personal account it is about, or null (a general message or feedback)
 * @param accountNumber that account's number, or null
 * @param tenantId      the tenant who wrote it, or null for feedback from someone signed out
 * @param contactName   the author as staff see them: the tenant's e-mail, or the feedback's name
 * @param contact       how to answer: the tenant's e-mail, or the e-mail or phone the feedback gave
 * @param subject       the first line of the first post, at most 80 characters
 * @param assignee      the staff member it is assigned to, or null
 * @param unread        for a tenant: staff posted since the tenant last opened it; for staff: the tenant
 *                      posted since staff last opened it
 * @param posts         posts the reader can see
 */
public record ThreadSummary(String id, String number, Topic topic, ThreadStatus status, String accountId,
                            String accountNumber, String tenantId, String contactName, String contact, String subject,
                            String assignee, Instant createdAt, Instant updatedAt, boolean unread, int posts) {
}
