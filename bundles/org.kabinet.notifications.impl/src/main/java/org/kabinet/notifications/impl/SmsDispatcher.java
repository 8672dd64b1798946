package org.kabinet.notifications.impl;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.kabinet.sms.spi.SmsGateway;
import org.kabinet.sms.spi.SmsMessage;
import org.kabinet.sms.spi.SmsReceipt;

/**
 * Delivers due SMS through the gateway in use: nothing in quiet hours or without a gateway (the
 * messages wait), at most the rate limit, every attempt recorded, temporary failures retried with
 * back-off, permanent ones marked failed for staff to see. Each pass claims its SMS first, so dispatchers
 * of several nodes never send one SMS twice (but for one whose node died between the provider's answer
 * and its record: its outcome is unknown, and it is sent again when the claim ends).
 */
public final class SmsDispatcher {
    private static final Logger LOG = Logger.getLogger(SmsDispatcher.class.getName());

    private final OutboxStore store;
    private final Supplier<SmsGateway> gateway;
    private final RetryPolicy retries;
    private final QuietHours quietHours;
    private final RateLimit rateLimit;
    private final Clock clock;
    private final SmsDailyCap cap;

    /** A dispatcher without a daily cap. */
    public SmsDispatcher(OutboxStore store, Supplier<SmsGateway> gateway, RetryPolicy retries, QuietHours quietHours,
                         RateLimit rateLimit, Clock clock) {
        this(store, gateway, retries, quietHours, rateLimit, clock, SmsDailyCap.unlimited(store, clock));
    }

    public SmsDispatcher(OutboxStore store, Supplier<SmsGateway> gateway, RetryPolicy retries, QuietHours quietHours,
                         RateLimit rateLimit, Clock clock, SmsDailyCap cap) {
        this.cap = cap;
        this.store = store;
        this.gateway = gateway;
        this.retries = retries;
        this.quietHours = quietHours;
        this.rateLimit = rateLimit;
        this.clock = clock;
    }

    /** Sends what is due now and allowed; returns how many the gateway accepted. */
    public int dispatchDue(int batch) {
        SmsGateway current = gateway.get();
        Instant now = clock.instant();
        if (current == null) {
            return 0;
        }
        // in quiet hours only what a person is waiting for right now (a code) goes out
        boolean quiet = quietHours.isQuiet(now);
        List<QueuedSms> due = store.dueSms(now, batch, quiet);
        if (due.isEmpty()) {
            return 0;
        }
        int accepted = 0;
        boolean codes = false;
        // what this pass claimed but does not try (rate limit, or half the claim gone) goes back at once
        Instant stopAt = now.plus(store.claim().dividedBy(2));
        for (int i = 0; i < due.size(); i++) {
            QueuedSms sms = due.get(i);
            if (!rateLimit.tryAcquire() || clock.instant().isAfter(stopAt)) {
                store.release(due.subList(i, due.size()).stream().map(QueuedSms::id).toList());
                break;
            }
            int attempts = sms.attempts() + 1;
            SmsReceipt receipt;
            try {
                receipt = current.send(new SmsMessage(sms.phone(), sms.text(), sms.idempotencyKey()));
            } catch (RuntimeException e) {
                receipt = SmsReceipt.temporaryFailure("gateway " + current.name() + " failed: " + e);
            }
            Instant at = clock.instant();
            String detail = receipt.outcome() == SmsReceipt.Outcome.ACCEPTED ? receipt.providerMessageId() : receipt.reason();
            store.recordAttempt(sms.id(), at, current.name(), receipt.outcome().name(), detail);
            switch (receipt.outcome()) {
                case ACCEPTED -> {
                    // the provider's id lets its delivery reports find this SMS later
                    store.markSmsSent(sms.id(), attempts, at, current.name(), trackable(receipt.providerMessageId()));
                    accepted++;
                    codes |= sms.immediate();
                }
                case PERMANENT_FAILURE -> {
                    store.markFailed(sms.id(), attempts, truncate(receipt.reason()));
                    LOG.warning(() -> "SMS " + sms.idempotencyKey() + " rejected for good by " + current.name());
                }
                case TEMPORARY_FAILURE -> {
                    if (retries.givesUpAfter(attempts)) {
                        store.markFailed(sms.id(), attempts, truncate(receipt.reason()));
                    } else {
                        store.markRetry(sms.id(), attempts, at.plus(retries.delayAfter(attempts)), truncate(receipt.reason()));
                    }
                }
                default -> throw new IllegalStateException(receipt.outcome().name());
            }
        }
        // the daily cap counts codes: staff are alarmed when many went out today
        if (codes && cap.limited()) {
            cap.watch(cap.counted());
        }
        return accepted;
    }

    /** The provider's id if delivery reports can refer to it; a blank or overlong one cannot be tracked. */
    private static String trackable(String providerMessageId) {
        if (providerMessageId == null || providerMessageId.isBlank()) {
            return null;
        }
        String id = providerMessageId.strip();
        if (id.length() > SmsDeliveryTracker.MAX_PROVIDER_ID) {
            LOG.warning(() -> "A provider message id longer than " + SmsDeliveryTracker.MAX_PROVIDER_ID
                    + " characters is not kept: its delivery reports cannot be matched");
            return null;
        }
        return id;
    }

    private static String truncate(String s) {
        String text = s == null ? "unknown error" : s;
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
