package org.kabinet.audit.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.audit.api.ActorKind;
import org.kabinet.audit.api.AuditEvent;
import org.kabinet.audit.api.AuditQuery;
import org.kabinet.audit.api.Outcome;
import org.kabinet.audit.impl.jpa.JpaAuditStore;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;

/** A stranger cannot flood the trail, and a password typed as an address never lands in it. */
class StrangerRefusalsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private LocalJpa jpa;
    private AuditService trail;

    @BeforeEach
    void open() throws Exception {
        jpa = new LocalJpa("kabinet-audit", SchemaMigrations.of("aud", getClass().getClassLoader(), "db/audit", "V1__audit.sql"));
        trail = new AuditService(new JpaAuditStore(jpa, jpa), clock);
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    private void refused(String actor, String ip, String action) {
        trail.record(new AuditEvent(clock.instant(), ActorKind.ANONYMOUS, actor, ip, action, "GET /admin/accounts",
                Outcome.DENIED, "wrong name or password (Basic)"));
    }

    private List<AuditEvent> all() {
        return trail.find(new AuditQuery(null, null, null, null, null, null, 0, 500)).items();
    }

    @Test
    void aLoopOfWrongCredentialsWritesOneRowAMinuteWithTheCount() {
        for (int i = 0; i < 1000; i++) {
            refused("x" + i, "203.0.113.9", "staff.access");
        }
        assertEquals(1, all().size(), "a thousand refusals in the same minute: one row");
        // another address and another action have windows of their own
        refused("y", "198.51.100.2", "staff.access");
        refused("z", "203.0.113.9", "staff.signIn");
        assertEquals(3, all().size());

        clock.advance(Duration.ofSeconds(61));
        refused("x-late", "203.0.113.9", "staff.access");
        List<AuditEvent> rows = all();
        assertEquals(4, rows.size());
        AuditEvent latest = rows.get(0);
        assertEquals("x-late", latest.actor());
        assertTrue(latest.detail().contains("(+999 с этого адреса за минуту до этого)"), latest.detail());
    }

    @Test
    void successesAndStaffAreNeverMerged() {
        for (int i = 0; i < 5; i++) {
            trail.record(new AuditEvent(clock.instant(), ActorKind.STAFF, "manager", "203.0.113.9", "POST /admin/accounts",
                    "/admin/accounts", Outcome.SUCCESS, ""));
            trail.record(new AuditEvent(clock.instant(), ActorKind.STAFF, "manager", "203.0.113.9", "staff.access",
                    "/admin/x", Outcome.DENIED, "no role manager"));
        }
        assertEquals(10, all().size());
    }

    @Test
    void aFailedTenantSignInKeepsTheTypedTextOnlyWhenItIsAnAddress() {
        trail.record(new AuditEvent(clock.instant(), ActorKind.ANONYMOUS, "Korrekt-Horse-Battery-42", "198.51.100.7",
                "tenant.signIn", "/", Outcome.FAILURE, "auth.failed"));
        trail.record(new AuditEvent(clock.instant(), ActorKind.ANONYMOUS, "anna@example.ru", "198.51.100.8",
                "tenant.signIn", "/", Outcome.FAILURE, "auth.failed"));
        List<AuditEvent> rows = all();
        assertEquals("anna@example.ru", rows.get(0).actor());
        assertEquals(AuditService.NOT_AN_ADDRESS, rows.get(1).actor());
    }
}
