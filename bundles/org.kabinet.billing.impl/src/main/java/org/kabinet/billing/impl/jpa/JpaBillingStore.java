package org.kabinet.billing.impl.jpa;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.kabinet.billing.api.BillingAudit;
import org.kabinet.billing.api.Charge;
import org.kabinet.billing.api.ChargeLine;
import org.kabinet.billing.api.KeyRate;
import org.kabinet.billing.api.Payment;
import org.kabinet.billing.api.PenaltyRule;
import org.kabinet.billing.api.PostedPayment;
import org.kabinet.billing.api.ServiceSetup;
import org.kabinet.billing.api.StoredCharge;
import org.kabinet.billing.api.Service;
import org.kabinet.billing.api.Tariff;
import org.kabinet.persistence.EntityManagers;

/** The billing tables through JPA; every call joins the caller's transaction. */
public final class JpaBillingStore {
    private static final int BATCH = 1000;
    private final EntityManagers em;

    public JpaBillingStore(EntityManagers em) {
        this.em = em;
    }

    public List<ServiceSetup> services() {
        return em.with(m -> m.createQuery("SELECT s FROM ServiceEntity s ORDER BY s.code", ServiceEntity.class).getResultList()
                .stream().map(JpaBillingStore::service).toList());
    }

    public void saveService(ServiceSetup row) {
        em.with(m -> {
            ServiceEntity e = m.find(ServiceEntity.class, row.service().code());
            boolean created = e == null;
            if (created) {
                e = new ServiceEntity();
                e.code = row.service().code();
            }
            Service s = row.service();
            e.nameRu = s.nameRu();
            e.nameEn = s.nameEn();
            e.group = s.group().name();
            e.unit = s.unit().name();
            e.base = s.base().name();
            e.normPerPerson = s.normPerPerson();
            e.accountKinds = String.join(",", new TreeSet<>(row.accountKinds()));
            if (created) {
                m.persist(e);
            }
            return null;
        });
    }

