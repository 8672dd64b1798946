package org.kabinet.communication.impl.announcements.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.Query;
import org.kabinet.communication.api.AnnouncementRecipient;
import org.kabinet.communication.api.AnnouncementState;
import org.kabinet.communication.api.AudienceKind;
import org.kabinet.communication.api.Importance;
import org.kabinet.communication.impl.announcements.CheckedDraft;
import org.kabinet.communication.impl.announcements.RecipientRow;
import org.kabinet.communication.impl.announcements.StoredAnnouncement;
import org.kabinet.persistence.EntityManagers;

/**
 * The announcement tables through JPA; every call joins the caller's transaction. State changes are
 * guarded updates ({@code … WHERE STATE = 'SCHEDULED'}): of two callers racing, exactly one sees a count
 * of 1. Boolean columns are only compared with parameters (Derby refuses EclipseLink's boolean literals).
 */
public final class JpaAnnouncementStore {
    /** Ids in one IN list at most (Derby compiles long lists slowly). */
    private static final int CHUNK = 500;
    /** Rows written before the persistence context is flushed and cleared. */
    private static final int BATCH = 1000;
    private final EntityManagers em;

    public JpaAnnouncementStore(EntityManagers em) {
        this.em = em;
    }

    // ---- announcements ------------------------------------------------------------------------------

    public void insert(String id, CheckedDraft draft, String by, Instant at) {
        em.with(m -> {
            AnnouncementEntity e = new AnnouncementEntity();
            e.id = id;
            write(e, draft);
            e.state = AnnouncementState.SCHEDULED.name();
            e.createdBy = by;
            e.createdAt = at.toEpochMilli();
            m.persist(e);
            writeAudience(m, id, draft.target().accounts());
            m.flush();
            return null;
        });
    }

    private static void write(AnnouncementEntity e, CheckedDraft d) {
        e.title = d.title();
        e.html = d.html();
        e.kind = d.target().kind().name();
        e.cityId = d.target().cityId();
        e.building = d.target().building();
        e.importance = d.importance().name();
        e.emergency = d.emergency();
        e.publishAt = d.publishAt().toEpochMilli();
        e.validUntil = d.validUntil().toEpochMilli();
        e.attachmentId = d.attachmentId();
    }

    private static void writeAudience(EntityManager m, String id, Map<String, String> accounts) {
        int n = 0;
        for (Map.Entry<String, String> account : accounts.entrySet()) {
            AudienceAccountEntity a = new AudienceAccountEntity();
            a.announcementId = id;
            a.accountId = account.getKey();
            a.accountNumber = account.getValue();
            m.persist(a);
            if (++n % BATCH == 0) {
                m.flush();
            }
        }
    }

    /** Changes a SCHEDULED announcement; false when it is not (any more). */
    public boolean updateScheduled(String id, CheckedDraft d, String by, Instant at) {
        return em.with(m -> {
            int changed = bulk(m, m.createQuery("UPDATE AnnouncementEntity a SET a.title = :title, a.html = :html, a.kind = :kind,"
                            + " a.cityId = :city, a.building = :building, a.importance = :importance, a.emergency = :emergency,"
                            + " a.publishAt = :publishAt, a.validUntil = :validUntil, a.attachmentId = :attachment,"
                            + " a.changedBy = :by, a.changedAt = :at WHERE a.id = :id AND a.state = :scheduled")
                    .setParameter("title", d.title()).setParameter("html", d.html())
                    .setParameter("kind", d.target().kind().name()).setParameter("city", d.target().cityId())
                    .setParameter("building", d.target().building()).setParameter("importance", d.importance().name())
                    .setParameter("emergency", d.emergency()).setParameter("publishAt", d.publishAt().toEpochMilli())
                    .setParameter("validUntil", d.validUntil().toEpochMilli()).setParameter("attachment", d.attachmentId())
                    .setParameter("by", by).setParameter("at", at.toEpochMilli()).setParameter("id", id)
                    .setParameter("scheduled", AnnouncementState.SCHEDULED.name()));
            if (changed == 0) {
                return false;
            }
            m.createQuery("DELETE FROM AudienceAccountEntity a WHERE a.announcementId = :id").setParameter("id", id).executeUpdate();
            writeAudience(m, id, d.target().accounts());
            m.flush();
            return true;
        });
    }

    public Optional<StoredAnnouncement> find(String id) {
        return em.with(m -> Optional.ofNullable(id == null ? null : m.find(AnnouncementEntity.class, id)).map(JpaAnnouncementStore::stored));
    }

    /** Every announcement, newest first. */
    /** At most {@code limit} announcements from {@code offset}, newest first. */
    public List<StoredAnnouncement> all(int offset, int limit) {
        return em.with(m -> m.createQuery("SELECT a FROM AnnouncementEntity a ORDER BY a.createdAt DESC, a.id", AnnouncementEntity.class)
                .setFirstResult(Math.max(0, offset)).setMaxResults(limit).getResultList().stream().map(JpaAnnouncementStore::stored).toList());
    }

