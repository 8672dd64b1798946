package org.kabinet.meters.impl.jpa;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.persistence.TypedQuery;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterAudit;
import org.kabinet.meters.api.MeterState;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingSource;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.ReadingToken;
import org.kabinet.meters.api.Resource;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.persistence.EntityManagers;

/**
 * The meters tables through JPA; every call joins the caller's transaction. Boolean columns are always
 * compared with parameters: EclipseLink renders JPQL boolean literals in a way Derby refuses.
 */
public final class JpaMeterStore {
    /** Ids in one IN list at most (Derby compiles long lists slowly). */
    private static final int CHUNK = 500;
    private final EntityManagers em;

    public JpaMeterStore(EntityManagers em) {
        this.em = em;
    }

    // ---- meters -----------------------------------------------------------------------------------

    public Optional<Meter> meter(String id) {
        return em.with(m -> Optional.ofNullable(id == null ? null : m.find(MeterEntity.class, id)).map(JpaMeterStore::meter));
    }

    /** The account's meters (every meter when null). */
    public List<Meter> meters(String accountId) {
        return em.with(m -> {
            TypedQuery<MeterEntity> q = accountId == null
                    ? m.createQuery("SELECT e FROM MeterEntity e", MeterEntity.class)
                    : m.createQuery("SELECT e FROM MeterEntity e WHERE e.accountId = :a", MeterEntity.class).setParameter("a", accountId);
            return q.getResultList().stream().map(JpaMeterStore::meter).toList();
        });
    }

    /**
     * At most {@code limit} meters of every account from {@code offset}, in the staff order: active first, then by
     * resource (as declared), serial number and id — the order of {@code MeterAdministrationService.ORDER}.
     */
    public List<Meter> meters(int offset, int limit) {
        StringBuilder resourceOrder = new StringBuilder("CASE e.resource");
        for (org.kabinet.meters.api.Resource r : org.kabinet.meters.api.Resource.values()) {
            resourceOrder.append(" WHEN '").append(r.name()).append("' THEN ").append(r.ordinal());
        }
        resourceOrder.append(" ELSE 99 END");
        return em.with(m -> m.createQuery("SELECT e, CASE WHEN e.state = '" + MeterState.ACTIVE.name() + "' THEN 0 ELSE 1 END AS active, "
                        + resourceOrder + " AS kind FROM MeterEntity e ORDER BY active, kind, e.serialNumber, e.id", Object[].class)
                .setFirstResult(Math.max(0, offset)).setMaxResults(limit).getResultList().stream()
                .map(row -> meter((MeterEntity) row[0])).toList());
    }

    public int countMeters() {
        return em.with(m -> m.createQuery("SELECT COUNT(e) FROM MeterEntity e", Long.class).getSingleResult().intValue());
    }

    public List<Meter> meters(Collection<String> accountIds) {
        List<Meter> result = new ArrayList<>();
        for (List<String> chunk : chunks(List.copyOf(accountIds))) {
            result.addAll(em.with(m -> m.createQuery("SELECT e FROM MeterEntity e WHERE e.accountId IN :a", MeterEntity.class)
                    .setParameter("a", chunk).getResultList().stream().map(JpaMeterStore::meter).toList()));
        }
        return result;
    }

    /** Active meters with this serial number (of any resource). */
    public List<Meter> activeBySerial(String serialNumber) {
        return em.with(m -> m.createQuery("SELECT e FROM MeterEntity e WHERE e.serialNumber = :s AND e.state = :active", MeterEntity.class)
                .setParameter("s", serialNumber).setParameter("active", MeterState.ACTIVE.name()).getResultList()
                .stream().map(JpaMeterStore::meter).toList());
    }

    public void insertMeter(Meter meter, long at) {
        em.with(m -> {
            MeterEntity e = new MeterEntity();
            e.id = meter.id();
            e.accountId = meter.accountId();
            e.resource = meter.resource().name();
            e.createdAt = at;
            write(e, meter);
            m.persist(e);
            return null;
        });
    }

