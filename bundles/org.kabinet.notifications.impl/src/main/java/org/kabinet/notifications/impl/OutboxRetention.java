package org.kabinet.notifications.impl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * How long the outbox keeps what it sent (152-ФЗ: personal data no longer than needed). Once a day:
 * <ul>
 *   <li>a delivered message's body (text, links, attachments' bytes) is cleared {@code sentBodyDays} after it
 *   went out, keeping what was sent (its key and subject), when, to whom and the delivery evidence;</li>
 *   <li>a failed one's body {@code failedBodyDays} after it was queued (long enough to look into the failure
 *   and send it again);</li>
 *   <li>whole settled rows, with their attempts and delivery reports, go {@code keepDays} after they were
 *   queued (3 years by default: the general limitation period, for disputes over a notice);</li>
 *   <li>the {@code .eml} files of the no-SMTP folder go {@code emlDays} after they were written.</li>
 * </ul>
 * A limit of 0 keeps that kind forever. Waiting messages are never touched. Each batch is its own
 * transaction, so a long first run holds no lock for long.
 */
public final class OutboxRetention {
    /** Rows per transaction. */
    static final int BATCH = 500;

    /** The limits in days; 0 = keep forever. */
    public record Limits(int sentBodyDays, int failedBodyDays, int keepDays, int emlDays) {
        public Limits {
            if (sentBodyDays < 0 || failedBodyDays < 0 || keepDays < 0 || emlDays < 0) {
                throw new IllegalArgumentException("retention days cannot be negative");
            }
        }
    }

    /** What one run removed. */
    public record Outcome(int sentBodies, int failedBodies, int rows, int emlFiles) {
        public boolean nothing() {
            return sentBodies + failedBodies + rows + emlFiles == 0;
        }

        @Override
        public String toString() {
            return "bodies of " + sentBodies + " sent and " + failedBodies + " failed message(s) cleared, " + rows
                    + " old row(s) deleted, " + emlFiles + " .eml file(s) deleted";
        }
    }

    private final OutboxStore store;
    private final Limits limits;
    private final Path emlFolder;
    private final Clock clock;

    /** @param emlFolder the folder of {@code .eml} files (whether or not SMTP is used now: older files may be there), or null */
    public OutboxRetention(OutboxStore store, Limits limits, Path emlFolder, Clock clock) {
        this.store = store;
        this.limits = limits;
        this.emlFolder = emlFolder;
        this.clock = clock;
    }

    public Outcome run() {
        Instant now = clock.instant();
        int sent = limits.sentBodyDays() == 0 ? 0
                : repeat(() -> store.clearBodies("SENT", ago(now, limits.sentBodyDays()), now, BATCH));
        int failed = limits.failedBodyDays() == 0 ? 0
                : repeat(() -> store.clearBodies("FAILED", ago(now, limits.failedBodyDays()), now, BATCH));
        int rows = limits.keepDays() == 0 ? 0 : repeat(() -> store.deleteSettled(ago(now, limits.keepDays()), BATCH));
        int files = limits.emlDays() == 0 ? 0 : deleteOldLetters(ago(now, limits.emlDays()));
        return new Outcome(sent, failed, rows, files);
    }

    private static Instant ago(Instant now, int days) {
        return now.minus(Duration.ofDays(days));
    }

    private static int repeat(java.util.function.IntSupplier batch) {
        int total = 0;
        int done;
        do {
            done = batch.getAsInt();
            total += done;
        } while (done >= BATCH);
        return total;
    }

    /** Deletes the letters (and half-written temporary files) last written before {@code before}. */
    private int deleteOldLetters(Instant before) {
        if (emlFolder == null || !Files.isDirectory(emlFolder)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> files = Files.list(emlFolder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if ((name.endsWith(".eml") || name.startsWith(".writing-")) && Files.isRegularFile(file)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot clean " + emlFolder + ": " + e.getMessage(), e);
        }
        return deleted;
    }
}
