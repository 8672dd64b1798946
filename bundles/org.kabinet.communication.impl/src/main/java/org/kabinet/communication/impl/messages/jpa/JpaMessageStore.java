package org.kabinet.communication.impl.messages.jpa;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.persistence.TypedQuery;
import org.kabinet.communication.api.AuthorKind;
import org.kabinet.communication.api.InboxFilter;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.Topic;
import org.kabinet.communication.impl.messages.ContactKind;
import org.kabinet.communication.impl.messages.PostRecord;
import org.kabinet.communication.impl.messages.ThreadKind;
import org.kabinet.communication.impl.messages.ThreadRecord;
import org.kabinet.communication.impl.messages.ThreadState;
import org.kabinet.persistence.EntityManagers;

/**
 * The tables of threads, posts and running numbers through JPA; every call joins the caller's
 * transaction. Boolean columns are compared with parameters only (Derby refuses EclipseLink's literals).
 */
public final class JpaMessageStore {
    private final EntityManagers em;

    public JpaMessageStore(EntityManagers em) {
        this.em = em;
    }

    // ---- threads ----------------------------------------------------------------------------------

    public void insert(ThreadRecord t) {
        em.with(m -> {
            ThreadEntity e = new ThreadEntity();
            e.id = t.id();
            e.number = t.number();
            e.kind = t.kind().name();
            e.topic = t.topic().name();
            e.accountId = t.accountId();
            e.accountNumber = t.accountNumber();
            e.tenantId = t.tenantId();
            e.contactName = t.contactName();
            e.contact = t.contact();
            e.contactKind = t.contactKind().name();
            e.contactKey = t.contactKey();
            e.subject = t.subject();
            e.createdAt = t.createdAt();
            write(e, t.state());
            m.persist(e);
            m.flush(); // the posts' foreign key needs the row first; EclipseLink does not order unrelated entities
            return null;
        });
    }

    public Optional<ThreadRecord> thread(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return em.with(m -> Optional.ofNullable(m.find(ThreadEntity.class, id)).map(JpaMessageStore::thread));
    }

    /**
     * The thread, its row locked until the transaction ends: changes to one thread (two answers, an answer
     * and a reply) wait for each other instead of overwriting each other's counts.
     */
    public Optional<ThreadRecord> lockedThread(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return em.with(m -> {
            int found = m.createQuery("UPDATE ThreadEntity t SET t.staffSeenAt = t.staffSeenAt WHERE t.id = :id")
                    .setParameter("id", id).executeUpdate();
            if (found == 0) {
                return Optional.<ThreadRecord>empty();
            }
            ThreadEntity e = m.find(ThreadEntity.class, id);
            m.refresh(e);
            return Optional.of(thread(e));
        });
    }

    public void save(String id, ThreadState state) {
        em.with(m -> {
            write(m.find(ThreadEntity.class, id), state);
            return null;
        });
    }

    private static void write(ThreadEntity e, ThreadState s) {
        e.status = s.status().name();
        e.assignee = s.assignee();
        e.updatedAt = s.updatedAt();
        e.publicPosts = s.publicPosts();
        e.internalPosts = s.internalPosts();
        e.lastAuthorAt = s.lastAuthorAt();
        e.lastStaffAt = s.lastStaffAt();
        e.tenantSeenAt = s.tenantSeenAt();
        e.staffSeenAt = s.staffSeenAt();
    }

    /** The tenant's threads, latest activity first. */
    public List<ThreadRecord> tenantThreads(String tenantId) {
        return em.with(m -> m.createQuery("SELECT t FROM ThreadEntity t WHERE t.tenantId = :t ORDER BY t.updatedAt DESC, t.id",
                ThreadEntity.class).setParameter("t", tenantId).getResultList().stream().map(JpaMessageStore::thread).toList());
    }

    /** The tenant's threads with a staff post the tenant has not opened. */
    public long tenantUnread(String tenantId) {
        return em.with(m -> m.createQuery("SELECT COUNT(t) FROM ThreadEntity t WHERE t.tenantId = :t AND t.lastStaffAt > t.tenantSeenAt",
                Long.class).setParameter("t", tenantId).getSingleResult());
    }

    /** Threads for the staff inbox, latest activity first; {@code limit} already checked. */
    public List<ThreadRecord> inbox(InboxFilter filter, int limit) {
        return inbox(filter, 0, limit);
    }

