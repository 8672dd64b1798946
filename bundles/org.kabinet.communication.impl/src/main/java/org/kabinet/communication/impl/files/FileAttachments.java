package org.kabinet.communication.impl.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kabinet.communication.api.AttachmentContent;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.impl.files.jpa.JpaAttachmentStore;
import org.kabinet.communication.impl.files.jpa.JpaAttachmentStore.Row;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.persistence.Transactions;

/**
 * {@link Attachments} on disk: each file under a random name in one folder outside the web root, written
 * to a temporary file first and moved into place in one step (a reader never sees half a file), with its
 * row in {@code MSG_ATTACHMENT}. The row's id is random too and unrelated to the file's name on disk.
 * Each owner may upload a limited number of files a calendar day (the portal's zone): the count and the
 * new row are taken under a lock of the owner in this JVM, held until the transaction has committed, so
 * parallel uploads of one owner cannot all pass the count. The lock is per node: behind a load balancer
 * with several nodes an owner may exceed the limit by the number of nodes at most (the size of each file
 * and the number read at once stay bounded all the same).
 */
public class FileAttachments implements Attachments {
    private static final Logger LOG = Logger.getLogger(FileAttachments.class.getName());
    /** Unattached files are kept this long. */
    public static final Duration ABANDONED_AFTER = Duration.ofHours(24);
    /** Rows deleted per pass of {@link #deleteAbandoned()} at most. */
    private static final int BATCH = 500;
    private static final String TEMP_PREFIX = ".upload-";
    /** Temporary files younger than this may still be being written. */
    static final Duration TEMP_KEPT = Duration.ofHours(1);
    /** Locks an owner's uploads hash to (a few owners share one: that only makes them wait for each other). */
    private static final int LOCK_STRIPES = 64;
    private final ReentrantLock[] ownerLocks = new ReentrantLock[LOCK_STRIPES];

    private final JpaAttachmentStore store;
    private final Transactions tx;
    private final Path folder;
    private final Clock clock;
    private final ZoneId zone;
    private final int uploadsPerDay;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param folder        where the files are kept (created when missing)
     * @param uploadsPerDay files an owner may upload a day
     */
    public FileAttachments(JpaAttachmentStore store, Transactions tx, Path folder, Clock clock, ZoneId zone, int uploadsPerDay) {
        this.store = store;
        this.tx = tx;
        this.folder = folder;
        this.clock = clock;
        this.zone = zone;
        this.uploadsPerDay = uploadsPerDay;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            ownerLocks[i] = new ReentrantLock();
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws KabinetException TOO_MANY {@code communication.attachment.tooMany} past the owner's uploads of the day
     */
    @Override
    public AttachmentInfo store(String owner, String fileName, byte[] content) {
        FileTypes type = check(content);
        String name = FileNames.clean(fileName, type);
        long now = clock.millis();
        long dayStart = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant().toEpochMilli();
        ReentrantLock lock = ownerLocks[Math.floorMod(String.valueOf(owner).hashCode(), LOCK_STRIPES)];
        lock.lock();
        try {
            return storeCounted(owner, name, type, content, now, dayStart);
        } finally {
            lock.unlock();
        }
    }

    /** Counts the owner's uploads of the day and stores the file, in one transaction committed before the lock is let go. */
    private AttachmentInfo storeCounted(String owner, String name, FileTypes type, byte[] content, long now, long dayStart) {
        return tx.inTransaction(() -> {
            if (store.uploadedSince(owner, dayStart) >= uploadsPerDay) {
                throw new KabinetException(Failure.TOO_MANY, "communication.attachment.tooMany", "file", uploadsPerDay);
            }
            AttachmentInfo info = new AttachmentInfo(randomName(), name, type.contentType(), content.length);
            String storedName = randomName();
            Path file = write(storedName, content);
            try {
                store.insert(new Row(info, owner, storedName, now, null));
            } catch (RuntimeException e) {
                deleteQuietly(file);
                throw e;
            }
            return info;
        });
    }

    /** The file's type, or the reason it is refused: empty, too large, not a JPEG, PNG or PDF by its content. */
    public static FileTypes check(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ValidationException("file", "communication.attachment.empty");
        }
        if (content.length > MAX_SIZE) {
            throw new ValidationException("file", "communication.attachment.size", MAX_SIZE / (1024 * 1024));
        }
        return FileTypes.of(content).orElseThrow(() -> new ValidationException("file", "communication.attachment.type"));
    }

