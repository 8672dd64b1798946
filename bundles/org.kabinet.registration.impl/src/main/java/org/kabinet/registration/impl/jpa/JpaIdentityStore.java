package org.kabinet.registration.impl.jpa;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.persistence.LockModeType;
import org.kabinet.persistence.EntityManagers;
import org.kabinet.registration.impl.ConsentRecord;
import org.kabinet.registration.impl.ErasureRecord;
import org.kabinet.registration.impl.IdentityStore;
import org.kabinet.registration.impl.LinkToken;
import org.kabinet.registration.impl.SessionRecord;
import org.kabinet.registration.impl.UserAccount;

/**
 * The identity tables through JPA. Every call runs in the caller's transaction through the
 * entity manager the {@code em} function gives (Aries JPA's in OSGi, a local one in tests).
 */
public final class JpaIdentityStore implements IdentityStore {
    private final EntityManagers em;


    public JpaIdentityStore(EntityManagers em) {
        this.em = em;
    }

    @Override
    public Optional<UserAccount> userByEmail(String normalizedEmail) {
        return em.with(m -> m.createQuery("SELECT u FROM UserEntity u WHERE u.email = :email", UserEntity.class)
                .setParameter("email", normalizedEmail).getResultList().stream().findFirst().map(JpaIdentityStore::user));
    }

    @Override
    public Optional<UserAccount> userById(String id) {
        return em.with(m -> Optional.ofNullable(m.find(UserEntity.class, id)).map(JpaIdentityStore::user));
    }

    @Override
    public Optional<UserAccount> lockUserByEmail(String normalizedEmail) {
        return lockedUser("u.email = :key", normalizedEmail);
    }

    @Override
    public Optional<UserAccount> lockUserById(String id) {
        return lockedUser("u.id = :key", id);
    }

    /** SELECT … FOR UPDATE, bypassing the shared cache so the values are those of the locked row. */
    private Optional<UserAccount> lockedUser(String condition, String key) {
        return em.with(m -> m.createQuery("SELECT u FROM UserEntity u WHERE " + condition, UserEntity.class)
                .setParameter("key", key)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("eclipselink.refresh", "true")
                .getResultList().stream().findFirst().map(JpaIdentityStore::user));
    }

    @Override
    public List<UserAccount> users() {
        return em.with(m -> m.createQuery("SELECT u FROM UserEntity u ORDER BY u.registeredAt", UserEntity.class)
                .getResultList().stream().map(JpaIdentityStore::user).collect(Collectors.toList()));
    }

    @Override
    public void insertUser(UserAccount user) {
        em.with(m -> {
            UserEntity e = new UserEntity();
            e.id = user.id;
            copy(user, e);
            m.persist(e);
            m.flush();
            return null;
        });
    }

    @Override
    public void updateUser(UserAccount user) {
        em.with(m -> {
            copy(user, m.find(UserEntity.class, user.id));
            return null;
        });
    }

    private static void copy(UserAccount u, UserEntity e) {
        e.email = u.email;
        e.passwordHash = u.passwordHash;
        e.confirmed = (short) (u.confirmed ? 1 : 0);
        e.registeredAt = u.registeredAt.toEpochMilli();
        e.confirmedAt = millis(u.confirmedAt);
        e.consentVersion = u.consentVersion;
        e.consentAt = u.consentAt.toEpochMilli();
        e.failedSignIns = u.failedSignIns;
        e.lastFailedSignIn = millis(u.lastFailedSignIn);
        e.verifyWindowStart = millis(u.verifyWindowStart);
        e.verifyCount = u.verifyCount;
        e.mailSentTimes = u.mailSentTimes;
        e.displayName = u.displayName;
        e.deletedAt = millis(u.deletedAt);
    }

    private static UserAccount user(UserEntity e) {
        UserAccount u = new UserAccount();
        u.id = e.id;
        u.email = e.email;
        u.passwordHash = e.passwordHash;
        u.confirmed = e.confirmed != 0;
        u.registeredAt = Instant.ofEpochMilli(e.registeredAt);
        u.confirmedAt = instant(e.confirmedAt);
        u.consentVersion = e.consentVersion;
        u.consentAt = Instant.ofEpochMilli(e.consentAt);
        u.failedSignIns = e.failedSignIns;
        u.lastFailedSignIn = instant(e.lastFailedSignIn);
        u.verifyWindowStart = instant(e.verifyWindowStart);
        u.verifyCount = e.verifyCount;
        u.mailSentTimes = e.mailSentTimes;
        u.displayName = e.displayName;
        u.deletedAt = instant(e.deletedAt);
        return u;
    }

