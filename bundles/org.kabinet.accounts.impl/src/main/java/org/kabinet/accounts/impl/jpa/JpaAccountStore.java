package org.kabinet.accounts.impl.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.persistence.TypedQuery;
import org.kabinet.persistence.EntityManagers;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.AuditEvent;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.impl.AccountRow;
import org.kabinet.accounts.impl.AccountStore;
import org.kabinet.accounts.impl.CodeRow;
import org.kabinet.accounts.impl.LinkRow;
import org.kabinet.accounts.impl.InvitationRow;
import org.kabinet.accounts.api.AccountAccess;
import org.kabinet.accounts.impl.PhoneRow;

/** The accounts tables through JPA; every call joins the caller's transaction. */
public final class JpaAccountStore implements AccountStore {
    private final EntityManagers em;


    public JpaAccountStore(EntityManagers em) {
        this.em = em;
    }

    @Override
    public List<City> cities() {
        return em.with(m -> m.createQuery("SELECT c FROM CityEntity c", CityEntity.class).getResultList().stream()
                .map(c -> new City(c.id, c.name)).toList());
    }

    @Override
    public void insertCity(City city) {
        em.with(m -> {
            CityEntity e = new CityEntity();
            e.id = city.id();
            e.name = city.name();
            m.persist(e);
            return null;
        });
    }

    @Override
    public List<AccountRow> accounts(AccountFilter filter) {
        return accounts(filter, 0, -1);
    }

    @Override
    public List<AccountRow> accounts(AccountFilter filter, int offset, int limit) {
        return em.with(m -> {
            TypedQuery<AccountEntity> query = filtered(m, "SELECT a FROM AccountEntity a", filter,
                    " ORDER BY a.cityId, a.number, a.id", AccountEntity.class);
            if (limit >= 0) {
                query.setFirstResult(Math.max(0, offset)).setMaxResults(limit);
            }
            return query.getResultList().stream().map(JpaAccountStore::row).toList();
        });
    }

    @Override
    public int countAccounts(AccountFilter filter) {
        return em.with(m -> filtered(m, "SELECT COUNT(a) FROM AccountEntity a", filter, "", Long.class).getSingleResult().intValue());
    }