    private static ServiceSetup service(ServiceEntity e) {
        return new ServiceSetup(new Service(e.code, e.nameRu, e.nameEn, Service.Group.valueOf(e.group), Service.Unit.valueOf(e.unit),
                Service.Base.valueOf(e.base), e.normPerPerson),
                e.accountKinds.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(e.accountKinds.split(","))));
    }

    public List<Tariff> tariffs() {
        return em.with(m -> m.createQuery("SELECT t FROM TariffEntity t ORDER BY t.serviceCode, t.validFrom", TariffEntity.class)
                .getResultList().stream().map(e -> new Tariff(e.serviceCode, Tariff.Scope.valueOf(e.scope), e.scopeValue,
                        LocalDate.parse(e.validFrom), e.validTo == null ? null : LocalDate.parse(e.validTo), e.price)).toList());
    }

    public void insertTariff(Tariff t) {
        em.with(m -> {
            TariffEntity e = new TariffEntity();
            e.id = UUID.randomUUID().toString();
            e.serviceCode = t.serviceCode();
            e.scope = t.scope().name();
            e.scopeValue = t.scopeValue();
            e.validFrom = t.from().toString();
            e.validTo = t.to() == null ? null : t.to().toString();
            e.price = t.price();
            m.persist(e);
            return null;
        });
    }

    public List<KeyRate> keyRates() {
        return em.with(m -> m.createQuery("SELECT k FROM KeyRateEntity k ORDER BY k.validFrom", KeyRateEntity.class).getResultList()
                .stream().map(e -> new KeyRate(LocalDate.parse(e.validFrom), e.percent)).toList());
    }

    /** Adds or replaces the rate taking effect on that day. */
    public void saveKeyRate(KeyRate rate, String source) {
        em.with(m -> {
            KeyRateEntity e = m.find(KeyRateEntity.class, rate.from().toString());
            boolean created = e == null;
            if (created) {
                e = new KeyRateEntity();
                e.validFrom = rate.from().toString();
            }
            e.percent = rate.percent();
            e.source = source;
            if (created) {
                m.persist(e);
            }
            return null;
        });
    }

    public List<PenaltyRule> penaltyRules() {
        return em.with(m -> m.createQuery("SELECT r FROM PenaltyRuleEntity r ORDER BY r.validFrom, r.kind", PenaltyRuleEntity.class)
                .getResultList().stream().map(e -> new PenaltyRule(PenaltyRule.Kind.valueOf(e.kind), LocalDate.parse(e.validFrom),
                        e.validTo == null ? null : LocalDate.parse(e.validTo), e.capPercent, e.source)).toList());
    }

    /** Adds the rule, or replaces the one of its kind starting on its first day. */
    public void savePenaltyRule(PenaltyRule rule) {
        em.with(m -> {
            PenaltyRuleEntity e = m.find(PenaltyRuleEntity.class, new PenaltyRuleEntity.Key(rule.kind().name(), rule.from().toString()));
            boolean created = e == null;
            if (created) {
                e = new PenaltyRuleEntity();
                e.kind = rule.kind().name();
                e.validFrom = rule.from().toString();
            }
            e.validTo = rule.to() == null ? null : rule.to().toString();
            e.capPercent = rule.capPercent();
            e.source = rule.source();
            if (created) {
                m.persist(e);
            }
            return null;
        });
    }

    public void insertAudit(BillingAudit entry) {
        em.with(m -> {
            AuditEntity e = new AuditEntity();
            e.id = UUID.randomUUID().toString();
            e.at = entry.at().toEpochMilli();
            e.by = entry.by();
            e.action = entry.action().name();
            e.accountId = entry.accountId();
            e.detail = entry.detail().length() > 1000 ? entry.detail().substring(0, 999) + "…" : entry.detail();
            m.persist(e);
            return null;
        });
    }

    /** The newest staff changes first. */
    public List<BillingAudit> audit(int limit) {
        return audit(0, limit);
    }

    public int countAudit() {
        return em.with(m -> m.createQuery("SELECT COUNT(a) FROM AuditEntity a", Long.class).getSingleResult().intValue());
    }

    /** At most {@code limit} entries from {@code offset}, newest first. */
    public List<BillingAudit> audit(int offset, int limit) {
        return em.with(m -> m.createQuery("SELECT a FROM AuditEntity a ORDER BY a.at DESC", AuditEntity.class)
                .setFirstResult(Math.max(0, offset)).setMaxResults(limit)
                .getResultList().stream().map(e -> new BillingAudit(java.time.Instant.ofEpochMilli(e.at), e.by,
                        BillingAudit.Action.valueOf(e.action), e.accountId, e.detail)).toList());
    }

    public boolean periodClosed(YearMonth period) {
        return em.with(m -> {
            PeriodEntity e = m.find(PeriodEntity.class, period.toString());
            return e != null && "CLOSED".equals(e.state);
        });
    }

    public void openPeriod(YearMonth period) {
        em.with(m -> {
            if (m.find(PeriodEntity.class, period.toString()) == null) {
                PeriodEntity e = new PeriodEntity();
                e.period = period.toString();
                e.state = "OPEN";
                m.persist(e);
            }
            return null;
        });
    }

    public void closePeriod(YearMonth period, long at, String by) {
        em.with(m -> {
            PeriodEntity e = m.find(PeriodEntity.class, period.toString());
            if (e == null) {
                e = new PeriodEntity();
                e.period = period.toString();
                m.persist(e);
            }
            e.state = "CLOSED";
            e.closedAt = at;
            e.closedBy = by;
            return null;
        });
    }

    /** Removes a period's lines computed by billing runs (not imported or staff lines). */
    public int deleteRunLines(YearMonth period, Set<String> accountIds) {
        return em.with(m -> {
            int removed = 0;
            for (List<String> chunk : chunks(List.copyOf(accountIds))) {
                removed += m.createQuery("DELETE FROM ChargeEntity c WHERE c.period = :period AND c.origin = 'RUN' AND c.accountId IN :ids")
                        .setParameter("period", period.toString()).setParameter("ids", chunk).executeUpdate();
            }
            return removed;
        });
    }

    private static List<List<String>> chunks(List<String> ids) {
        java.util.ArrayList<List<String>> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return chunks;
    }

    /** A charge line to store: what kind, where it came from, its import key and reason (both may be null). */
    public record NewCharge(ChargeLine line, Charge.Kind kind, String origin, String importKey, String reason) {
    }

    /**
     * Stores charge lines with plain JDBC batches of {@value #BATCH} on the persistence context's own
     * connection, so they are part of the caller's transaction (a run or an import is stored whole or not
     * at all). A run or an import writes up to a million lines: as JPA entities they cost several times
     * the insert itself (measured in {@code bench/}). {@code stored} hears the lines written after each batch.
     */
    public void insertCharges(List<NewCharge> charges, long at, java.util.function.IntConsumer stored) {
        em.with(m -> {
            m.flush();
            java.sql.Connection connection = m.unwrap(java.sql.Connection.class);
            try (java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO BIL_CHARGE (ID, ACCOUNT_ID, PERIOD, "
                    + "SERVICE_CODE, KIND, VOLUME, UNIT, TARIFF, AMOUNT, VOLUME_SOURCE, ORIGIN, IMPORT_KEY, REASON, CREATED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int written = 0;
                for (NewCharge c : charges) {
                    ChargeLine line = c.line();
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, line.accountId());
                    insert.setString(3, line.period().toString());
                    insert.setString(4, line.serviceCode());
                    insert.setString(5, c.kind().name());
                    insert.setBigDecimal(6, line.volume());
                    insert.setString(7, line.unit() == null ? null : line.unit().name());
                    insert.setBigDecimal(8, line.tariff());
                    insert.setBigDecimal(9, line.amount());
                    insert.setString(10, line.volumeSource());
                    insert.setString(11, c.origin());
                    insert.setString(12, c.importKey());
                    insert.setString(13, c.reason());
                    insert.setLong(14, at);
                    insert.addBatch();
                    if (++written % BATCH == 0) {
                        insert.executeBatch();
                        stored.accept(written);
                    }
                }
                if (written % BATCH != 0) {
                    insert.executeBatch();
                    stored.accept(written);
                }
            } catch (java.sql.SQLException e) {
                throw new javax.persistence.PersistenceException("charge lines not stored", e);
            }
            return null;
        });
    }

    /** Which of these import keys are stored already. */
    public Set<String> storedImportKeys(List<String> keys) {
        return em.with(m -> {
            Set<String> found = new java.util.HashSet<>();
            for (List<String> chunk : chunks(keys)) {
                found.addAll(m.createQuery("SELECT c.importKey FROM ChargeEntity c WHERE c.importKey IN :keys", String.class)
                        .setParameter("keys", chunk).getResultList());
            }
            return found;
        });
    }

    /** What the ledger needs of an account's charges: period, kind and amount, without building whole rows. */
    public List<Charge> chargeAmounts(String accountId) {
        return em.with(m -> m.createQuery("SELECT c.period, c.kind, c.amount FROM ChargeEntity c WHERE c.accountId = :account",
                        Object[].class).setParameter("account", accountId).getResultList().stream()
                .map(r -> new Charge(YearMonth.parse((String) r[0]), Charge.Kind.valueOf((String) r[1]), (BigDecimal) r[2])).toList());
    }

    public List<StoredCharge> charges(String accountId) {
        return em.with(m -> m.createQuery("SELECT c FROM ChargeEntity c WHERE c.accountId = :account ORDER BY c.period, c.serviceCode, c.createdAt",
                        ChargeEntity.class).setParameter("account", accountId).getResultList().stream()
                .map(e -> new StoredCharge(new ChargeLine(e.accountId, YearMonth.parse(e.period), e.serviceCode, e.volume,
                        e.unit == null ? null : Service.Unit.valueOf(e.unit), e.tariff, e.amount, e.volumeSource),
                        Charge.Kind.valueOf(e.kind), e.origin, e.reason)).toList());
    }

    public Optional<PostedPayment> payment(String id) {
        return em.with(m -> Optional.ofNullable(m.find(PaymentEntity.class, id)).map(JpaBillingStore::payment));
    }

    public List<PostedPayment> payments(String accountId) {
        return em.with(m -> m.createQuery("SELECT p FROM PaymentEntity p WHERE p.accountId = :account ORDER BY p.paidOn, p.id",
                PaymentEntity.class).setParameter("account", accountId).getResultList().stream().map(JpaBillingStore::payment).toList());
    }

    private static PostedPayment payment(PaymentEntity e) {
        return new PostedPayment(e.accountId, new Payment(e.id, LocalDate.parse(e.paidOn), e.amount,
                e.period == null ? null : YearMonth.parse(e.period), e.reversedAt != null), e.origin, e.reversalReason);
    }

    public void insertPayment(String accountId, Payment p, String origin, long at, String by) {
        em.with(m -> {
            PaymentEntity e = new PaymentEntity();
            e.id = p.id();
            e.accountId = accountId;
            e.paidOn = p.paidOn().toString();
            e.amount = p.amount();
            e.period = p.period() == null ? null : p.period().toString();
            e.origin = origin;
            e.postedAt = at;
            e.postedBy = by;
            m.persist(e);
            return null;
        });
    }

    // ---- payment notices still to be queued ----------------------------------------------------------

    /** A posted payment whose notices are still to be queued, and how often queueing them failed. */
    public record PendingNotice(String paymentId, String accountId, long postedAt, int attempts) {
    }

    public void insertPaymentNotice(String paymentId, String accountId, long at) {
        em.with(m -> {
            PaymentNoticeEntity e = new PaymentNoticeEntity();
            e.paymentId = paymentId;
            e.accountId = accountId;
            e.postedAt = at;
            m.persist(e);
            return null;
        });
    }

    /** The oldest first, of those that failed fewer than {@code maxAttempts} times. */
    public List<PendingNotice> pendingPaymentNotices(int limit, int maxAttempts) {
        return em.with(m -> m.createQuery("SELECT n FROM PaymentNoticeEntity n WHERE n.attempts < :max"
                        + " ORDER BY n.attempts, n.postedAt, n.paymentId", PaymentNoticeEntity.class)
                .setParameter("max", maxAttempts).setMaxResults(limit).getResultList().stream()
                .map(e -> new PendingNotice(e.paymentId, e.accountId, e.postedAt, e.attempts)).toList());
    }

    /** How many are waiting ({@code failed} false) or were given up after {@code maxAttempts} failures. */
    public long paymentNoticeCount(int maxAttempts, boolean failed) {
        return em.with(m -> m.createQuery("SELECT COUNT(n) FROM PaymentNoticeEntity n WHERE n.attempts "
                        + (failed ? ">=" : "<") + " :max", Long.class).setParameter("max", maxAttempts).getSingleResult());
    }

    public void deletePaymentNotices(java.util.Collection<String> paymentIds) {
        em.with(m -> m.createQuery("DELETE FROM PaymentNoticeEntity n WHERE n.paymentId IN :ids")
                .setParameter("ids", List.copyOf(paymentIds)).executeUpdate());
    }

    /** The payments of these ids that exist, by id. */
    public Map<String, PostedPayment> payments(java.util.Collection<String> ids) {
        return em.with(m -> m.createQuery("SELECT p FROM PaymentEntity p WHERE p.id IN :ids", PaymentEntity.class)
                .setParameter("ids", List.copyOf(ids)).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.id, JpaBillingStore::payment)));
    }

    /** Counts a failure; returns the attempts so far (0 when the row is gone). */
    public int paymentNoticeFailed(String paymentId) {
        return em.with(m -> {
            PaymentNoticeEntity e = m.find(PaymentNoticeEntity.class, paymentId);
            if (e == null) {
                return 0;
            }
            e.attempts++;
            return e.attempts;
        });
    }

    public void reversePayment(String id, String reason, long at, String by) {
        em.with(m -> {
            PaymentEntity e = m.find(PaymentEntity.class, id);
            e.reversedAt = at;
            e.reversalReason = reason;
            e.reversedBy = by;
            return null;
        });
    }

    /** Sum of a period's charges, for summaries. */
    public BigDecimal periodTotal(YearMonth period) {
        return em.with(m -> {
            BigDecimal sum = m.createQuery("SELECT SUM(c.amount) FROM ChargeEntity c WHERE c.period = :period", BigDecimal.class)
                    .setParameter("period", period.toString()).getSingleResult();
            return sum == null ? BigDecimal.ZERO : sum;
        });
    }

    // ---- debt SMS ---------------------------------------------------------------------------------

    /**
     * Each account's debt as billed on {@code day}: the charges of periods before {@code month} minus the
     * payments made up to that day (reversed ones pay nothing); negative is an advance. Two queries.
     */
    public Map<String, BigDecimal> debtsAsBilled(YearMonth month, java.time.LocalDate day) {
        return em.with(m -> {
            Map<String, BigDecimal> debts = new java.util.HashMap<>();
            m.createQuery("SELECT c.accountId, SUM(c.amount) FROM ChargeEntity c WHERE c.period < :month GROUP BY c.accountId",
                    Object[].class).setParameter("month", month.toString()).getResultList()
                    .forEach(r -> debts.merge((String) r[0], (BigDecimal) r[1], BigDecimal::add));
            m.createQuery("SELECT p.accountId, SUM(p.amount) FROM PaymentEntity p WHERE p.reversedAt IS NULL AND p.paidOn <= :day"
                    + " GROUP BY p.accountId", Object[].class).setParameter("day", day.toString()).getResultList()
                    .forEach(r -> debts.merge((String) r[0], ((BigDecimal) r[1]).negate(), BigDecimal::add));
            return debts;
        });
    }

    public void saveDebtRun(org.kabinet.billing.api.DebtSmsRun run) {
        em.with(m -> {
            DebtRunEntity e = m.find(DebtRunEntity.class, run.id());
            boolean fresh = e == null;
            if (fresh) {
                e = new DebtRunEntity();
                e.id = run.id();
            }
            e.month = run.month().toString();
            e.state = run.state();
            e.by = run.by();
            e.startedAt = run.startedAt().toEpochMilli();
            e.finishedAt = run.finishedAt() == null ? null : run.finishedAt().toEpochMilli();
            e.threshold = run.threshold();
            e.debtors = run.debtors();
            e.found = run.found();
            e.queued = run.queued();
            e.alreadyQueued = run.alreadyQueued();
            e.noPhone = run.noPhone();
            e.switchedOff = run.switchedOff();
            e.sampleText = run.sampleText();
            if (fresh) {
                m.persist(e);
            }
            return null;
        });
    }

    public List<org.kabinet.billing.api.DebtSmsRun> debtRuns(int limit) {
        return em.with(m -> m.createQuery("SELECT r FROM DebtRunEntity r ORDER BY r.startedAt DESC", DebtRunEntity.class)
                .setMaxResults(limit).getResultList().stream().map(JpaBillingStore::debtRun).toList());
    }

    public java.util.Optional<org.kabinet.billing.api.DebtSmsRun> debtRun(String id) {
        return em.with(m -> java.util.Optional.ofNullable(m.find(DebtRunEntity.class, id)).map(JpaBillingStore::debtRun));
    }

    /** Runs in a state, of a month (or any month when null). */
    public List<org.kabinet.billing.api.DebtSmsRun> debtRuns(String state, YearMonth month) {
        return em.with(m -> {
            var query = m.createQuery("SELECT r FROM DebtRunEntity r WHERE r.state = :state"
                    + (month == null ? "" : " AND r.month = :month") + " ORDER BY r.startedAt", DebtRunEntity.class)
                    .setParameter("state", state);
            if (month != null) {
                query.setParameter("month", month.toString());
            }
            return query.getResultList().stream().map(JpaBillingStore::debtRun).toList();
        });
    }

    private static org.kabinet.billing.api.DebtSmsRun debtRun(DebtRunEntity e) {
        return new org.kabinet.billing.api.DebtSmsRun(e.id, YearMonth.parse(e.month), e.state, false, e.by,
                java.time.Instant.ofEpochMilli(e.startedAt), e.finishedAt == null ? null : java.time.Instant.ofEpochMilli(e.finishedAt),
                e.threshold, e.debtors, e.found, e.queued, e.alreadyQueued, e.noPhone, e.switchedOff, 0, 0, 0, e.sampleText);
    }
}