    @Override
    public void insertToken(LinkToken token) {
        em.with(m -> {
            LinkTokenEntity e = new LinkTokenEntity();
            e.hash = token.hash;
            copy(token, e);
            m.persist(e);
            return null;
        });
    }

    @Override
    public Optional<LinkToken> token(String hash) {
        return em.with(m -> Optional.ofNullable(m.find(LinkTokenEntity.class, hash)).map(JpaIdentityStore::token));
    }

    @Override
    public void updateToken(LinkToken token) {
        em.with(m -> {
            copy(token, m.find(LinkTokenEntity.class, token.hash));
            return null;
        });
    }

    @Override
    public Optional<LinkToken> latestToken(String userId, LinkToken.Purpose purpose) {
        return em.with(m -> m.createQuery("SELECT t FROM LinkTokenEntity t WHERE t.userId = :user AND t.purpose = :purpose"
                        + " ORDER BY t.createdAt DESC", LinkTokenEntity.class)
                .setParameter("user", userId).setParameter("purpose", purpose.name()).setMaxResults(1)
                .getResultList().stream().findFirst().map(JpaIdentityStore::token));
    }

    @Override
    public void deleteUnusedTokens(String userId, LinkToken.Purpose purpose) {
        em.with(m -> m.createQuery("DELETE FROM LinkTokenEntity t WHERE t.userId = :user AND t.purpose = :purpose"
                        + " AND t.usedAt IS NULL")
                .setParameter("user", userId).setParameter("purpose", purpose.name()).executeUpdate());
    }

    private static void copy(LinkToken t, LinkTokenEntity e) {
        e.userId = t.userId;
        e.purpose = t.purpose.name();
        e.createdAt = t.createdAt.toEpochMilli();
        e.expiresAt = t.expiresAt.toEpochMilli();
        e.usedAt = millis(t.usedAt);
        e.passwordHash = t.passwordHash;
    }

    private static LinkToken token(LinkTokenEntity e) {
        LinkToken t = new LinkToken();
        t.hash = e.hash;
        t.userId = e.userId;
        t.purpose = LinkToken.Purpose.valueOf(e.purpose);
        t.createdAt = Instant.ofEpochMilli(e.createdAt);
        t.expiresAt = Instant.ofEpochMilli(e.expiresAt);
        t.usedAt = instant(e.usedAt);
        t.passwordHash = e.passwordHash;
        return t;
    }

    @Override
    public void insertSession(SessionRecord session) {
        em.with(m -> {
            SessionEntity e = new SessionEntity();
            e.hash = session.hash;
            copy(session, e);
            m.persist(e);
            return null;
        });
    }

    @Override
    public Optional<SessionRecord> session(String hash) {
        return em.with(m -> Optional.ofNullable(m.find(SessionEntity.class, hash)).map(JpaIdentityStore::session));
    }

    static SessionRecord session(SessionEntity e) {
        SessionRecord s = new SessionRecord();
        s.hash = e.hash;
        s.userId = e.userId;
        s.createdAt = Instant.ofEpochMilli(e.createdAt);
        s.lastSeenAt = Instant.ofEpochMilli(e.lastSeenAt);
        s.expiresAt = Instant.ofEpochMilli(e.expiresAt);
        s.endedAt = instant(e.endedAt);
        return s;
    }

    @Override
    public void updateSession(SessionRecord session) {
        em.with(m -> {
            copy(session, m.find(SessionEntity.class, session.hash));
            return null;
        });
    }

    private static void copy(SessionRecord s, SessionEntity e) {
        e.userId = s.userId;
        e.createdAt = s.createdAt.toEpochMilli();
        e.lastSeenAt = s.lastSeenAt.toEpochMilli();
        e.expiresAt = s.expiresAt.toEpochMilli();
        e.endedAt = millis(s.endedAt);
    }