    private static <T> TypedQuery<T> filtered(javax.persistence.EntityManager m, String select, AccountFilter filter, String order,
                                              Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
        if (filter.cityId() != null) {
            jpql.append(" AND a.cityId = :city");
        }
        if (filter.status() != null) {
            jpql.append(" AND a.status = :status");
        }
        if (filter.linked() != null) {
            jpql.append(filter.linked() ? " AND EXISTS" : " AND NOT EXISTS")
                    .append(" (SELECT l.id FROM LinkEntity l WHERE l.accountId = a.id)");
        }
        TypedQuery<T> query = m.createQuery(jpql.append(order).toString(), type);
        if (filter.cityId() != null) {
            query.setParameter("city", filter.cityId());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status().name());
        }
        return query;
    }

    @Override
    public List<AccountRow> accounts(java.util.Collection<String> ids) {
        List<String> wanted = ids.stream().filter(id -> id != null && id.length() <= 36).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        return em.with(m -> m.createQuery("SELECT a FROM AccountEntity a WHERE a.id IN :ids", AccountEntity.class)
                .setParameter("ids", wanted).getResultList().stream().map(JpaAccountStore::row).toList());
    }

    @Override
    public java.util.Map<String, Integer> linkCounts(java.util.Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return java.util.Map.of();
        }
        return em.with(m -> m.createQuery("SELECT l.accountId, COUNT(l) FROM LinkEntity l WHERE l.accountId IN :ids AND l.access = 'HOLDER' GROUP BY l.accountId",
                        Object[].class).setParameter("ids", List.copyOf(accountIds)).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).intValue())));
    }

    @Override
    public java.util.Map<String, Instant> unusedCodeExpiries(java.util.Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return java.util.Map.of();
        }
        return em.with(m -> m.createQuery("SELECT c.accountId, c.expiresAt FROM CodeEntity c WHERE c.usedAt IS NULL AND c.accountId IN :ids",
                        Object[].class).setParameter("ids", List.copyOf(accountIds)).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(r -> (String) r[0], r -> Instant.ofEpochMilli(((Number) r[1]).longValue()))));
    }

    @Override
    public Optional<AccountRow> account(String id) {
        // an id longer than the column names no row (and would make some databases fail)
        return em.with(m -> Optional.ofNullable(id == null || id.length() > 36 ? null : m.find(AccountEntity.class, id))
                .map(JpaAccountStore::row));
    }

    @Override
    public Optional<AccountRow> account(String cityId, String number) {
        return em.with(m -> m.createQuery("SELECT a FROM AccountEntity a WHERE a.cityId = :city AND a.number = :number",
                        AccountEntity.class).setParameter("city", cityId).setParameter("number", number)
                .getResultList().stream().findFirst().map(JpaAccountStore::row));
    }

    @Override
    public void insertAccount(AccountRow account) {
        em.with(m -> {
            AccountEntity e = new AccountEntity();
            e.id = account.id;
            e.createdAt = account.createdAt.toEpochMilli();
            copy(account, e);
            m.persist(e);
            return null;
        });
    }

    @Override
    public void updateAccount(AccountRow account) {
        em.with(m -> {
            copy(account, m.find(AccountEntity.class, account.id));
            return null;
        });
    }

    private static void copy(AccountRow a, AccountEntity e) {
        e.number = a.number;
        e.cityId = a.cityId;
        e.kind = a.kind.name();
        e.address = a.address;
        e.areaM2 = a.areaM2;
        e.residents = a.residents;
        e.status = a.status.name();
    }

    private static AccountRow row(AccountEntity e) {
        AccountRow a = new AccountRow();
        a.id = e.id;
        a.number = e.number;
        a.cityId = e.cityId;
        a.kind = AccountKind.valueOf(e.kind);
        a.address = e.address;
        a.areaM2 = e.areaM2;
        a.residents = e.residents;
        a.status = AccountStatus.valueOf(e.status);
        a.createdAt = Instant.ofEpochMilli(e.createdAt);
        return a;
    }

    @Override
    public int linkCount(String accountId) {
        return em.with(m -> m.createQuery("SELECT COUNT(l) FROM LinkEntity l WHERE l.accountId = :account AND l.access = 'HOLDER'", Long.class)
                .setParameter("account", accountId).getSingleResult().intValue());
    }

    @Override
    public java.util.Map<String, Integer> linkCounts() {
        return em.with(m -> m.createQuery("SELECT l.accountId, COUNT(l) FROM LinkEntity l WHERE l.access = 'HOLDER' GROUP BY l.accountId", Object[].class)
                .getResultList().stream().collect(java.util.stream.Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).intValue())));
    }

    @Override
    public java.util.Map<String, Instant> unusedCodeExpiries() {
        return em.with(m -> m.createQuery("SELECT c.accountId, c.expiresAt FROM CodeEntity c WHERE c.usedAt IS NULL", Object[].class)
                .getResultList().stream().collect(java.util.stream.Collectors.toMap(r -> (String) r[0],
                        r -> Instant.ofEpochMilli(((Number) r[1]).longValue()))));
    }

    @Override
    public Optional<CodeRow> code(String accountId) {
        return em.with(m -> Optional.ofNullable(m.find(CodeEntity.class, accountId)).map(e -> {
            CodeRow c = new CodeRow();
            c.accountId = e.accountId;
            c.hash = e.hash;
            c.issuedAt = Instant.ofEpochMilli(e.issuedAt);
            c.expiresAt = Instant.ofEpochMilli(e.expiresAt);
            c.usedAt = e.usedAt == null ? null : Instant.ofEpochMilli(e.usedAt);
            return c;
        }));
    }

    @Override
    public void saveCode(CodeRow code) {
        em.with(m -> {
            CodeEntity e = m.find(CodeEntity.class, code.accountId);
            boolean fresh = e == null;
            if (fresh) {
                e = new CodeEntity();
                e.accountId = code.accountId;
            }
            e.hash = code.hash;
            e.issuedAt = code.issuedAt.toEpochMilli();
            e.expiresAt = code.expiresAt.toEpochMilli();
            e.usedAt = code.usedAt == null ? null : code.usedAt.toEpochMilli();
            if (fresh) {
                m.persist(e);
            }
            return null;
        });
    }

    @Override
    public List<LinkRow> links(String tenantId) {
        return em.with(m -> m.createQuery("SELECT l FROM LinkEntity l WHERE l.tenantId = :tenant", LinkEntity.class)
                .setParameter("tenant", tenantId).getResultList().stream().map(JpaAccountStore::linkRow).toList());
    }

    @Override
    public List<LinkRow> accountLinks(String accountId) {
        // a projection, not entities: called once per posted payment inside a registry's transaction, where
        // every managed entity would make each later query's flush check longer
        return em.with(m -> {
            var query = m.createQuery("SELECT l.tenantId, l.accountId, l.linkedAt, l.access, l.grantedBy, l.lastSeenAt FROM LinkEntity l"
                    + (accountId == null ? "" : " WHERE l.accountId = :account") + " ORDER BY l.linkedAt", Object[].class);
            if (accountId != null) {
                query.setParameter("account", accountId);
            }
            return query.getResultList().stream().map(r -> {
                LinkRow l = new LinkRow();
                l.tenantId = (String) r[0];
                l.accountId = (String) r[1];
                l.linkedAt = Instant.ofEpochMilli(((Number) r[2]).longValue());
                l.access = access((String) r[3]);
                l.grantedBy = (String) r[4];
                l.lastSeenAt = r[5] == null ? null : Instant.ofEpochMilli(((Number) r[5]).longValue());
                return l;
            }).toList();
        });
    }

    private static LinkRow linkRow(LinkEntity e) {
        LinkRow l = new LinkRow();
        l.tenantId = e.tenantId;
        l.accountId = e.accountId;
        l.linkedAt = Instant.ofEpochMilli(e.linkedAt);
        l.access = access(e.access);
        l.grantedBy = e.grantedBy;
        l.lastSeenAt = e.lastSeenAt == null ? null : Instant.ofEpochMilli(e.lastSeenAt);
        return l;
    }

    private static AccountAccess access(String stored) {
        return stored == null ? AccountAccess.HOLDER : AccountAccess.valueOf(stored);
    }

    @Override
    public java.util.Map<String, String> numbers(String status) {
        return em.with(m -> m.createQuery("SELECT a.id, a.number FROM AccountEntity a WHERE a.status = :status", Object[].class)
                .setParameter("status", status).getResultList().stream()
                .collect(java.util.stream.Collectors.toMap(r -> (String) r[0], r -> (String) r[1])));
    }

    @Override
    public java.util.Map<String, String> verifiedPhones() {
        return em.with(m -> m.createQuery("SELECT p.tenantId, p.phone FROM PhoneEntity p WHERE p.verified = 1", Object[].class)
                .getResultList().stream().collect(java.util.stream.Collectors.toMap(r -> (String) r[0], r -> (String) r[1])));
    }

    @Override
    public void insertLink(LinkRow link) {
        em.with(m -> {
            LinkEntity e = new LinkEntity();
            e.id = UUID.randomUUID().toString();
            e.tenantId = link.tenantId;
            e.accountId = link.accountId;
            e.linkedAt = link.linkedAt.toEpochMilli();
            e.access = (link.access == null ? AccountAccess.HOLDER : link.access).name();
            e.grantedBy = link.grantedBy;
            m.persist(e);
            return null;
        });
    }

    @Override
    public void deleteLink(String tenantId, String accountId) {
        em.with(m -> m.createQuery("DELETE FROM LinkEntity l WHERE l.tenantId = :tenant AND l.accountId = :account")
                .setParameter("tenant", tenantId).setParameter("account", accountId).executeUpdate());
    }

    @Override
    public void makeHolder(String tenantId, String accountId) {
        em.with(m -> m.createQuery("UPDATE LinkEntity l SET l.access = 'HOLDER', l.grantedBy = NULL, l.lastSeenAt = NULL"
                        + " WHERE l.tenantId = :tenant AND l.accountId = :account")
                .setParameter("tenant", tenantId).setParameter("account", accountId).executeUpdate());
    }

    @Override
    public List<String> deleteGrantedLinks(String holderId, String accountId) {
        return em.with(m -> {
            List<String> members = m.createQuery("SELECT l.tenantId FROM LinkEntity l WHERE l.grantedBy = :holder"
                    + " AND l.accountId = :account ORDER BY l.linkedAt", String.class)
                    .setParameter("holder", holderId).setParameter("account", accountId).getResultList();
            m.createQuery("DELETE FROM LinkEntity l WHERE l.grantedBy = :holder AND l.accountId = :account")
                    .setParameter("holder", holderId).setParameter("account", accountId).executeUpdate();
            return members;
        });
    }

    @Override
    public void touchMemberLinks(String tenantId, Instant before, Instant now) {
        em.with(m -> m.createQuery("UPDATE LinkEntity l SET l.lastSeenAt = :now WHERE l.tenantId = :tenant"
                        + " AND l.access <> 'HOLDER' AND (l.lastSeenAt IS NULL OR l.lastSeenAt < :before)")
                .setParameter("now", now.toEpochMilli()).setParameter("tenant", tenantId)
                .setParameter("before", before.toEpochMilli()).executeUpdate());
    }

    @Override
    public void insertInvitation(InvitationRow invitation) {
        em.with(m -> {
            InvitationEntity e = new InvitationEntity();
            e.id = invitation.id;
            e.accountId = invitation.accountId;
            e.holderId = invitation.holderId;
            e.email = invitation.email;
            e.access = invitation.access.name();
            e.tokenHash = invitation.tokenHash;
            e.createdAt = invitation.createdAt.toEpochMilli();
            e.expiresAt = invitation.expiresAt.toEpochMilli();
            m.persist(e);
            return null;
        });
    }

    @Override
    public Optional<InvitationRow> invitationByToken(String tokenHash) {
        return em.with(m -> m.createQuery("SELECT i FROM InvitationEntity i WHERE i.tokenHash = :hash", InvitationEntity.class)
                .setParameter("hash", tokenHash).getResultList().stream().findFirst().map(JpaAccountStore::invitation));
    }

    @Override
    public List<InvitationRow> unendedInvitations(String accountId, String holderId) {
        return em.with(m -> {
            var query = m.createQuery("SELECT i FROM InvitationEntity i WHERE i.accountId = :account AND i.endedAt IS NULL"
                    + (holderId == null ? "" : " AND i.holderId = :holder") + " ORDER BY i.createdAt DESC", InvitationEntity.class)
                    .setParameter("account", accountId);
            if (holderId != null) {
                query.setParameter("holder", holderId);
            }
            return query.getResultList().stream().map(JpaAccountStore::invitation).toList();
        });
    }

    @Override
    public int countInvitations(String holderId, Instant since) {
        return em.with(m -> m.createQuery("SELECT COUNT(i) FROM InvitationEntity i WHERE i.holderId = :holder AND i.createdAt > :since",
                        Long.class).setParameter("holder", holderId).setParameter("since", since.toEpochMilli())
                .getSingleResult().intValue());
    }

    @Override
    public void forgetInvitations(Instant before) {
        em.with(m -> m.createQuery("DELETE FROM InvitationEntity i WHERE i.expiresAt < :before"
                        + " OR (i.endedAt IS NOT NULL AND i.endedAt < :before)")
                .setParameter("before", before.toEpochMilli()).executeUpdate());
    }

    @Override
    public boolean endInvitation(String id, Instant at, String outcome) {
        return em.with(m -> m.createQuery("UPDATE InvitationEntity i SET i.endedAt = :at, i.outcome = :outcome"
                        + " WHERE i.id = :id AND i.endedAt IS NULL")
                .setParameter("at", at.toEpochMilli()).setParameter("outcome", outcome).setParameter("id", id).executeUpdate()) == 1;
    }

    private static InvitationRow invitation(InvitationEntity e) {
        InvitationRow i = new InvitationRow();
        i.id = e.id;
        i.accountId = e.accountId;
        i.holderId = e.holderId;
        i.email = e.email;
        i.access = AccountAccess.valueOf(e.access);
        i.tokenHash = e.tokenHash;
        i.createdAt = Instant.ofEpochMilli(e.createdAt);
        i.expiresAt = Instant.ofEpochMilli(e.expiresAt);
        i.endedAt = e.endedAt == null ? null : Instant.ofEpochMilli(e.endedAt);
        i.outcome = e.outcome;
        return i;
    }

    @Override
    public void insertAudit(AuditEvent event) {
        em.with(m -> {
            AuditEntity e = new AuditEntity();
            e.id = UUID.randomUUID().toString();
            e.at = event.at().toEpochMilli();
            e.type = event.type();
            e.tenantId = event.tenantId();
            e.accountId = event.accountId();
            e.detail = event.detail() == null ? null : event.detail().substring(0, Math.min(500, event.detail().length()));
            m.persist(e);
            return null;
        });
    }

    @Override
    public List<AuditEvent> audit(int limit) {
        return audit(0, limit);
    }

    @Override
    public List<AuditEvent> audit(int offset, int limit) {
        return em.with(m -> m.createQuery("SELECT e FROM AuditEntity e ORDER BY e.at DESC", AuditEntity.class)
                .setFirstResult(Math.max(0, offset)).setMaxResults(limit).getResultList().stream()
                .map(e -> new AuditEvent(Instant.ofEpochMilli(e.at), e.type, e.tenantId, e.accountId, e.detail)).toList());
    }

    @Override
    public int countAudit() {
        return em.with(m -> m.createQuery("SELECT COUNT(e) FROM AuditEntity e", Long.class).getSingleResult().intValue());
    }

    @Override
    public int countAudit(String type, String tenantId, String accountId, Instant since) {
        return em.with(m -> {
            StringBuilder jpql = new StringBuilder("SELECT COUNT(e) FROM AuditEntity e WHERE e.type = :type AND e.at > :since");
            if (tenantId != null) {
                jpql.append(" AND e.tenantId = :tenant");
            }
            if (accountId != null) {
                jpql.append(" AND e.accountId = :account");
            }
            TypedQuery<Long> query = m.createQuery(jpql.toString(), Long.class)
                    .setParameter("type", type).setParameter("since", since.toEpochMilli());
            if (tenantId != null) {
                query.setParameter("tenant", tenantId);
            }
            if (accountId != null) {
                query.setParameter("account", accountId);
            }
            return query.getSingleResult().intValue();
        });
    }

    @Override
    public void insertLinkFailure(String key, Instant at, Instant forgetBefore) {
        em.with(m -> {
            m.createQuery("DELETE FROM LinkFailureEntity f WHERE f.failedAt < :before")
                    .setParameter("before", forgetBefore.toEpochMilli()).executeUpdate();
            LinkFailureEntity e = new LinkFailureEntity();
            e.id = UUID.randomUUID().toString();
            e.targetKey = key;
            e.failedAt = at.toEpochMilli();
            m.persist(e);
            return null;
        });
    }

    @Override
    public void ensureLinkLock(String key, Instant now) {
        em.with(m -> {
            if (m.find(LinkLockEntity.class, key) == null) {
                m.createQuery("DELETE FROM LinkLockEntity l WHERE l.touchedAt < :before")
                        .setParameter("before", now.minus(java.time.Duration.ofDays(1)).toEpochMilli()).executeUpdate();
                LinkLockEntity e = new LinkLockEntity();
                e.key = key;
                e.touchedAt = now.toEpochMilli();
                m.persist(e);
                m.flush();
            }
            return null;
        });
    }

    @Override
    public void lockLinkKeys(List<String> keys, Instant now) {
        em.with(m -> {
            for (String key : keys) {
                LinkLockEntity e = m.find(LinkLockEntity.class, key, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
                if (e != null) {
                    e.touchedAt = now.toEpochMilli();
                }
            }
            return null;
        });
    }

    @Override
    public int countLinkFailures(String key, Instant since) {
        return em.with(m -> m.createQuery("SELECT COUNT(f) FROM LinkFailureEntity f WHERE f.targetKey = :key AND f.failedAt > :since",
                Long.class).setParameter("key", key).setParameter("since", since.toEpochMilli()).getSingleResult().intValue());
    }

    @Override
    public void insertPhoneCode(String tenantId, String phone, Instant at, Instant forgetBefore) {
        em.with(m -> {
            m.createQuery("DELETE FROM PhoneCodeEntity c WHERE c.sentAt < :before")
                    .setParameter("before", forgetBefore.toEpochMilli()).executeUpdate();
            PhoneCodeEntity e = new PhoneCodeEntity();
            e.id = UUID.randomUUID().toString();
            e.tenantId = tenantId;
            e.phone = phone;
            e.sentAt = at.toEpochMilli();
            m.persist(e);
            return null;
        });
    }

    @Override
    public int countPhoneCodes(String tenantId, String phone, Instant since) {
        return em.with(m -> {
            TypedQuery<Long> query = m.createQuery("SELECT COUNT(c) FROM PhoneCodeEntity c WHERE c.sentAt > :since AND "
                    + (phone != null ? "c.phone = :who" : "c.tenantId = :who"), Long.class);
            return query.setParameter("since", since.toEpochMilli()).setParameter("who", phone != null ? phone : tenantId)
                    .getSingleResult().intValue();
        });
    }

    @Override
    public Optional<PhoneRow> phone(String tenantId) {
        return em.with(m -> Optional.ofNullable(m.find(PhoneEntity.class, tenantId)).map(JpaAccountStore::phoneRow));
    }

    @Override
    public Optional<PhoneRow> lockPhone(String tenantId) {
        return em.with(m -> Optional.ofNullable(m.find(PhoneEntity.class, tenantId, javax.persistence.LockModeType.PESSIMISTIC_WRITE))
                .map(JpaAccountStore::phoneRow));
    }

    private static PhoneRow phoneRow(PhoneEntity e) {
        PhoneRow p = new PhoneRow();
        p.tenantId = e.tenantId;
        p.phone = e.phone;
        p.verified = e.verified != 0;
        p.codeHash = e.codeHash;
        p.codeExpiresAt = e.codeExpiresAt == null ? null : Instant.ofEpochMilli(e.codeExpiresAt);
        p.codeAttempts = e.codeAttempts;
        p.codeSentAt = e.codeSentAt == null ? null : Instant.ofEpochMilli(e.codeSentAt);
        p.updatedAt = Instant.ofEpochMilli(e.updatedAt);
        return p;
    }

    @Override
    public void savePhone(PhoneRow phone) {
        em.with(m -> {
            PhoneEntity e = m.find(PhoneEntity.class, phone.tenantId);
            boolean fresh = e == null;
            if (fresh) {
                e = new PhoneEntity();
                e.tenantId = phone.tenantId;
            }
            e.phone = phone.phone;
            e.verified = (short) (phone.verified ? 1 : 0);
            e.codeHash = phone.codeHash;
            e.codeExpiresAt = phone.codeExpiresAt == null ? null : phone.codeExpiresAt.toEpochMilli();
            e.codeAttempts = phone.codeAttempts;
            e.codeSentAt = phone.codeSentAt == null ? null : phone.codeSentAt.toEpochMilli();
            e.updatedAt = phone.updatedAt.toEpochMilli();
            if (fresh) {
                m.persist(e);
            }
            return null;
        });
    }
}
