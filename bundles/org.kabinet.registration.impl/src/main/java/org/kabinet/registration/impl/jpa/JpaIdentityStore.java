package org.kabinet.registration.impl.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.persistence.LockModeType;
import org.kabinet.persistence.EntityManagers;
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
        return em.with(m -> Optional.ofNullable(m.find(SessionEntity.class, hash)).map(e -> {
            SessionRecord s = new SessionRecord();
            s.hash = e.hash;
            s.userId = e.userId;
            s.createdAt = Instant.ofEpochMilli(e.createdAt);
            s.lastSeenAt = Instant.ofEpochMilli(e.lastSeenAt);
            s.expiresAt = Instant.ofEpochMilli(e.expiresAt);
            return s;
        }));
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
    }

    @Override
    public void deleteSession(String hash) {
        em.with(m -> m.createQuery("DELETE FROM SessionEntity s WHERE s.hash = :hash")
                .setParameter("hash", hash).executeUpdate());
    }

    @Override
    public void deleteSessions(String userId, String exceptHash) {
        em.with(m -> m.createQuery("DELETE FROM SessionEntity s WHERE s.userId = :user AND s.hash <> :except")
                .setParameter("user", userId).setParameter("except", exceptHash == null ? "" : exceptHash)
                .executeUpdate());
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