    public int countAll() {
        return em.with(m -> m.createQuery("SELECT COUNT(a) FROM AnnouncementEntity a", Long.class).getSingleResult().intValue());
    }

    public List<StoredAnnouncement> all() {
        return em.with(m -> m.createQuery("SELECT a FROM AnnouncementEntity a ORDER BY a.createdAt DESC, a.id", AnnouncementEntity.class)
                .getResultList().stream().map(JpaAnnouncementStore::stored).toList());
    }

    /** Published and still valid at {@code now}. */
    public List<StoredAnnouncement> current(Instant now) {
        return em.with(m -> m.createQuery("SELECT a FROM AnnouncementEntity a WHERE a.state = :published AND a.validUntil > :now"
                        + " ORDER BY a.publishedAt DESC, a.id", AnnouncementEntity.class)
                .setParameter("published", AnnouncementState.PUBLISHED.name()).setParameter("now", now.toEpochMilli())
                .getResultList().stream().map(JpaAnnouncementStore::stored).toList());
    }

    /** SCHEDULED ones whose time has come, oldest first. */
    public List<String> due(Instant now) {
        return em.with(m -> m.createQuery("SELECT a.id FROM AnnouncementEntity a WHERE a.state = :scheduled AND a.publishAt <= :now"
                        + " ORDER BY a.publishAt, a.id", String.class)
                .setParameter("scheduled", AnnouncementState.SCHEDULED.name()).setParameter("now", now.toEpochMilli()).getResultList());
    }

    /** SCHEDULED → PUBLISHED: true for exactly one caller. */
    public boolean claim(String id, Instant now) {
        return em.with(m -> bulk(m, m.createQuery("UPDATE AnnouncementEntity a SET a.state = :published, a.publishedAt = :now"
                        + " WHERE a.id = :id AND a.state = :scheduled")
                .setParameter("published", AnnouncementState.PUBLISHED.name()).setParameter("now", now.toEpochMilli())
                .setParameter("id", id).setParameter("scheduled", AnnouncementState.SCHEDULED.name())) == 1);
    }

    public void counters(String id, int recipients, int emails, int sms) {
        em.with(m -> bulk(m, m.createQuery("UPDATE AnnouncementEntity a SET a.recipients = :r, a.emails = :e, a.sms = :s WHERE a.id = :id")
                .setParameter("r", recipients).setParameter("e", emails).setParameter("s", sms).setParameter("id", id)));
    }

    /** SCHEDULED or PUBLISHED (or EXPIRED) → WITHDRAWN; false when it was withdrawn already. */
    public boolean withdraw(String id, String by, Instant at) {
        return em.with(m -> bulk(m, m.createQuery("UPDATE AnnouncementEntity a SET a.state = :withdrawn, a.changedBy = :by, a.changedAt = :at"
                        + " WHERE a.id = :id AND a.state <> :withdrawn")
                .setParameter("withdrawn", AnnouncementState.WITHDRAWN.name()).setParameter("by", by)
                .setParameter("at", at.toEpochMilli()).setParameter("id", id)) == 1);
    }

    /** PUBLISHED ones past their validity → EXPIRED; how many. */
    public int expire(Instant now) {
        return em.with(m -> bulk(m, m.createQuery("UPDATE AnnouncementEntity a SET a.state = :expired WHERE a.state = :published"
                        + " AND a.validUntil <= :now")
                .setParameter("expired", AnnouncementState.EXPIRED.name()).setParameter("published", AnnouncementState.PUBLISHED.name())
                .setParameter("now", now.toEpochMilli())));
    }

    /**
     * Runs a bulk update with the persistence context written out before and emptied after, so that no
     * entity read before it shows the old values.
     */
    private static int bulk(EntityManager m, Query update) {
        m.flush();
        int changed = update.executeUpdate();
        m.clear();
        return changed;
    }

    private static StoredAnnouncement stored(AnnouncementEntity e) {
        return new StoredAnnouncement(e.id, e.title, e.html, AudienceKind.valueOf(e.kind), e.cityId, e.building,
                Importance.valueOf(e.importance), e.emergency, AnnouncementState.valueOf(e.state), Instant.ofEpochMilli(e.publishAt),
                e.publishedAt == null ? null : Instant.ofEpochMilli(e.publishedAt), Instant.ofEpochMilli(e.validUntil),
                e.attachmentId, e.createdBy, Instant.ofEpochMilli(e.createdAt), e.recipients, e.emails, e.sms);
    }

    // ---- the accounts of ACCOUNTS audiences ----------------------------------------------------------

