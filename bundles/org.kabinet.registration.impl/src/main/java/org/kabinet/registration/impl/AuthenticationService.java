package org.kabinet.registration.impl;

import java.time.Clock;
import org.kabinet.persistence.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.AuthenticationFailedException;
import org.kabinet.registration.api.Session;
import org.kabinet.registration.api.Tenant;
import org.kabinet.registration.api.TenantDirectory;
import org.kabinet.kernel.error.ValidationException;

/**
 * Sign-in sessions. A failed sign-in looks and takes the same whatever the reason: an unknown or
 * unconfirmed address and a throttled account still spend one password verification.
 */
public final class AuthenticationService implements Authentication, TenantDirectory {
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final IdentityStore store;
    private final Transactions tx;
    private final Outbox outbox;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final SecretTokens tokens;
    private final RegistrationLetters letters;
    private final Duration idleTimeout;
    private final Duration maxLifetime;
    private final Clock clock;

    public AuthenticationService(IdentityStore store, Transactions tx, Outbox outbox, PasswordPolicy policy,
                                 PasswordHasher hasher, SecretTokens tokens, RegistrationLetters letters,
                                 Duration idleTimeout, Duration maxLifetime, Clock clock) {
        this.store = store;
        this.tx = tx;
        this.outbox = outbox;
        this.policy = policy;
        this.hasher = hasher;
        this.tokens = tokens;
        this.letters = letters;
        this.idleTimeout = idleTimeout;
        this.maxLifetime = maxLifetime;
        this.clock = clock;
    }

    @Override
    public Session signIn(String email, String password) {
        String normalized;
        try {
            normalized = EmailAddresses.normalize(email);
        } catch (ValidationException e) {
            hasher.verifyDummy(password);
            throw new AuthenticationFailedException();
        }
        String pw = password == null ? "" : password;
        if (pw.codePointCount(0, pw.length()) > PasswordPolicy.MAX_LENGTH) {
            // no stored password is that long: refuse without spending a hash on it
            throw new AuthenticationFailedException();
        }
        // The password check runs between two short transactions, never inside one: a crowd of
        // sign-ins must not hold database connections and locks for the length of a hash.
        String storedHash = tx.inTransaction(() -> {
            Instant now = clock.instant();
            // the row is locked until commit: parallel guesses pass this check one after another
            Optional<UserAccount> found = store.lockUserByEmail(normalized);
            if (found.isEmpty() || !found.get().confirmed || found.get().passwordHash == null
                    || found.get().deletedAt != null || !SignInThrottle.allows(found.get(), now)) {
                return null;
            }
            UserAccount user = found.get();
            SignInThrottle.recordVerification(user, now);
            store.updateUser(user);
            return user.passwordHash;
        });
        if (storedHash == null) {
            hasher.verifyDummy(pw);
            throw new AuthenticationFailedException();
        }
        boolean matches = hasher.verify(pw, storedHash);
        Session session = tx.inTransaction(() -> {
            Instant now = clock.instant();
            UserAccount user = store.lockUserByEmail(normalized).orElse(null);
            if (user == null) {
                return null;
            }
            if (!matches || !storedHash.equals(user.passwordHash)) {
                SignInThrottle.recordFailure(user, now);
                store.updateUser(user);
                return null;
            }
            SignInThrottle.recordSuccess(user);
            store.updateUser(user);
            return openSession(user, now);
        });
        if (session == null) {
            throw new AuthenticationFailedException();
        }
        return session;
    }

    private Session openSession(UserAccount user, Instant now) {
        String token = tokens.newToken();
        SessionRecord record = new SessionRecord();
        record.hash = SecretTokens.hash(token);
        record.userId = user.id;
        record.createdAt = now;
        record.lastSeenAt = now;
        record.expiresAt = now.plus(maxLifetime);
        store.insertSession(record);
        return new Session(token, user.id, user.email, expiry(record));
    }

    private Instant expiry(SessionRecord record) {
        Instant idleEnd = record.lastSeenAt.plus(idleTimeout);
        return idleEnd.isBefore(record.expiresAt) ? idleEnd : record.expiresAt;
    }

    @Override
    public Optional<Session> session(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return Optional.ofNullable(tx.inTransaction(() -> {
            Instant now = clock.instant();
            SessionRecord record = store.session(SecretTokens.hash(token)).orElse(null);
            if (record == null || record.endedAt != null) {
                return null;
            }
            if (!now.isBefore(expiry(record))) {
                store.endSession(record.hash, expiry(record));
                return null;
            }
            if (!record.lastSeenAt.plus(TOUCH_EVERY).isAfter(now)) {
                record.lastSeenAt = now;
                store.updateSession(record);
            }
            UserAccount user = store.userById(record.userId).orElseThrow();
            if (user.deletedAt != null) {
                return null;
            }
            return new Session(token, user.id, user.email, expiry(record));
        }));
    }

    @Override
    public void signOut(String token) {
        if (token != null && !token.isBlank()) {
            tx.inTransaction(() -> {
                store.endSession(SecretTokens.hash(token), clock.instant());
                return null;
            });
        }
    }

    @Override
    public void changePassword(String token, String currentPassword, String newPassword) {
        Session session = session(token).orElseThrow(AuthenticationFailedException::new);
        policy.check(newPassword, session.email());
        String newHash = hasher.hash(newPassword);
        boolean changed = tx.inTransaction(() -> {
            Instant now = clock.instant();
            UserAccount user = store.lockUserById(session.userId()).orElseThrow();
            if (!SignInThrottle.allows(user, now)) {
                hasher.verifyDummy(currentPassword);
                return false;
            }
            SignInThrottle.recordVerification(user, now);
            if (!hasher.verify(currentPassword == null ? "" : currentPassword, user.passwordHash)) {
                SignInThrottle.recordFailure(user, now);
                store.updateUser(user);
                return false;
            }
            user.passwordHash = newHash;
            store.updateUser(user);
            store.endSessions(user.id, SecretTokens.hash(token), now);
            outbox.enqueue(letters.passwordChanged(user.email, user.id, now));
            return true;
        });
        if (!changed) {
            throw new ValidationException("currentPassword", "password.currentWrong");
        }
    }

    @Override
    public String changeName(String token, String name) {
        Session session = session(token).orElseThrow(AuthenticationFailedException::new);
        String tidy = PersonNames.tidy(name);
        tx.inTransaction(() -> {
            UserAccount user = store.lockUserById(session.userId()).orElseThrow();
            user.displayName = tidy.isEmpty() ? null : tidy;
            store.updateUser(user);
            return null;
        });
        return tidy;
    }

    @Override
    public List<Tenant> list() {
        return tx.inTransaction(() -> store.users().stream().filter(u -> u.deletedAt == null)
                .map(AuthenticationService::tenant).collect(Collectors.toList()));
    }

    @Override
    public Optional<Tenant> find(String id) {
        // a deleted account is pseudonymised: nobody is there any more
        return tx.inTransaction(() -> store.userById(id).filter(u -> u.deletedAt == null).map(AuthenticationService::tenant));
    }

    private static Tenant tenant(UserAccount u) {
        return new Tenant(u.id, u.email, u.confirmed, u.registeredAt, u.confirmedAt, u.displayName == null ? "" : u.displayName);
    }
}