    /** Writes everything but the account, the resource and the tenant's name. */
    public void updateMeter(Meter meter) {
        em.with(m -> {
            MeterEntity e = m.find(MeterEntity.class, meter.id());
            write(e, meter);
            return null;
        });
    }

    private static void write(MeterEntity e, Meter meter) {
        e.serialNumber = meter.serialNumber();
        e.place = meter.place();
        e.zones = meter.zones();
        e.digits = meter.digits();
        e.installedOn = meter.installedOn().toString();
        e.verificationDue = meter.verificationDue() == null ? null : meter.verificationDue().toString();
        e.state = meter.state().name();
        List<BigDecimal> v = meter.initialValues();
        e.initial1 = v.get(0);
        e.initial2 = v.size() > 1 ? v.get(1) : null;
        e.initial3 = v.size() > 2 ? v.get(2) : null;
        e.tenantName = meter.name();
    }

    public void rename(String meterId, String name) {
        em.with(m -> {
            m.find(MeterEntity.class, meterId).tenantName = name;
            return null;
        });
    }

    /**
     * Notes a submission on the meter's row and writes it at once: the row lock makes submissions for one
     * meter wait for each other, so two of them never both become the period's current reading.
     */
    public void lockForSubmission(String meterId, long at) {
        em.with(m -> {
            m.find(MeterEntity.class, meterId).lastSubmittedAt = at;
            m.flush();
            return null;
        });
    }

    private static Meter meter(MeterEntity e) {
        List<BigDecimal> initial = new ArrayList<>();
        initial.add(e.initial1);
        if (e.zones > 1) {
            initial.add(e.initial2);
        }
        if (e.zones > 2) {
            initial.add(e.initial3);
        }
        return new Meter(e.id, e.accountId, Resource.valueOf(e.resource), e.serialNumber, e.place, e.zones, e.digits,
                LocalDate.parse(e.installedOn), e.verificationDue == null ? null : LocalDate.parse(e.verificationDue),
                MeterState.valueOf(e.state), initial, e.tenantName);
    }

    // ---- readings ---------------------------------------------------------------------------------

    /** Every reading of the meter, oldest period first, in the order submitted. */
    public List<Reading> readings(String meterId) {
        return em.with(m -> m.createQuery("SELECT r FROM ReadingEntity r WHERE r.meterId = :m ORDER BY r.period, r.submittedAt, r.id",
                ReadingEntity.class).setParameter("m", meterId).getResultList().stream().map(JpaMeterStore::reading).toList());
    }

    public Optional<Reading> reading(String id) {
        return em.with(m -> Optional.ofNullable(id == null ? null : m.find(ReadingEntity.class, id)).map(JpaMeterStore::reading));
    }

    public void insertReading(Reading r) {
        em.with(m -> {
            ReadingEntity e = new ReadingEntity();
            e.id = r.id();
            e.meterId = r.meterId();
            e.period = r.period().toString();
            e.takenOn = r.takenOn().toString();
            e.submittedAt = r.submittedAt().toEpochMilli();
            e.value1 = r.values().get(0);
            e.value2 = r.values().size() > 1 ? r.values().get(1) : null;
            e.value3 = r.values().size() > 2 ? r.values().get(2) : null;
            e.source = r.source().name();
            e.by = r.by();
            write(e, r);
            m.persist(e);
            return null;
        });
    }

    /** Writes the reading's status, reason, consumption and whether it is current. */
    public void updateReading(Reading r) {
        em.with(m -> {
            write(m.find(ReadingEntity.class, r.id()), r);
            return null;
        });
    }

    private static void write(ReadingEntity e, Reading r) {
        e.status = r.status().name();
        e.reason = r.reason().length() > 1000 ? r.reason().substring(0, 999) + "…" : r.reason();
        e.consumption = r.consumption();
        e.current = r.current();
    }

    public void reviewed(String readingId, long at, String by) {
        em.with(m -> {
            ReadingEntity e = m.find(ReadingEntity.class, readingId);
            e.reviewedAt = at;
            e.reviewedBy = by;
            return null;
        });
    }