    /** At most {@code limit} threads of the filter from {@code offset}, latest activity first (paged in the database). */
    public List<ThreadRecord> inbox(InboxFilter filter, int offset, int limit) {
        return em.with(m -> inboxQuery(m, "SELECT t FROM ThreadEntity t", filter, " ORDER BY t.updatedAt DESC, t.id", ThreadEntity.class)
                .setFirstResult(Math.max(0, offset)).setMaxResults(limit).getResultList().stream().map(JpaMessageStore::thread).toList());
    }

    /** How many threads the filter lists. */
    public int countInbox(InboxFilter filter) {
        return em.with(m -> inboxQuery(m, "SELECT COUNT(t) FROM ThreadEntity t", filter, "", Long.class).getSingleResult().intValue());
    }

    private static <T> TypedQuery<T> inboxQuery(javax.persistence.EntityManager m, String select, InboxFilter filter, String order,
                                                Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
        if (filter.status() != null) {
            jpql.append(" AND t.status = :status");
        }
        if (filter.topic() != null) {
            jpql.append(" AND t.topic = :topic");
        }
        boolean unassigned = InboxFilter.UNASSIGNED.equals(filter.assignee());
        boolean assignee = !unassigned && filter.assignee() != null && !filter.assignee().isBlank();
        if (unassigned) {
            jpql.append(" AND t.assignee IS NULL");
        } else if (assignee) {
            jpql.append(" AND t.assignee = :assignee");
        }
        if (filter.feedback() != null) {
            jpql.append(" AND t.kind = :kind");
        }
        String search = searchPattern(filter.search());
        if (search != null) {
            jpql.append(" AND (LOWER(t.number) LIKE :s ESCAPE '\\' OR LOWER(t.subject) LIKE :s ESCAPE '\\'"
                    + " OR LOWER(t.accountNumber) LIKE :s ESCAPE '\\' OR LOWER(t.contact) LIKE :s ESCAPE '\\'"
                    + " OR LOWER(t.contactName) LIKE :s ESCAPE '\\')");
        }
        TypedQuery<T> q = m.createQuery(jpql.append(order).toString(), type);
        if (filter.status() != null) {
            q.setParameter("status", filter.status().name());
        }
        if (filter.topic() != null) {
            q.setParameter("topic", filter.topic().name());
        }
        if (assignee) {
            q.setParameter("assignee", filter.assignee().strip());
        }
        if (filter.feedback() != null) {
            q.setParameter("kind", (filter.feedback() ? ThreadKind.FEEDBACK : ThreadKind.MESSAGE).name());
        }
        if (search != null) {
            q.setParameter("s", search);
        }
        return q;
    }

