package org.kabinet.billing.impl;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kabinet.billing.api.Payment;
import org.kabinet.billing.api.PendingNotices;
import org.kabinet.billing.api.PostedPayment;
import org.kabinet.billing.impl.jpa.JpaBillingStore;
import org.kabinet.billing.impl.jpa.JpaBillingStore.PendingNotice;
import org.kabinet.persistence.Transactions;

/**
 * Payments whose notices are still to be queued. Posting a payment only notes it here, in the
 * payment's own transaction ({@link #paymentPosted}); {@link #deliver} later queues each payment's
 * notices and forgets it in one transaction, a batch of payments at a time. So a registry of 30 000
 * payments writes 30 000 small rows inside its transaction instead of computing 30 000 ledgers there,
 * a payment is told about exactly once whatever stops the portal, and its SMS shows the balance as it
 * is when the SMS is queued (seconds after the posting).
 */
public final class PaymentNoticeQueue {
    private static final Logger LOG = Logger.getLogger(PaymentNoticeQueue.class.getName());
    /** Payments a transaction. */
    static final int BATCH = 100;
    /** After this many failed attempts a payment's notices are given up: logged and counted as failed. */
    public static final int MAX_ATTEMPTS = 5;

    private final JpaBillingStore store;
    private final Transactions tx;
    private final Clock clock;
    private final java.util.function.Predicate<Payment> fresh;
    private final BiConsumer<String, Payment> send;

    /**
     * @param fresh whether a payment is recent enough to be told about at all (older ones are not noted)
     * @param send  queues one payment's notices (account id, payment), in the caller's transaction
     */
    public PaymentNoticeQueue(JpaBillingStore store, Transactions tx, Clock clock, java.util.function.Predicate<Payment> fresh,
                              BiConsumer<String, Payment> send) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
        this.fresh = fresh;
        this.send = send;
    }

    /** Notes a posted payment, in the payment's transaction. */
    public void paymentPosted(String accountId, Payment payment) {
        if (fresh.test(payment)) {
            store.insertPaymentNotice(payment.id(), accountId, clock.millis());
        }
    }

    /** Payments waiting, and payments given up after {@link #MAX_ATTEMPTS} failures. */
    public PendingNotices pending() {
        return tx.inTransaction(() -> new PendingNotices(store.paymentNoticeCount(MAX_ATTEMPTS, false),
                store.paymentNoticeCount(MAX_ATTEMPTS, true)));
    }

    /**
     * Queues the notices of every waiting payment, oldest first, a batch a transaction. A batch that
     * fails is tried again a payment a transaction, so one payment that cannot be told about holds up
     * no other; such a payment is tried once a call, in at most {@link #MAX_ATTEMPTS} calls.
     *
     * @param stop asked before every batch: true ends the call early (a registry is being posted, and its
     *             uncommitted rows would make these reads wait for it)
     * @return how many payments were handled
     */
    public int deliver(BooleanSupplier stop) {
        long started = System.nanoTime();
        int done = 0;
        Set<String> failedNow = new HashSet<>();
        while (!stop.getAsBoolean()) {
            int limit = BATCH + failedNow.size();
            List<PendingNotice> batch = tx.inTransaction(() -> store.pendingPaymentNotices(limit, MAX_ATTEMPTS)).stream()
                    .filter(notice -> !failedNow.contains(notice.paymentId())).limit(BATCH).toList();
            if (batch.isEmpty()) {
                break;
            }
            try {
                tx.inTransaction(() -> {
                    handle(batch);
                    return null;
                });
                done += batch.size();
            } catch (RuntimeException e) {
                if (stop.getAsBoolean()) {
                    break;
                }
                LOG.log(Level.FINE, "A batch of payment notices failed; trying its payments one by one", e);
                for (PendingNotice notice : batch) {
                    if (one(notice)) {
                        done++;
                    } else {
                        failedNow.add(notice.paymentId());
                    }
                }
            }
        }
        if (done > 0 || !failedNow.isEmpty()) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            int handled = done;
            int notHandled = failedNow.size();
            LOG.info(() -> "Payment notices: " + handled + " payments handled" + (notHandled == 0 ? "" : ", " + notHandled
                    + " failed") + " in " + millis + " ms");
        }
        return done;
    }

    private boolean one(PendingNotice notice) {
        try {
            tx.inTransaction(() -> {
                handle(List.of(notice));
                return null;
            });
            return true;
        } catch (RuntimeException e) {
            int attempts = tx.inTransaction(() -> store.paymentNoticeFailed(notice.paymentId()));
            boolean givenUp = attempts >= MAX_ATTEMPTS;
            LOG.log(givenUp ? Level.SEVERE : Level.WARNING, "The notices of payment " + notice.paymentId() + " could not be queued"
                    + (givenUp ? " " + attempts + " times: given up" : " (attempt " + attempts + " of " + MAX_ATTEMPTS + ")"), e);
            return false;
        }
    }

    /** Queues the notices of these payments (none for one reversed or gone) and forgets them, in the caller's transaction. */
    private void handle(List<PendingNotice> notices) {
        List<String> ids = notices.stream().map(PendingNotice::paymentId).toList();
        Map<String, PostedPayment> payments = store.payments(ids);
        for (String id : ids) {
            PostedPayment posted = payments.get(id);
            if (posted != null && !posted.payment().reversed()) {
                send.accept(posted.accountId(), posted.payment());
            }
        }
        store.deletePaymentNotices(ids);
    }
}