    /** Account id → number, by number. */
    public Map<String, String> audienceAccounts(String id) {
        return em.with(m -> {
            Map<String, String> accounts = new LinkedHashMap<>();
            m.createQuery("SELECT a FROM AudienceAccountEntity a WHERE a.announcementId = :id ORDER BY a.accountNumber, a.accountId",
                    AudienceAccountEntity.class).setParameter("id", id).getResultList().forEach(a -> accounts.put(a.accountId, a.accountNumber));
            return accounts;
        });
    }

    /** Of these announcements, those whose audience lists any of these accounts. */
    public Set<String> listingAny(Collection<String> announcementIds, Collection<String> accountIds) {
        Set<String> found = new HashSet<>();
        if (announcementIds.isEmpty() || accountIds.isEmpty()) {
            return found;
        }
        for (List<String> accounts : chunks(List.copyOf(accountIds))) {
            for (List<String> announcements : chunks(List.copyOf(announcementIds))) {
                found.addAll(em.with(m -> m.createQuery("SELECT DISTINCT a.announcementId FROM AudienceAccountEntity a"
                                + " WHERE a.announcementId IN :ann AND a.accountId IN :acc", String.class)
                        .setParameter("ann", announcements).setParameter("acc", accounts).getResultList()));
            }
        }
        return found;
    }

    // ---- recipients and reads ------------------------------------------------------------------------

    /**
     * Stores the tenants reached as not delivered yet (nothing queued): {@link #markDelivered} records what
     * was queued for each, batch by batch.
     */
    public void insertRecipients(List<RecipientRow> rows) {
        em.with(m -> {
            int n = 0;
            for (RecipientRow row : rows) {
                RecipientEntity e = new RecipientEntity();
                e.announcementId = row.announcementId();
                e.tenantId = row.tenantId();
                e.email = row.email();
                e.accountNumbers = numbers(row.accountNumbers());
                e.emailQueued = false;
                e.smsQueued = false;
                e.delivered = 0;
                m.persist(e);
                if (++n % BATCH == 0) {
                    m.flush();
                    m.clear();
                }
            }
            m.flush();
            return null;
        });
    }

    /** Up to {@code limit} tenants of the announcement whose e-mail and SMS are not queued yet, by tenant id. */
    public List<String> pendingRecipients(String id, int limit) {
        return em.with(m -> m.createQuery("SELECT r.tenantId FROM RecipientEntity r WHERE r.delivered = :f AND r.announcementId = :id"
                        + " ORDER BY r.tenantId", String.class)
                .setParameter("f", 0).setParameter("id", id).setMaxResults(limit).getResultList());
    }

    /** PUBLISHED announcements with recipients not delivered yet (a publication cut short). */
    public List<String> pendingAnnouncements() {
        return em.with(m -> m.createQuery("SELECT DISTINCT r.announcementId FROM RecipientEntity r WHERE r.delivered = :f"
                        + " AND EXISTS (SELECT a.id FROM AnnouncementEntity a WHERE a.id = r.announcementId AND a.state = :published)",
                        String.class)
                .setParameter("f", 0).setParameter("published", AnnouncementState.PUBLISHED.name()).getResultList());
    }

    /**
     * Marks the recipient delivered with what was queued for them; a guarded update, so of two callers
     * (a resuming tick and the publication itself) exactly one does. @return whether this caller did
     */
    public boolean markDelivered(String id, String tenantId, boolean emailQueued, boolean smsQueued) {
        return em.with(m -> m.createQuery("UPDATE RecipientEntity r SET r.delivered = :t, r.emailQueued = :e, r.smsQueued = :s"
                        + " WHERE r.announcementId = :id AND r.tenantId = :tenant AND r.delivered = :f")
                .setParameter("t", 1).setParameter("e", emailQueued).setParameter("s", smsQueued).setParameter("id", id)
                .setParameter("tenant", tenantId).setParameter("f", 0).executeUpdate() == 1);
    }

    /** Adds what one batch queued to the announcement's counters. */
    public void addQueued(String id, int emails, int sms) {
        if (emails == 0 && sms == 0) {
            return;
        }
        em.with(m -> bulk(m, m.createQuery("UPDATE AnnouncementEntity a SET a.emails = a.emails + :e, a.sms = a.sms + :s WHERE a.id = :id")
                .setParameter("e", emails).setParameter("s", sms).setParameter("id", id)));
    }

    /** Comma-separated, within the column (a tenant with thousands of accounts keeps the first ones). */
    private static String numbers(List<String> numbers) {
        String joined = String.join(",", numbers);
        if (joined.length() <= 20_000) {
            return joined;
        }
        return joined.substring(0, joined.lastIndexOf(',', 19_990)) + ",…";
    }

    /** The tenants it was delivered to, by e-mail, with when each read it. */
    public List<AnnouncementRecipient> recipients(String id) {
        return recipients(id, 0, -1);
    }