    /**
     * The search as a LIKE pattern in lower case with its wildcards escaped, or null for none. A Latin
     * {@code O-} typed at the start of a number is taken for the Cyrillic {@code О-} numbers begin with.
     */
    static String searchPattern(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        String s = search.strip().toLowerCase(Locale.ROOT);
        if (s.length() > 100) {
            s = s.substring(0, 100);
        }
        if (s.matches("[o0]-\\d.*")) {
            s = "о" + s.substring(1);
        }
        return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Threads per status. */
    public Map<ThreadStatus, Long> countsByStatus() {
        return em.with(m -> {
            Map<ThreadStatus, Long> counts = new EnumMap<>(ThreadStatus.class);
            for (ThreadStatus s : ThreadStatus.values()) {
                counts.put(s, 0L);
            }
            m.createQuery("SELECT t.status, COUNT(t) FROM ThreadEntity t GROUP BY t.status", Object[].class).getResultList()
                    .forEach(row -> counts.put(ThreadStatus.valueOf((String) row[0]), ((Number) row[1]).longValue()));
            return counts;
        });
    }

    /** Threads with a post of the tenant or visitor staff have not opened. */
    public long staffUnread() {
        return em.with(m -> m.createQuery("SELECT COUNT(t) FROM ThreadEntity t WHERE t.lastAuthorAt > t.staffSeenAt", Long.class)
                .getSingleResult());
    }

    /** Feedback threads from the contact (its key) since the instant (epoch ms). */
    /** How many feedback threads anyone started at or after the instant (epoch ms). */
    public long feedbackSince(long since) {
        return em.with(m -> m.createQuery("SELECT COUNT(t) FROM ThreadEntity t WHERE t.kind = :k AND t.createdAt >= :s", Long.class)
                .setParameter("k", ThreadKind.FEEDBACK.name()).setParameter("s", since).getSingleResult());
    }

    public long feedbackSince(String contactKey, long since) {
        return em.with(m -> m.createQuery("SELECT COUNT(t) FROM ThreadEntity t WHERE t.kind = :k AND t.contactKey = :c AND t.createdAt >= :s",
                Long.class).setParameter("k", ThreadKind.FEEDBACK.name()).setParameter("c", contactKey).setParameter("s", since)
                .getSingleResult());
    }

    private static ThreadRecord thread(ThreadEntity e) {
        return new ThreadRecord(e.id, e.number, ThreadKind.valueOf(e.kind), Topic.valueOf(e.topic), e.accountId, e.accountNumber,
                e.tenantId, e.contactName, e.contact, ContactKind.valueOf(e.contactKind), e.contactKey, e.subject, e.createdAt,
                new ThreadState(ThreadStatus.valueOf(e.status), e.assignee, e.updatedAt, e.publicPosts, e.internalPosts,
                        e.lastAuthorAt, e.lastStaffAt, e.tenantSeenAt, e.staffSeenAt));
    }

    // ---- posts ------------------------------------------------------------------------------------

    public void insert(PostRecord p) {
        em.with(m -> {
            PostEntity e = new PostEntity();
            e.id = p.id();
            e.threadId = p.threadId();
            e.authorKind = p.author().name();
            e.authorId = p.authorId();
            e.authorName = p.authorName();
            e.body = p.text();
            e.internal = p.internal();
            e.createdAt = p.at();
            m.persist(e);
            return null;
        });
    }

    public Optional<PostRecord> post(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return em.with(m -> Optional.ofNullable(m.find(PostEntity.class, id)).map(JpaMessageStore::post));
    }

    /** The thread's posts, oldest first; internal notes only when asked for. */
    public List<PostRecord> posts(String threadId, boolean withInternal) {
        return em.with(m -> {
            TypedQuery<PostEntity> q = withInternal
                    ? m.createQuery("SELECT p FROM PostEntity p WHERE p.threadId = :t ORDER BY p.createdAt, p.id", PostEntity.class)
                    : m.createQuery("SELECT p FROM PostEntity p WHERE p.threadId = :t AND p.internal = :no ORDER BY p.createdAt, p.id",
                            PostEntity.class).setParameter("no", false);
            return q.setParameter("t", threadId).getResultList().stream().map(JpaMessageStore::post).toList();
        });
    }

    /** Posts the tenant wrote (messages and replies) since the instant (epoch ms). */
    public long tenantPostsSince(String tenantId, long since) {
        return em.with(m -> m.createQuery("SELECT COUNT(p) FROM PostEntity p WHERE p.authorKind = :k AND p.authorId = :t AND p.createdAt >= :s",
                Long.class).setParameter("k", AuthorKind.TENANT.name()).setParameter("t", tenantId).setParameter("s", since)
                .getSingleResult());
    }

    private static PostRecord post(PostEntity e) {
        return new PostRecord(e.id, e.threadId, AuthorKind.valueOf(e.authorKind), e.authorId, e.authorName, e.body, e.internal, e.createdAt);
    }

    // ---- running numbers --------------------------------------------------------------------------

    /**
     * The sequence's next number, taken in the caller's transaction: the row stays locked until it ends,
     * so concurrent transactions get consecutive numbers and a rolled-back one gives its number back.
     */
    public long next(String sequence) {
        return em.with(m -> {
            int updated = m.createQuery("UPDATE SequenceEntity s SET s.lastNo = s.lastNo + 1 WHERE s.name = :n")
                    .setParameter("n", sequence).executeUpdate();
            if (updated == 0) {
                SequenceEntity e = new SequenceEntity();
                e.name = sequence;
                e.lastNo = 1;
                m.persist(e);
                m.flush();
                return 1L;
            }
            return m.createQuery("SELECT s.lastNo FROM SequenceEntity s WHERE s.name = :n", Long.class)
                    .setParameter("n", sequence).getSingleResult();
        });
    }

    /** The sequence's last number given, 0 when none. */
    public long last(String sequence) {
        return em.with(m -> m.createQuery("SELECT s.lastNo FROM SequenceEntity s WHERE s.name = :n", Long.class)
                .setParameter("n", sequence).getResultList().stream().findFirst().orElse(0L));
    }

    /** Creates the sequence's row unless it exists, so that taking numbers only ever updates it. */
    public void ensure(String sequence) {
        em.with(m -> {
            if (m.find(SequenceEntity.class, sequence) == null) {
                SequenceEntity e = new SequenceEntity();
                e.name = sequence;
                e.lastNo = 0;
                m.persist(e);
            }
            return null;
        });
    }
}