    @Override
    public Optional<AttachmentInfo> info(String attachmentId) {
        return tx.inTransaction(() -> store.find(attachmentId)).map(Row::info);
    }

    @Override
    public Optional<String> owner(String attachmentId) {
        return tx.inTransaction(() -> store.find(attachmentId)).map(Row::owner);
    }

    @Override
    public AttachmentInfo attach(String owner, String attachmentId, String target) {
        return tx.inTransaction(() -> {
            Optional<Row> row = store.find(attachmentId);
            if (row.isEmpty() || !store.attach(attachmentId, owner, target, clock.millis())) {
                throw new ValidationException("attachments", "communication.attachments");
            }
            return row.get().info();
        });
    }

    @Override
    public boolean detach(String attachmentId, String target) {
        return tx.inTransaction(() -> store.detach(attachmentId, target));
    }

    @Override
    public Optional<String> target(String attachmentId) {
        return tx.inTransaction(() -> store.find(attachmentId)).map(Row::target);
    }

    @Override
    public Optional<AttachmentContent> content(String attachmentId) {
        Optional<Row> row = tx.inTransaction(() -> store.find(attachmentId));
        if (row.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AttachmentContent(row.get().info(), Files.readAllBytes(folder.resolve(row.get().storedName()))));
        } catch (NoSuchFileException e) {
            LOG.warning(() -> "The file of attachment " + attachmentId + " is missing from " + folder);
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read attachment " + attachmentId, e);
        }
    }

    /** The rows of the files attached to these targets ({@code post:<id>}), for listing them. */
    public List<Row> attachedTo(List<String> targets) {
        return tx.inTransaction(() -> store.attachedTo(targets));
    }

    @Override
    public int deleteAbandoned() {
        long cutoff = clock.millis() - ABANDONED_AFTER.toMillis();
        int deleted = 0;
        List<Row> batch;
        do {
            batch = tx.inTransaction(() -> store.unattachedBefore(cutoff, BATCH));
            for (Row row : batch) {
                if (tx.inTransaction(() -> store.deleteUnattached(row.info().id()))) {
                    deleteQuietly(folder.resolve(row.storedName()));
                    deleted++;
                }
            }
        } while (batch.size() == BATCH);
        deleteStaleTemporaryFiles(clock.millis() - TEMP_KEPT.toMillis());
        return deleted + deleteOrphans(cutoff);
    }

    private Path write(String storedName, byte[] content) {
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, TEMP_PREFIX, ".tmp");
            try {
                Files.write(temp, content);
                return Files.move(temp, folder.resolve(storedName), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                deleteQuietly(temp);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an attachment in " + folder, e);
        }
    }

    /**
     * Files on disk older than {@code before} with no row: written by an upload whose transaction then failed
     * to commit (a younger one may still be committing). Returns how many were deleted.
     */
    private int deleteOrphans(long before) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<String> old = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!name.startsWith(TEMP_PREFIX) && Files.isRegularFile(file) && Files.getLastModifiedTime(file).toMillis() < before) {
                    old.add(name);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list uploads in " + folder, e);
            return 0;
        }
        int deleted = 0;
        for (int i = 0; i < old.size(); i += BATCH) {
            List<String> chunk = old.subList(i, Math.min(old.size(), i + BATCH));
            Set<String> known = tx.inTransaction(() -> store.storedNamesAmong(chunk));
            for (String name : chunk) {
                if (!known.contains(name)) {
                    deleteQuietly(folder.resolve(name));
                    deleted++;
                }
            }
        }
        if (deleted > 0) {
            int count = deleted;
            LOG.info(() -> "Deleted " + count + " uploaded files on disk that no row names");
        }
        return deleted;
    }

    /** Temporary files a crash left behind. */
    private void deleteStaleTemporaryFiles(long before) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, TEMP_PREFIX + "*")) {
            for (Path temp : temps) {
                if (Files.getLastModifiedTime(temp).toMillis() < before) {
                    stale.add(temp);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list temporary uploads in " + folder, e);
        }
        stale.forEach(FileAttachments::deleteQuietly);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete " + file, e);
        }
    }

    /** 32 random bytes as 43 characters of base64url: safe in a file name and a URL, and not guessable. */
    private String randomName() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
