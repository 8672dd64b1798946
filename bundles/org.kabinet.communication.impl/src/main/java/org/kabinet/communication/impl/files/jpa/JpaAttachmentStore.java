package org.kabinet.communication.impl.files.jpa;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.persistence.EntityManagers;

/** The rows of {@code MSG_ATTACHMENT}; every call joins the caller's transaction. */
public final class JpaAttachmentStore {
    /** A stored file's row: what it is, whose, where it lies on disk and what it is attached to. */
    public record Row(AttachmentInfo info, String owner, String storedName, long createdAt, String target) {
    }

    private final EntityManagers em;

    public JpaAttachmentStore(EntityManagers em) {
        this.em = em;
    }

    public void insert(Row row) {
        em.with(m -> {
            AttachmentEntity e = new AttachmentEntity();
            e.id = row.info().id();
            e.fileName = row.info().name();
            e.contentType = row.info().contentType();
            e.size = row.info().size();
            e.owner = row.owner();
            e.storedName = row.storedName();
            e.createdAt = row.createdAt();
            m.persist(e);
            return null;
        });
    }

    public Optional<Row> find(String id) {
        if (id == null || id.isBlank() || id.length() > 43) {
            return Optional.empty();
        }
        return em.with(m -> Optional.ofNullable(m.find(AttachmentEntity.class, id)).map(JpaAttachmentStore::row));
    }

    /** The files attached to these targets ({@code post:<id>}), in the order uploaded. */
    public List<Row> attachedTo(Collection<String> targets) {
        if (targets.isEmpty()) {
            return List.of();
        }
        return em.with(m -> m.createQuery("SELECT a FROM AttachmentEntity a WHERE a.target IN :t ORDER BY a.createdAt, a.id",
                AttachmentEntity.class).setParameter("t", List.copyOf(targets)).getResultList().stream().map(JpaAttachmentStore::row).toList());
    }

    /** How many files the owner uploaded at or after the instant (epoch ms). */
    public long uploadedSince(String owner, long since) {
        return em.with(m -> m.createQuery("SELECT COUNT(a) FROM AttachmentEntity a WHERE a.owner = :o AND a.createdAt >= :s", Long.class)
                .setParameter("o", owner).setParameter("s", since).getSingleResult());
    }

    /**
     * Marks the file attached if it is the owner's and not attached yet; one statement, so two requests
     * attaching the same file cannot both succeed. @return whether it was attached now
     */
    public boolean attach(String id, String owner, String target, long at) {
        return em.with(m -> {
            int changed = m.createQuery("UPDATE AttachmentEntity a SET a.target = :t, a.attachedAt = :at"
                            + " WHERE a.id = :id AND a.owner = :o AND a.target IS NULL")
                    .setParameter("t", target).setParameter("at", at).setParameter("id", id).setParameter("o", owner).executeUpdate();
            AttachmentEntity cached = m.find(AttachmentEntity.class, id);
            if (cached != null) {
                m.refresh(cached);
            }
            return changed == 1;
        });
    }

    /** Unattaches the file if it is attached to the target. @return whether it was */
    public boolean detach(String id, String target) {
        return em.with(m -> {
            int changed = m.createQuery("UPDATE AttachmentEntity a SET a.target = NULL, a.attachedAt = NULL WHERE a.id = :id AND a.target = :t")
                    .setParameter("id", id).setParameter("t", target).executeUpdate();
            AttachmentEntity cached = m.find(AttachmentEntity.class, id);
            if (cached != null) {
                m.refresh(cached);
            }
            return changed == 1;
        });
    }

    /** Of these names on disk, those that have a row. */
    public Set<String> storedNamesAmong(Collection<String> storedNames) {
        if (storedNames.isEmpty()) {
            return Set.of();
        }
        return em.with(m -> new HashSet<>(m.createQuery("SELECT a.storedName FROM AttachmentEntity a WHERE a.storedName IN :n", String.class)
                .setParameter("n", List.copyOf(storedNames)).getResultList()));
    }

    /** Unattached files uploaded before the instant (epoch ms), at most {@code limit}. */
    public List<Row> unattachedBefore(long before, int limit) {
        return em.with(m -> m.createQuery("SELECT a FROM AttachmentEntity a WHERE a.target IS NULL AND a.createdAt < :b ORDER BY a.createdAt",
                AttachmentEntity.class).setParameter("b", before).setMaxResults(limit).getResultList().stream().map(JpaAttachmentStore::row).toList());
    }

    /** Deletes the row if it is still unattached. @return whether it was deleted */
    public boolean deleteUnattached(String id) {
        return em.with(m -> m.createQuery("DELETE FROM AttachmentEntity a WHERE a.id = :id AND a.target IS NULL")
                .setParameter("id", id).executeUpdate() == 1);
    }

    private static Row row(AttachmentEntity e) {
        return new Row(new AttachmentInfo(e.id, e.fileName, e.contentType, e.size), e.owner, e.storedName, e.createdAt, e.target);
    }
}