    /** How many readings of the meter were submitted at or after {@code since} (epoch ms). */
    /** Readings tenants sent for the meter (cabinet and personal tokens; not staff, not imports) since the instant. */
    public long submittedSince(String meterId, long since) {
        return em.with(m -> m.createQuery("SELECT COUNT(r) FROM ReadingEntity r WHERE r.meterId = :m AND r.submittedAt >= :since"
                        + " AND r.source IN :tenants", Long.class)
                .setParameter("m", meterId).setParameter("since", since)
                .setParameter("tenants", List.of(ReadingSource.CABINET.name(), ReadingSource.TOKEN.name())).getSingleResult());
    }

    /** The current readings of a period (every status but REJECTED can be current). */
    public List<Reading> current(YearMonth period) {
        return em.with(m -> m.createQuery("SELECT r FROM ReadingEntity r WHERE r.period = :p AND r.current = :yes ORDER BY r.meterId",
                ReadingEntity.class).setParameter("p", period.toString()).setParameter("yes", true).getResultList()
                .stream().map(JpaMeterStore::reading).toList());
    }

    /** Current FLAGGED readings, oldest first. */
    /** At most {@code limit} of {@link #flagged()} from {@code offset}. */
    public List<Reading> flagged(int offset, int limit) {
        return em.with(m -> m.createQuery("SELECT r FROM ReadingEntity r WHERE r.status = :s AND r.current = :yes ORDER BY r.submittedAt, r.id",
                ReadingEntity.class).setParameter("s", ReadingStatus.FLAGGED.name()).setParameter("yes", true)
                .setFirstResult(Math.max(0, offset)).setMaxResults(limit).getResultList().stream().map(JpaMeterStore::reading).toList());
    }

    public int countFlagged() {
        return em.with(m -> m.createQuery("SELECT COUNT(r) FROM ReadingEntity r WHERE r.status = :s AND r.current = :yes", Long.class)
                .setParameter("s", ReadingStatus.FLAGGED.name()).setParameter("yes", true).getSingleResult().intValue());
    }

    /** The meters with these ids (one query per 500 ids). */
    public List<Meter> metersById(Collection<String> ids) {
        List<Meter> result = new ArrayList<>();
        for (List<String> chunk : chunks(ids.stream().filter(java.util.Objects::nonNull).distinct().toList())) {
            result.addAll(em.with(m -> m.createQuery("SELECT e FROM MeterEntity e WHERE e.id IN :ids", MeterEntity.class)
                    .setParameter("ids", chunk).getResultList().stream().map(JpaMeterStore::meter).toList()));
        }
        return result;
    }

    public List<Reading> flagged() {
        return em.with(m -> m.createQuery("SELECT r FROM ReadingEntity r WHERE r.status = :s AND r.current = :yes ORDER BY r.submittedAt, r.id",
                ReadingEntity.class).setParameter("s", ReadingStatus.FLAGGED.name()).setParameter("yes", true).getResultList()
                .stream().map(JpaMeterStore::reading).toList());
    }

    private static Reading reading(ReadingEntity e) {
        List<BigDecimal> values = new ArrayList<>();
        values.add(e.value1);
        if (e.value2 != null) {
            values.add(e.value2);
        }
        if (e.value3 != null) {
            values.add(e.value3);
        }
        return new Reading(e.id, e.meterId, YearMonth.parse(e.period), LocalDate.parse(e.takenOn), Instant.ofEpochMilli(e.submittedAt),
                values, e.consumption, ReadingStatus.valueOf(e.status), e.reason, ReadingSource.valueOf(e.source), e.by, e.current);
    }

    // ---- volumes for billing ----------------------------------------------------------------------

    /** An active meter: whose, of what. */
    public record ActiveMeter(String id, String accountId, Resource resource) {
    }

