package org.kabinet.notifications.impl;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kabinet.notifications.api.AttachmentSource;

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
    private final Function<String, Optional<AttachmentSource>> sources;

    public MailDispatcher(OutboxStore store, LetterComposer composer, MailChannel channel, RetryPolicy retries, Clock clock) {
        this(store, composer, channel, retries, clock, name -> Optional.empty());
    }

    /** @param sources the attachment source of a name, while one is registered */
    public MailDispatcher(OutboxStore store, LetterComposer composer, MailChannel channel, RetryPolicy retries, Clock clock,
                          Function<String, Optional<AttachmentSource>> sources) {
        this.sources = sources;
        this.store = store;
        this.composer = composer;
        this.channel = channel;
        this.retries = retries;
        this.clock = clock;
    }

    /** Delivers what is due now; returns how many letters were sent. */
    public int dispatchDue(int batch) {
        Instant now = clock.instant();
        List<QueuedLetter> due = store.due(now, batch);
        int sent = 0;
        // a slow server must not outlast the claim: the letters not tried by half of it go back
        Instant stopAt = now.plus(store.claim().dividedBy(2));
        for (int i = 0; i < due.size(); i++) {
            QueuedLetter queued = due.get(i);
            if (clock.instant().isAfter(stopAt)) {
                store.release(due.subList(i, due.size()).stream().map(QueuedLetter::id).toList());
                break;
            }
            int attempts = queued.attempts() + 1;
            QueuedLetter letter = queued;
            try {
                letter = withBuiltFiles(queued);
                String where = channel.deliver(composer.compose(letter));
                store.markSent(queued.id(), attempts, clock.instant());
                LOG.info(() -> "E-mail " + queued.idempotencyKey() + " delivered: " + where);
                sent++;
            } catch (DeliveryException e) {
                String error = truncate(e.getMessage());
                if (e.isPermanent() || retries.givesUpAfter(attempts)) {
                    store.markFailed(queued.id(), attempts, error);
                    LOG.warning(() -> "E-mail " + queued.idempotencyKey() + " failed for good after "
                            + attempts + " attempt(s): " + error);
                } else {
                    Instant next = clock.instant().plus(retries.delayAfter(attempts));
                    store.markRetry(queued.id(), attempts, next, error);
                    LOG.log(Level.INFO, "E-mail {0} not delivered ({1}); next attempt at {2}",
                            new Object[] {queued.idempotencyKey(), error, next});
                }
            }
        }
        return sent;
    }

    /**
     * Builds the attachments queued by reference and stores their bytes with the letter, so every
     * later attempt sends the same file. No source registered: try again later; a source that
     * cannot build the file: the letter fails for good.
     */
    private QueuedLetter withBuiltFiles(QueuedLetter letter) throws DeliveryException {
        if (letter.files().stream().allMatch(QueuedFile::built)) {
            return letter;
        }
        List<QueuedFile> built = new ArrayList<>();
        for (QueuedFile file : letter.files()) {
            if (file.built()) {
                built.add(file);
                continue;
            }
            int colon = file.source().indexOf(':');
            String name = colon < 0 ? file.source() : file.source().substring(0, colon);
            AttachmentSource source = sources.apply(name).orElseThrow(() -> new DeliveryException(
                    "attachment source '" + name + "' is not available", false, null));
            byte[] bytes;
            try {
                bytes = source.build(colon < 0 ? "" : file.source().substring(colon + 1)).orElseThrow(
                        () -> new DeliveryException("attachment " + file.source() + " cannot be built", true, null));
            } catch (RuntimeException e) {
                throw new DeliveryException("attachment " + file.source() + " failed: " + e, false, e);
            }
            store.storeFile(file.id(), bytes);
            built.add(file.withContent(bytes));
        }
        return letter.withFiles(built);
    }

    private static String truncate(String s) {
        String text = s == null ? "unknown error" : s;
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
