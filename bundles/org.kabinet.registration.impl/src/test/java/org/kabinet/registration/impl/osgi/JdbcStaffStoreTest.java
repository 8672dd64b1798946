package org.kabinet.registration.impl.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.persistence.testing.InMemoryDerby;
import org.kabinet.persistence.testing.MutableClock;
import org.kabinet.registration.api.StaffMember;
import org.kabinet.registration.api.StaffSession;
import org.kabinet.registration.impl.StaffSignIn;

/** Two nodes' staff sign-in on one database: a session and a run of failures are known to both. */
class JdbcStaffStoreTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final AtomicInteger realmChecks = new AtomicInteger();
    private StaffSignIn nodeA;
    private StaffSignIn nodeB;

    @BeforeEach
    void twoNodes() throws Exception {
        EmbeddedDataSource db = InMemoryDerby.fresh();
        nodeA = node(JdbcStaffStore.open(db));
        nodeB = node(JdbcStaffStore.open(db));
    }

    private StaffSignIn node(StaffSignIn.Store store) {
        return new StaffSignIn((name, password) -> {
            realmChecks.incrementAndGet();
            return name.equals("anna") && password.equals("correct horse battery")
                    ? Optional.of(new StaffMember("anna", Set.of("manager", "viewer"))) : Optional.empty();
        }, (name, known) -> name.equals("anna") ? Optional.of(known) : Optional.empty(), clock, new SecureRandom(), store);
    }

    @Test
    void aSessionOpenedOnOneNodeIsServedAndEndedOnTheOther() {
        StaffSession session = nodeA.openSession("anna", "correct horse battery").orElseThrow();

        StaffMember onB = nodeB.session(session.token()).orElseThrow();
        assertEquals("anna", onB.name());
        assertEquals(Set.of("manager", "viewer"), onB.roles());

        nodeB.closeSession(session.token());
        assertTrue(nodeA.session(session.token()).isEmpty(), "closed on b, refused on a");
    }

    @Test
    void aSessionEndsOnEveryNodeWhenItsTimeIsUp() {
        StaffSession session = nodeA.openSession("anna", "correct horse battery").orElseThrow();
        clock.advance(Duration.ofMinutes(61));
        assertTrue(nodeB.session(session.token()).isEmpty());
    }

    @Test
    void failuresOnOneNodeThrottleTheNameOnTheOther() {
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? nodeA : nodeB).authenticate("anna", "wrong " + i);
        }
        int checks = realmChecks.get();
        assertTrue(nodeB.authenticate("anna", "correct horse battery").isEmpty(), "throttled after five failures on both nodes");
        assertEquals(checks, realmChecks.get(), "the realm is not asked while the name is throttled");
        clock.advance(Duration.ofMinutes(16));
        assertTrue(nodeA.authenticate("anna", "correct horse battery").isPresent());
        assertTrue(nodeB.authenticate("anna", "wrong again").isEmpty());
        assertTrue(nodeB.authenticate("anna", "correct horse battery").isPresent(), "a success started the count afresh");
    }
}
