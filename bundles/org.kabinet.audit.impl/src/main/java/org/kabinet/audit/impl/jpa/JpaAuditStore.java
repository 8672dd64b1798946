package org.kabinet.audit.impl.jpa;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashMap;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.kabinet.audit.api.ActorKind;
import org.kabinet.audit.api.AuditEvent;
import org.kabinet.audit.api.AuditPage;
import org.kabinet.audit.api.AuditQuery;
import org.kabinet.audit.api.Outcome;
import org.kabinet.audit.impl.AuditStore;
import org.kabinet.persistence.EntityManagers;

/**
 * The trail in {@code AUD_EVENT}. Appends go through {@code appends} (in the container a transaction of
 * their own, so a rolled-back caller keeps its event and a failed insert does not fail the caller);
 * reads and the purge through {@code reads}. The one statement that removes rows is the purge's.
 */
public final class JpaAuditStore implements AuditStore {
    private final EntityManagers appends;
    private final EntityManagers reads;

    public JpaAuditStore(EntityManagers appends, EntityManagers reads) {
        this.appends = appends;
        this.reads = reads;
    }

    @Override
    public Optional<ChainedEvent> last() {
        return appends.with(em -> em.createQuery("SELECT e FROM AuditEventEntity e ORDER BY e.seq DESC", AuditEventEntity.class)
                .setMaxResults(1).getResultList().stream().findFirst().map(JpaAuditStore::chained));
    }

    @Override
    public void append(ChainedEvent row) {
        AuditEvent e = row.event();
        AuditEventEntity entity = new AuditEventEntity();
        entity.seq = row.seq();
        entity.at = e.at().toEpochMilli();
        entity.actorKind = e.actorKind().name();
        entity.actor = e.actor();
        entity.actorKey = e.actor().toLowerCase(Locale.ROOT);
        entity.clientIp = e.clientIp();
        entity.action = e.action();
        entity.target = e.target();
        entity.outcome = e.outcome().name();
        entity.detail = e.detail();
        entity.prevHash = row.prevHash();
        entity.hash = row.hash();
        appends.with(em -> {
            em.persist(entity);
            em.flush();
            return null;
        });
    }

    @Override
    public AuditPage find(AuditQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (query.from() != null) {
            where.append(" AND e.at >= :from");
            parameters.put("from", query.from().toEpochMilli());
        }
        if (query.to() != null) {
            where.append(" AND e.at < :to");
            parameters.put("to", query.to().toEpochMilli());
        }
        if (query.actor() != null) {
            where.append(" AND e.actorKey = :actor");
            parameters.put("actor", query.actor().toLowerCase(Locale.ROOT));
        }
        if (query.action() != null) {
            where.append(" AND e.action LIKE :action ESCAPE '\\'");
            parameters.put("action", query.action().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.outcome() != null) {
            where.append(" AND e.outcome = :outcome");
            parameters.put("outcome", query.outcome().name());
        }
        if (query.clientIp() != null) {
            where.append(" AND e.clientIp = :ip");
            parameters.put("ip", query.clientIp());
        }
        return reads.with(em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEventEntity e" + where, Long.class);
            TypedQuery<AuditEventEntity> rows = em.createQuery("SELECT e FROM AuditEventEntity e" + where + " ORDER BY e.seq DESC",
                    AuditEventEntity.class);
            parameters.forEach((name, value) -> {
                count.setParameter(name, value);
                rows.setParameter(name, value);
            });
            long total = count.getSingleResult();
            List<AuditEvent> items = new ArrayList<>();
            if (query.offset() < total) {
                rows.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList()
                        .forEach(r -> items.add(event(r)));
            }
            return new AuditPage(items, query.page(), query.size(), total);
        });
    }

    @Override
    public List<ChainedEvent> chain(long fromSeq, int limit) {
        return reads.with(em -> em.createQuery("SELECT e FROM AuditEventEntity e WHERE e.seq >= :from ORDER BY e.seq",
                        AuditEventEntity.class).setParameter("from", fromSeq).setMaxResults(limit).getResultList()
                .stream().map(JpaAuditStore::chained).toList());
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return reads.with(em -> purge(em, cutoff.toEpochMilli()));
    }

    private static int purge(EntityManager em, long cutoff) {
        return em.createQuery("DELETE FROM AuditEventEntity e WHERE e.at < :cutoff").setParameter("cutoff", cutoff).executeUpdate();
    }

    private static AuditEvent event(AuditEventEntity r) {
        return new AuditEvent(Instant.ofEpochMilli(r.at), ActorKind.valueOf(r.actorKind), r.actor, r.clientIp, r.action,
                r.target, Outcome.valueOf(r.outcome), r.detail);
    }

    private static ChainedEvent chained(AuditEventEntity r) {
        return new ChainedEvent(r.seq, event(r), r.prevHash, r.hash);
    }
}
