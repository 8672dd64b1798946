package org.kabinet.notifications.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The notification outbox. {@link #enqueue} joins the caller's transaction: the message is stored
 * if and only if the change that caused it commits, and a dispatcher delivers it afterwards with
 * retries and back-off.
 */
@ProviderType
public interface Outbox {

    /**
     * Queues an e-mail in the current transaction.
     *
     * @return false if a message with the same idempotency key was queued before (nothing is added)
     */
    boolean enqueue(EmailMessage message);

    /**
     * Queues an SMS in the current transaction. It goes out through the SMS gateway in use, outside
     * quiet hours unless it is {@link SmsPriority#IMMEDIATE}, within the gateway's rate limit, with
     * retries; while no gateway is installed it waits.
     *
     * <p>Past the portal's daily cap on codes (etc/org.kabinet.sms.cfg {@code smsCodesPerDay}) a code — an SMS
     * with a {@link SmsRequest#secret() secret} — is refused at once with a
     * {@code KabinetException} of kind {@code TOO_MANY} and code {@code outbox.sms.dailyCap} (since 1.6), so
     * that the caller answers "try later" and its transaction rolls back.
     *
     * @return false if a message with the same idempotency key was queued before (nothing is added)
     * @since 1.1
     */
    boolean enqueueSms(SmsRequest message);

    /**
     * Queues many SMS in the current transaction, each unless its key was queued before — as
     * {@link #enqueueSms} one by one, but with the keys checked and the rows written in batches.
     *
     * @return the keys that were queued now
     * @since 1.3
     */
    java.util.Set<String> enqueueAllSms(java.util.List<SmsRequest> messages);
}
