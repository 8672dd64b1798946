package org.kabinet.communication.api;

import java.time.Instant;

/**
 * A tenant's message as {@link MessagesListener} hears it: which post of which thread, whose, about what. No
 * text and no subject (its first line): an integrator reads them with the thread, e.g. over the API.
 *
 * @param postId     the message: a {@link Post} of the thread
 * @param accountId  the personal account the thread is about, or null (a general message)
 * @param topic      the thread's topic, as the tenant chose it
 * @param receivedAt when it was stored ({@link Post#at()})
 * @since 0.3
 */
public record MessageNotice(String postId, String threadId, String tenantId, String accountId, Topic topic, Instant receivedAt) {
}