    /** The active meters installed by the period's end: of every account, or of one account and resource when both are given. */
    public List<ActiveMeter> activeMeters(YearMonth period, String accountId, Resource resource) {
        String jpql = "SELECT m.id, m.accountId, m.resource FROM MeterEntity m WHERE m.state = :active AND m.installedOn <= :end"
                + (accountId == null ? "" : " AND m.accountId = :account AND m.resource = :resource");
        return em.with(m -> {
            TypedQuery<Object[]> q = m.createQuery(jpql, Object[].class).setParameter("active", MeterState.ACTIVE.name())
                    .setParameter("end", period.atEndOfMonth().toString());
            if (accountId != null) {
                q.setParameter("account", accountId).setParameter("resource", resource.name());
            }
            return q.getResultList().stream().map(row -> new ActiveMeter((String) row[0], (String) row[1], Resource.valueOf((String) row[2])))
                    .toList();
        });
    }

    /** A meter's counted readings in some periods: how many periods have one, and their consumption together. */
    public record Counted(int periods, BigDecimal volume) {
    }

    /**
     * The counted readings (current, ACCEPTED) of these periods by meter — of every meter, or of the given
     * ones. One grouped query on the readings alone (no join: the meters are matched in memory).
     */
    public Map<String, Counted> counted(List<YearMonth> periods, Collection<String> meterIds) {
        Map<String, Counted> counted = new HashMap<>();
        if (periods.isEmpty() || meterIds != null && meterIds.isEmpty()) {
            return counted;
        }
        String jpql = "SELECT r.meterId, COUNT(r.id), SUM(r.consumption) FROM ReadingEntity r"
                + " WHERE r.period IN :periods AND r.status = :accepted AND r.current = :yes"
                + (meterIds == null ? "" : " AND r.meterId IN :ids") + " GROUP BY r.meterId";
        List<List<String>> chunks = meterIds == null ? java.util.Collections.singletonList(null) : chunks(List.copyOf(meterIds));
        for (List<String> chunk : chunks) {
            em.with(m -> {
                TypedQuery<Object[]> q = m.createQuery(jpql, Object[].class)
                        .setParameter("periods", periods.stream().map(YearMonth::toString).toList())
                        .setParameter("accepted", ReadingStatus.ACCEPTED.name()).setParameter("yes", true);
                if (chunk != null) {
                    q.setParameter("ids", chunk);
                }
                for (Object[] row : q.getResultList()) {
                    counted.put((String) row[0], new Counted(((Number) row[1]).intValue(), decimal(row[2])));
                }
                return null;
            });
        }
        return counted;
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    // ---- windows ----------------------------------------------------------------------------------

    public List<WindowRule> windows() {
        return em.with(m -> m.createQuery("SELECT w FROM WindowEntity w ORDER BY w.scope, w.scopeValue", WindowEntity.class).getResultList()
                .stream().map(w -> new WindowRule(WindowRule.Scope.valueOf(w.scope), w.scopeValue, w.fromDay, w.toDay,
                        WindowRule.Mode.valueOf(w.mode))).toList());
    }

    /** Adds the rule, or replaces the one of its scope and value. */
    public void saveWindow(WindowRule rule) {
        em.with(m -> {
            WindowEntity e = m.find(WindowEntity.class, new WindowEntity.Key(rule.scope().name(), rule.scopeValue()));
            boolean created = e == null;
            if (created) {
                e = new WindowEntity();
                e.scope = rule.scope().name();
                e.scopeValue = rule.scopeValue();
            }
            e.fromDay = rule.fromDay();
            e.toDay = rule.toDay();
            e.mode = rule.mode().name();
            if (created) {
                m.persist(e);
            }
            return null;
        });
    }

    public boolean removeWindow(WindowRule.Scope scope, String scopeValue) {
        return em.with(m -> {
            WindowEntity e = m.find(WindowEntity.class, new WindowEntity.Key(scope.name(), scopeValue));
            if (e != null) {
                m.remove(e);
            }
            return e != null;
        });
    }

    // ---- tokens -----------------------------------------------------------------------------------

    /** A token with whose it is. */
    public record StoredToken(String tenantId, ReadingToken token) {
    }

    public void insertToken(String tenantId, ReadingToken token, String secretHash) {
        em.with(m -> {
            TokenEntity e = new TokenEntity();
            e.id = token.id();
            e.tenantId = tenantId;
            e.name = token.name();
            e.secretHash = secretHash;
            e.createdAt = token.createdAt().toEpochMilli();
            e.expiresAt = token.expiresAt().toEpochMilli();
            e.revoked = false;
            m.persist(e);
            return null;
        });
    }

    /** The tenant's tokens, newest first. */
    public List<ReadingToken> tokens(String tenantId) {
        return em.with(m -> m.createQuery("SELECT t FROM TokenEntity t WHERE t.tenantId = :t ORDER BY t.createdAt DESC, t.id", TokenEntity.class)
                .setParameter("t", tenantId).getResultList().stream().map(JpaMeterStore::token).toList());
    }

    /** Tokens of the tenant neither revoked nor expired at {@code now} (epoch ms; a token works up to its expiry instant). */
    public long liveTokens(String tenantId, long now) {
        return em.with(m -> m.createQuery("SELECT COUNT(t) FROM TokenEntity t WHERE t.tenantId = :t AND t.revoked = :no AND t.expiresAt >= :now",
                Long.class).setParameter("t", tenantId).setParameter("no", false).setParameter("now", now).getSingleResult());
    }

    public Optional<StoredToken> token(String id) {
        return em.with(m -> Optional.ofNullable(id == null ? null : m.find(TokenEntity.class, id)).map(e -> new StoredToken(e.tenantId, token(e))));
    }

    public Optional<StoredToken> tokenByHash(String secretHash) {
        return em.with(m -> m.createQuery("SELECT t FROM TokenEntity t WHERE t.secretHash = :h", TokenEntity.class).setParameter("h", secretHash)
                .getResultList().stream().findFirst().map(e -> new StoredToken(e.tenantId, token(e))));
    }

    public void revokeToken(String id) {
        em.with(m -> {
            m.find(TokenEntity.class, id).revoked = true;
            return null;
        });
    }

    public void tokenUsed(String id, long at) {
        em.with(m -> {
            m.find(TokenEntity.class, id).lastUsedAt = at;
            return null;
        });
    }

    private static ReadingToken token(TokenEntity e) {
        return new ReadingToken(e.id, e.name, Instant.ofEpochMilli(e.createdAt), Instant.ofEpochMilli(e.expiresAt),
                e.lastUsedAt == null ? null : Instant.ofEpochMilli(e.lastUsedAt), e.revoked);
    }

    // ---- audit ------------------------------------------------------------------------------------

    public void insertAudit(MeterAudit entry) {
        em.with(m -> {
            AuditEntity e = new AuditEntity();
            e.id = UUID.randomUUID().toString();
            e.at = entry.at().toEpochMilli();
            e.by = entry.by().length() > 100 ? entry.by().substring(0, 100) : entry.by();
            e.action = entry.action();
            e.meterId = entry.meterId();
            e.detail = entry.detail().length() > 1000 ? entry.detail().substring(0, 999) + "…" : entry.detail();
            m.persist(e);
            return null;
        });
    }

    /** The newest staff changes first. */
    public List<MeterAudit> audit(int limit) {
        return audit(0, limit);
    }

    public int countAudit() {
        return em.with(m -> m.createQuery("SELECT COUNT(a) FROM AuditEntity a", Long.class).getSingleResult().intValue());
    }

    /** At most {@code limit} entries from {@code offset}, newest first. */
    public List<MeterAudit> audit(int offset, int limit) {
        return em.with(m -> m.createQuery("SELECT a FROM AuditEntity a ORDER BY a.at DESC, a.seq DESC", AuditEntity.class)
                .setFirstResult(Math.max(0, offset)).setMaxResults(limit)
                .getResultList().stream().map(e -> new MeterAudit(Instant.ofEpochMilli(e.at), e.by, e.action, e.meterId, e.detail)).toList());
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }
}
