package org.kabinet.registration.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kabinet.persistence.testing.MutableClock;
import org.kabinet.registration.api.StaffMember;
import org.kabinet.registration.api.StaffSession;

class StaffSignInTest {
    private final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-25T10:00:00Z"));
    private final AtomicInteger realmChecks = new AtomicInteger();
    private final java.util.Map<String, Set<String>> members = new java.util.HashMap<>(java.util.Map.of(
            "anna", Set.of("manager"), "ivan", Set.of("viewer")));
    private final StaffSignIn signIn = new StaffSignIn((name, password) -> {
        realmChecks.incrementAndGet();
        if (name.equals("anna") && password.equals("correct horse battery")) {
            return Optional.of(new StaffMember("anna", Set.of("manager")));
        }
        if (name.equals("ivan") && password.equals("viewer password 1")) {
            return Optional.of(new StaffMember("ivan", Set.of("viewer")));
        }
        return Optional.empty();
    }, (name, known) -> Optional.ofNullable(members.get(name)).map(roles -> new StaffMember(name, roles)), clock, new SecureRandom());

    @Test
    void aRecentSuccessIsRememberedSoBasicDoesNotHashOnEveryCall() {
        assertTrue(signIn.authenticate("anna", "correct horse battery").isPresent());
        assertTrue(signIn.authenticate("anna", "correct horse battery").isPresent());
        assertEquals(1, realmChecks.get());
        assertTrue(signIn.authenticate("anna", "wrong").isEmpty(), "another password is checked, not served from the cache");
        assertEquals(2, realmChecks.get());
        clock.advance(StaffSignIn.CACHE.plusSeconds(1));
        assertTrue(signIn.authenticate("anna", "correct horse battery").isPresent());
        assertEquals(3, realmChecks.get());
    }

    @Test
    void fromTheFifthFailureInARowANameIsThrottledWithoutAskingTheRealm() {
        for (int i = 0; i < 5; i++) {
            assertTrue(signIn.authenticate("anna", "guess " + i).isEmpty());
        }
        int checks = realmChecks.get();
        assertTrue(signIn.authenticate("anna", "correct horse battery").isEmpty(), "refused while throttled, even if right");
        assertEquals(checks, realmChecks.get());
        clock.advance(Duration.ofSeconds(2));
        assertTrue(signIn.authenticate("anna", "correct horse battery").isPresent());
    }

    @Test
    void sessionsOnlyForManagersAndTheyExpire() {
        assertTrue(signIn.openSession("ivan", "viewer password 1").isEmpty(), "a member without the role gets the same refusal");
        assertTrue(signIn.openSession("nobody", "x").isEmpty());
        StaffSession session = signIn.openSession("anna", "correct horse battery").orElseThrow();
        assertEquals("anna", signIn.session(session.token()).orElseThrow().name());
        clock.advance(StaffSignIn.SESSION);
        assertTrue(signIn.session(session.token()).isEmpty());
    }

    @Test
    void aDismissedManagerLosesTheSessionAndTheRememberedPasswordAtOnce() {
        StaffSession session = signIn.openSession("anna", "correct horse battery").orElseThrow();
        members.put("anna", Set.of("viewer"));
        assertTrue(signIn.session(session.token()).isEmpty(), "the manager role was taken away");
        members.put("anna", Set.of("manager"));
        assertTrue(signIn.session(session.token()).isEmpty(), "the session stays closed");
        members.remove("anna");
        assertTrue(signIn.authenticate("anna", "correct horse battery").isEmpty(), "removed from the realm: the cache does not help");
    }

    @Test
    void closedSessionIsGone() {
        StaffSession session = signIn.openSession("anna", "correct horse battery").orElseThrow();
        signIn.closeSession(session.token());
        assertTrue(signIn.session(session.token()).isEmpty());
    }
}