    @Override
    public void endSession(String hash, Instant at) {
        em.with(m -> m.createQuery("UPDATE SessionEntity s SET s.endedAt = :at WHERE s.hash = :hash AND s.endedAt IS NULL")
                .setParameter("at", at.toEpochMilli()).setParameter("hash", hash).executeUpdate());
    }

    @Override
    public void endSessions(String userId, String exceptHash, Instant at) {
        em.with(m -> m.createQuery("UPDATE SessionEntity s SET s.endedAt = :at WHERE s.userId = :user AND s.hash <> :except"
                        + " AND s.endedAt IS NULL")
                .setParameter("at", at.toEpochMilli()).setParameter("user", userId)
                .setParameter("except", exceptHash == null ? "" : exceptHash)
                .executeUpdate());
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }

    @Override
    public void insertConsent(String userId, String version, Instant givenAt) {
        em.with(m -> {
            ConsentEntity e = new ConsentEntity();
            e.id = java.util.UUID.randomUUID().toString();
            e.userId = userId;
            e.version = version;
            e.givenAt = givenAt.toEpochMilli();
            m.persist(e);
            return null;
        });
    }

    @Override
    public List<ConsentRecord> consents(String userId) {
        return em.with(m -> m.createQuery("SELECT c FROM ConsentEntity c WHERE c.userId = :user ORDER BY c.givenAt, c.id", ConsentEntity.class)
                .setParameter("user", userId).getResultList().stream()
                .map(e -> new ConsentRecord(e.version, Instant.ofEpochMilli(e.givenAt), instant(e.withdrawnAt)))
                .collect(Collectors.toList()));
    }

    @Override
    public void withdrawConsents(String userId, Instant at) {
        em.with(m -> m.createQuery("UPDATE ConsentEntity c SET c.withdrawnAt = :at WHERE c.userId = :user AND c.withdrawnAt IS NULL")
                .setParameter("at", at.toEpochMilli()).setParameter("user", userId).executeUpdate());
    }

    @Override
    public List<SessionRecord> sessionsOf(String userId) {
        return em.with(m -> m.createQuery("SELECT s FROM SessionEntity s WHERE s.userId = :user ORDER BY s.createdAt DESC", SessionEntity.class)
                .setParameter("user", userId).getResultList().stream().map(JpaIdentityStore::session).collect(Collectors.toList()));
    }

    @Override
    public void deleteTokensOf(String userId) {
        em.with(m -> m.createQuery("DELETE FROM LinkTokenEntity t WHERE t.userId = :user").setParameter("user", userId).executeUpdate());
    }

    @Override
    public void insertErasure(String userId, String sourceKey, Instant at) {
        em.with(m -> {
            if (m.find(ErasureEntity.class, new ErasureEntity.Key(userId, sourceKey)) == null) {
                ErasureEntity e = new ErasureEntity();
                e.userId = userId;
                e.sourceKey = sourceKey;
                e.createdAt = at.toEpochMilli();
                m.persist(e);
            }
            return null;
        });
    }

    @Override
    public List<ErasureRecord> openErasures(int limit) {
        return em.with(m -> m.createQuery("SELECT e FROM ErasureEntity e WHERE e.doneAt IS NULL ORDER BY e.createdAt", ErasureEntity.class)
                .setMaxResults(limit).getResultList().stream().map(JpaIdentityStore::erasure).collect(Collectors.toList()));
    }

    @Override
    public List<ErasureRecord> openErasures(Collection<String> sourceKeys, int limit) {
        if (sourceKeys.isEmpty()) {
            return List.of();
        }
        return em.with(m -> m.createQuery("SELECT e FROM ErasureEntity e WHERE e.doneAt IS NULL AND e.sourceKey IN :keys"
                        + " ORDER BY e.createdAt", ErasureEntity.class)
                .setParameter("keys", List.copyOf(sourceKeys)).setMaxResults(limit).getResultList().stream()
                .map(JpaIdentityStore::erasure).collect(Collectors.toList()));
    }

    @Override
    public long countOpenErasures() {
        return em.with(m -> m.createQuery("SELECT COUNT(e) FROM ErasureEntity e WHERE e.doneAt IS NULL", Long.class)
                .getSingleResult());
    }

