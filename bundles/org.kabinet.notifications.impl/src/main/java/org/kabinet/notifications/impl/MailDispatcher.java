package org.kabinet.notifications.impl;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due outbox letters through a channel: success marks a letter sent, a temporary failure
 * schedules the next attempt by the {@link RetryPolicy}, a permanent one (or too many) marks it failed.
 */
public final class MailDispatcher {
    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    private final OutboxStore store;
    private final LetterComposer composer;
    private final MailChannel channel;
    private final RetryPolicy retries;
    private final Clock clock;

    public MailDispatcher(OutboxStore store, LetterComposer composer, MailChannel channel, RetryPolicy retries, Clock clock) {
        this.store = store;
        this.composer = composer;
        this.channel = channel;
        this.retries = retries;
        this.clock = clock;
    }

    /** Delivers what is due now; returns how many letters were sent. */
    public int dispatchDue(int batch) {
        List<QueuedLetter> due = store.due(clock.instant(), batch);
        int sent = 0;
        for (QueuedLetter letter : due) {
            int attempts = letter.attempts() + 1;
            try {
                String where = channel.deliver(composer.compose(letter));
                store.markSent(letter.id(), attempts, clock.instant());
                LOG.info(() -> "E-mail " + letter.idempotencyKey() + " delivered: " + where);
                sent++;
            } catch (DeliveryException e) {
                String error = truncate(e.getMessage());
                if (e.isPermanent() || retries.givesUpAfter(attempts)) {
                    store.markFailed(letter.id(), attempts, error);
                    LOG.warning(() -> "E-mail " + letter.idempotencyKey() + " failed for good after "
                            + attempts + " attempt(s): " + error);
                } else {
                    Instant next = clock.instant().plus(retries.delayAfter(attempts));
                    store.markRetry(letter.id(), attempts, next, error);
                    LOG.log(Level.INFO, "E-mail {0} not delivered ({1}); next attempt at {2}",
                            new Object[] {letter.idempotencyKey(), error, next});
                }
            }
        }
        return sent;
    }

    private static String truncate(String s) {
        String text = s == null ? "unknown error" : s;
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
