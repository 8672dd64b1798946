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
 * checks, and short-lived staff sessions. Everything is kept in memory: a restart ends staff
 * sessions, which is what a short-lived token promises anyway.
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
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    private final Map<String, Open> sessions = new ConcurrentHashMap<>();

    private record Failures(int count, Instant last) {
    }

    private record Checked(String passwordMac, StaffMember member, Instant until) {
    }

    private record Open(StaffMember member, Instant until) {
    }

    public StaffSignIn(BiFunction<String, String, Optional<StaffMember>> realm, Directory directory, Clock clock,
                       SecureRandom random) {
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
        Failures f = failures.get(name);
        if (f != null && now.isBefore(SignInThrottle.nextAttemptAt(f.count, f.last))) {
            return Optional.empty();
        }
        Optional<StaffMember> member = realm.apply(name, password);
        if (member.isPresent()) {
            failures.remove(name);
            checked.put(name, new Checked(mac, member.get(), now.plus(CACHE)));
        } else {
            checked.remove(name);
            failures.merge(name, new Failures(1, now), (old, one) -> new Failures(old.count + 1, now));
        }
        return member;
    }

    public Optional<StaffSession> openSession(String name, String password) {
        Optional<StaffMember> member = authenticate(name, password).filter(StaffMember::isManager);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        sessions.values().removeIf(s -> !now.isBefore(s.until));
        String token = new SecretTokens(random).newToken();
        Instant until = now.plus(SESSION);
        sessions.put(SecretTokens.hash(token), new Open(member.get(), until));
        return Optional.of(new StaffSession(token, member.get(), until));
    }

    public Optional<StaffMember> session(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String key = SecretTokens.hash(token);
        Open open = sessions.get(key);
        if (open == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(open.until)) {
            sessions.remove(key);
            return Optional.empty();
        }
        // a member removed from the realm or without the manager role any more loses the session at once
        Optional<StaffMember> now = directory.current(open.member.name(), open.member).filter(StaffMember::isManager);
        if (now.isEmpty()) {
            sessions.remove(key);
        }
        return now;
    }

    public void closeSession(String token) {
        if (token != null && !token.isBlank()) {
            sessions.remove(SecretTokens.hash(token));
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