    @Override
    public int openMissingErasures(String sourceKey, Instant at, int limit) {
        return em.with(m -> {
            List<String> ids = m.createQuery("SELECT u.id FROM UserEntity u WHERE u.deletedAt IS NOT NULL AND NOT EXISTS"
                            + " (SELECT e FROM ErasureEntity e WHERE e.userId = u.id AND e.sourceKey = :key) ORDER BY u.deletedAt",
                            String.class)
                    .setParameter("key", sourceKey).setMaxResults(limit).getResultList();
            for (String id : ids) {
                ErasureEntity e = new ErasureEntity();
                e.userId = id;
                e.sourceKey = sourceKey;
                e.createdAt = at.toEpochMilli();
                m.persist(e);
            }
            return ids.size();
        });
    }

    @Override
    public List<ErasureRecord> erasuresOf(String userId) {
        return em.with(m -> m.createQuery("SELECT e FROM ErasureEntity e WHERE e.userId = :user ORDER BY e.sourceKey", ErasureEntity.class)
                .setParameter("user", userId).getResultList().stream().map(JpaIdentityStore::erasure).collect(Collectors.toList()));
    }

    private static ErasureRecord erasure(ErasureEntity e) {
        return new ErasureRecord(e.userId, e.sourceKey, Instant.ofEpochMilli(e.createdAt), e.attempts, e.lastError, instant(e.doneAt));
    }

    @Override
    public void erasureDone(String userId, String sourceKey, Instant at) {
        em.with(m -> {
            ErasureEntity e = m.find(ErasureEntity.class, new ErasureEntity.Key(userId, sourceKey));
            e.attempts++;
            e.doneAt = at.toEpochMilli();
            e.lastError = null;
            return null;
        });
    }

    @Override
    public void erasureFailed(String userId, String sourceKey, String error) {
        em.with(m -> {
            ErasureEntity e = m.find(ErasureEntity.class, new ErasureEntity.Key(userId, sourceKey));
            e.attempts++;
            e.lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
            return null;
        });
    }

    @Override
    public int deleteUnconfirmedBefore(Instant before) {
        return em.with(m -> {
            List<String> ids = m.createQuery("SELECT u.id FROM UserEntity u WHERE u.confirmed = 0 AND u.deletedAt IS NULL"
                            + " AND u.registeredAt < :before AND u.consentAt < :before AND NOT EXISTS (SELECT t FROM LinkTokenEntity t"
                            + " WHERE t.userId = u.id AND t.createdAt >= :before)", String.class)
                    .setParameter("before", before.toEpochMilli()).getResultList();
            for (String id : ids) {
                m.createQuery("DELETE FROM LinkTokenEntity t WHERE t.userId = :user").setParameter("user", id).executeUpdate();
                m.createQuery("DELETE FROM SessionEntity s WHERE s.userId = :user").setParameter("user", id).executeUpdate();
                m.createQuery("DELETE FROM ConsentEntity c WHERE c.userId = :user").setParameter("user", id).executeUpdate();
                m.createQuery("DELETE FROM UserEntity u WHERE u.id = :user").setParameter("user", id).executeUpdate();
            }
            return ids.size();
        });
    }

    @Override
    public int deleteTokensDoneBefore(Instant before) {
        return em.with(m -> m.createQuery("DELETE FROM LinkTokenEntity t WHERE t.expiresAt < :before OR t.usedAt < :before")
                .setParameter("before", before.toEpochMilli()).executeUpdate());
    }

    @Override
    public int deleteSessionsOverBefore(Instant before, Instant now, Duration idleTimeout) {
        // over before X: ended before X, expired before X, or last used before X minus the idle timeout
        long cut = Math.min(before.toEpochMilli(), now.toEpochMilli());
        long idleCut = cut - idleTimeout.toMillis();
        return em.with(m -> m.createQuery("DELETE FROM SessionEntity s WHERE s.endedAt < :cut OR s.expiresAt < :cut"
                        + " OR s.lastSeenAt < :idleCut")
                .setParameter("cut", cut).setParameter("idleCut", idleCut).executeUpdate());
    }
}
