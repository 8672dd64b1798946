package org.kabinet.registration.impl;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.kabinet.registration.api.StaffMember;
import org.kabinet.registration.api.StaffSession;

/**
 * Staff sign-in rules on top of a realm that checks passwords: per-name throttling like tenants'
 * (from the 5th failure in a row a growing delay, at most 15 min), a short cache of successful
 * checks, and short-lived staff sessions. The failures and the sessions are kept in a {@link Store}
 * — the database in the portal, so that every node knows them; the cache of checked passwords is
 * this node's own (a node that has not seen a password checks it once).
 */
public final class StaffSignIn {
    static final Duration CACHE = Duration.ofMinutes(5);
    static final Duration SESSION = Duration.ofMinutes(60);
    private static final int MAX_NAME = 100;
    private static final int MAX_PASSWORD = 1024;

    /** Who a member of staff is now, without a password: gone, changed roles, or (when it cannot tell) as known. */
    @FunctionalInterface
    public interface Directory {
        Optional<StaffMember> current(String name, StaffMember known);
    }

    private final BiFunction<String, String, Optional<StaffMember>> realm;
    private final Directory directory;
    private final Clock clock;
    private final SecureRandom random;
    private final byte[] cacheKey = new byte[32];
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    private final Store store;

    /** Failed sign-ins of a name in a row, and the last one. */
    public record Failures(int count, Instant last) {
    }

    private record Checked(String passwordMac, StaffMember member, Instant until) {
    }

    /** An open staff session: who, until when. */
    public record Open(StaffMember member, Instant until) {
    }

    /** Where failures and sessions live; sessions by the hash of their token only. */
    public interface Store {
        Optional<Failures> failures(String name);

        void failed(String name, Instant at);

        void succeeded(String name);

        void open(String tokenHash, Open session);

        Optional<Open> session(String tokenHash);

        void close(String tokenHash);

        /** Forgets the sessions that ended before {@code now}. */
        void purge(Instant now);

        /** A store in this process's memory (one node; the tests). */
        static Store inMemory() {
            Map<String, Failures> failures = new ConcurrentHashMap<>();
            Map<String, Open> sessions = new ConcurrentHashMap<>();
            return new Store() {
                @Override
                public Optional<Failures> failures(String name) {
                    return Optional.ofNullable(failures.get(name));
                }

                @Override
                public void failed(String name, Instant at) {
                    failures.merge(name, new Failures(1, at), (old, one) -> new Failures(old.count() + 1, at));
                }

                @Override
                public void succeeded(String name) {
                    failures.remove(name);
                }

                @Override
                public void open(String tokenHash, Open session) {
                    sessions.put(tokenHash, session);
                }

                @Override
                public Optional<Open> session(String tokenHash) {
                    return Optional.ofNullable(sessions.get(tokenHash));
                }

                @Override
                public void close(String tokenHash) {
                    sessions.remove(tokenHash);
                }

                @Override
                public void purge(Instant now) {
                    sessions.values().removeIf(s -> !now.isBefore(s.until()));
                }
            };
        }
    }

    /** Sign-in with failures and sessions in this process's memory. */
    public StaffSignIn(BiFunction<String, String, Optional<StaffMember>> realm, Directory directory, Clock clock,
                       SecureRandom random) {
        this(realm, directory, clock, random, Store.inMemory());
    }

    public StaffSignIn(BiFunction<String, String, Optional<StaffMember>> realm, Directory directory, Clock clock,
                       SecureRandom random, Store store) {
        this.store = store;
        this.realm = realm;
        this.directory = directory;
        this.clock = clock;
        this.random = random;
        random.nextBytes(cacheKey);
    }

    public Optional<StaffMember> authenticate(String name, String password) {
        if (name == null || name.isBlank() || password == null || name.length() > MAX_NAME || password.length() > MAX_PASSWORD) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String mac = mac(name + '\u0000' + password);
        Checked recent = checked.get(name);
        if (recent != null && now.isBefore(recent.until) && MessageDigest.isEqual(
                recent.passwordMac.getBytes(StandardCharsets.US_ASCII), mac.getBytes(StandardCharsets.US_ASCII))) {
            // remembered password, but the member may have been removed or lost a role since
            Optional<StaffMember> current = directory.current(name, recent.member);
            if (current.isEmpty()) {
                checked.remove(name);
            }
            return current;
        }
        Optional<Failures> f = store.failures(name);
        if (f.isPresent() && now.isBefore(SignInThrottle.nextAttemptAt(f.get().count(), f.get().last()))) {
            return Optional.empty();
        }
        Optional<StaffMember> member = realm.apply(name, password);
        if (member.isPresent()) {
            if (f.isPresent()) {
                store.succeeded(name);
            }
            checked.put(name, new Checked(mac, member.get(), now.plus(CACHE)));
        } else {
            checked.remove(name);
            store.failed(name, now);
        }
        return member;
    }

    public Optional<StaffSession> openSession(String name, String password) {
        Optional<StaffMember> member = authenticate(name, password).filter(StaffMember::isManager);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        store.purge(now);
        String token = new SecretTokens(random).newToken();
        Instant until = now.plus(SESSION);
        store.open(SecretTokens.hash(token), new Open(member.get(), until));
        return Optional.of(new StaffSession(token, member.get(), until));
    }

    public Optional<StaffMember> session(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String key = SecretTokens.hash(token);
        Optional<Open> found = store.session(key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Open open = found.get();
        if (!clock.instant().isBefore(open.until())) {
            store.close(key);
            return Optional.empty();
        }
        // a member removed from the realm or without the manager role any more loses the session at once
        Optional<StaffMember> now = directory.current(open.member().name(), open.member()).filter(StaffMember::isManager);
        if (now.isEmpty()) {
            store.close(key);
        }
        return now;
    }

    public void closeSession(String token) {
        if (token != null && !token.isBlank()) {
            store.close(SecretTokens.hash(token));
        }
    }

    private String mac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