    public int countRecipients(String id) {
        return em.with(m -> m.createQuery("SELECT COUNT(r) FROM RecipientEntity r WHERE r.announcementId = :id", Long.class)
                .setParameter("id", id).getSingleResult().intValue());
    }

    /** At most {@code limit} (all when negative) of its recipients from {@code offset}, by e-mail; their reads in one more query. */
    public List<AnnouncementRecipient> recipients(String id, int offset, int limit) {
        return em.with(m -> {
            javax.persistence.TypedQuery<RecipientEntity> query = m.createQuery(
                    "SELECT r FROM RecipientEntity r WHERE r.announcementId = :id ORDER BY r.email, r.tenantId", RecipientEntity.class)
                    .setParameter("id", id);
            if (limit >= 0) {
                query.setFirstResult(Math.max(0, offset)).setMaxResults(limit);
            }
            List<RecipientEntity> page = query.getResultList();
            Map<String, Instant> reads = new HashMap<>();
            if (!page.isEmpty()) {
                var readQuery = m.createQuery("SELECT r FROM ReadEntity r WHERE r.announcementId = :id"
                        + (limit >= 0 ? " AND r.tenantId IN :tenants" : ""), ReadEntity.class).setParameter("id", id);
                if (limit >= 0) {
                    readQuery.setParameter("tenants", page.stream().map(r -> r.tenantId).distinct().toList());
                }
                readQuery.getResultList().forEach(r -> reads.put(r.tenantId, Instant.ofEpochMilli(r.readAt)));
            }
            return page.stream()
                    .map(r -> new AnnouncementRecipient(r.tenantId, r.email,
                            r.accountNumbers.isEmpty() ? List.of() : Arrays.asList(r.accountNumbers.split(",")),
                            r.emailQueued, r.smsQueued, reads.get(r.tenantId)))
                    .toList();
        });
    }

    /** Announcement id → how many of its recipients read it. */
    public Map<String, Integer> readCounts(List<String> announcementIds) {
        if (announcementIds.isEmpty()) {
            return Map.of();
        }
        return em.with(m -> {
            Map<String, Integer> counts = new HashMap<>();
            for (Object[] row : m.createQuery("SELECT r.announcementId, COUNT(r) FROM ReadEntity r WHERE r.announcementId IN :ids"
                    + " AND EXISTS (SELECT p.tenantId FROM RecipientEntity p WHERE p.announcementId = r.announcementId"
                    + " AND p.tenantId = r.tenantId) GROUP BY r.announcementId", Object[].class)
                    .setParameter("ids", announcementIds).getResultList()) {
                counts.put((String) row[0], ((Number) row[1]).intValue());
            }
            return counts;
        });
    }

    public Map<String, Integer> readCounts() {
        return em.with(m -> {
            Map<String, Integer> counts = new HashMap<>();
            for (Object[] row : m.createQuery("SELECT r.announcementId, COUNT(r) FROM ReadEntity r WHERE EXISTS (SELECT p.tenantId"
                    + " FROM RecipientEntity p WHERE p.announcementId = r.announcementId AND p.tenantId = r.tenantId)"
                    + " GROUP BY r.announcementId", Object[].class).getResultList()) {
                counts.put((String) row[0], ((Number) row[1]).intValue());
            }
            return counts;
        });
    }

    /** Announcement id → when the tenant read it. */
    public Map<String, Instant> readsOf(String tenantId) {
        return em.with(m -> {
            Map<String, Instant> reads = new HashMap<>();
            m.createQuery("SELECT r FROM ReadEntity r WHERE r.tenantId = :t", ReadEntity.class).setParameter("t", tenantId)
                    .getResultList().forEach(r -> reads.put(r.announcementId, Instant.ofEpochMilli(r.readAt)));
            return reads;
        });
    }

    /**
     * Notes that the tenant read it, once (a second call keeps the first time). Two calls at once may both
     * find no row; the second insert then fails on the key, which the caller takes as "read" (see
     * {@link #isDuplicateKey}).
     */
    public void markRead(String announcementId, String tenantId, Instant at) {
        em.with(m -> {
            if (m.find(ReadEntity.class, new ReadEntity.Key(announcementId, tenantId)) == null) {
                ReadEntity e = new ReadEntity();
                e.announcementId = announcementId;
                e.tenantId = tenantId;
                e.readAt = at.toEpochMilli();
                m.persist(e);
                m.flush();
            }
            return null;
        });
    }

    /**
     * Whether the failure is a unique-key violation: SQLState 23505 anywhere in its causes, or the JPA
     * provider's {@code EntityExistsException} (it may know the row from its shared cache before asking the database).
     */
    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof javax.persistence.EntityExistsException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql) {
                for (java.sql.SQLException e = sql; e != null; e = e.getNextException()) {
                    if ("23505".equals(e.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
