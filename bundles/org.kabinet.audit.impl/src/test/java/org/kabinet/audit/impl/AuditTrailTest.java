package org.kabinet.audit.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.audit.api.ActorKind;
import org.kabinet.audit.api.AuditEvent;
import org.kabinet.audit.api.AuditPage;
import org.kabinet.audit.api.AuditQuery;
import org.kabinet.audit.api.Outcome;
import org.kabinet.audit.impl.jpa.JpaAuditStore;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.persistence.testing.LocalJpa;

/** The trail on its real persistence unit and migration: filters, paging, the retention purge, the chain. */
class AuditTrailTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private LocalJpa jpa;
    private AuditService trail;

    @BeforeEach
    void open() throws Exception {
        jpa = new LocalJpa("kabinet-audit", SchemaMigrations.of("aud", getClass().getClassLoader(), "db/audit", "V1__audit.sql"));
        trail = new AuditService(new JpaAuditStore(jpa, jpa), Clock.fixed(T0.plus(Duration.ofDays(10)), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        jpa.close();
    }

    private static AuditEvent event(int minutes, ActorKind kind, String actor, String ip, String action, Outcome outcome) {
        return new AuditEvent(T0.plus(Duration.ofMinutes(minutes)), kind, actor, ip, action, "/target", outcome, "");
    }

    private void sample() {
        trail.record(event(0, ActorKind.STAFF, "manager", "203.0.113.7", "staff.signIn", Outcome.FAILURE));
        trail.record(event(1, ActorKind.STAFF, "manager", "203.0.113.7", "staff.signIn", Outcome.SUCCESS));
        trail.record(event(2, ActorKind.STAFF, "Manager", "203.0.113.7", "POST /admin/accounts", Outcome.SUCCESS));
        trail.record(event(3, ActorKind.ANONYMOUS, "anna@example.ru", "198.51.100.1", "tenant.signIn", Outcome.FAILURE));
        trail.record(event(4, ActorKind.TENANT, "anna@example.ru", "198.51.100.1", "tenant.signIn", Outcome.SUCCESS));
        trail.record(event(5, ActorKind.STAFF, "clerk", "10.0.0.5", "staff.signIn", Outcome.DENIED));
    }

    private AuditPage find(Instant from, Instant to, String actor, String action, Outcome outcome, String ip, int page, int size) {
        return trail.find(new AuditQuery(from, to, actor, action, outcome, ip, page, size));
    }

    @Test
    void everythingNewestFirstWithTheTotal() {
        sample();
        AuditPage all = trail.find(AuditQuery.all());
        assertEquals(6, all.total());
        assertEquals(6, all.items().size());
        assertEquals("clerk", all.items().get(0).actor());
        assertEquals(event(0, ActorKind.STAFF, "manager", "203.0.113.7", "staff.signIn", Outcome.FAILURE), all.items().get(5));
    }

    @Test
    void filtersCombine() {
        sample();
        assertEquals(3, find(null, null, "MANAGER", null, null, null, 0, 50).total(), "the actor ignoring case");
        assertEquals(3, find(null, null, null, "staff.", null, null, 0, 50).total(), "the action by prefix");
        assertEquals(1, find(null, null, null, "POST /admin/", null, null, 0, 50).total());
        assertEquals(0, find(null, null, null, "staff_", null, null, 0, 50).total(), "LIKE wildcards are literal");
        assertEquals(2, find(null, null, null, null, Outcome.FAILURE, null, 0, 50).total());
        assertEquals(1, find(null, null, null, null, Outcome.DENIED, null, 0, 50).total());
        assertEquals(2, find(null, null, null, null, null, "198.51.100.1", 0, 50).total());
        assertEquals(2, find(T0.plus(Duration.ofMinutes(1)), T0.plus(Duration.ofMinutes(3)), null, null, null, null, 0, 50).total(),
                "from inclusive, to exclusive");
        assertEquals(1, find(null, null, "manager", "staff.signIn", Outcome.SUCCESS, "203.0.113.7", 0, 50).total());
    }

    @Test
    void pagesOfTheRequestedSize() {
        sample();
        AuditPage second = find(null, null, null, null, null, null, 1, 2);
        assertEquals(6, second.total());
        assertEquals(1, second.page());
        assertEquals(2, second.size());
        assertEquals(List.of("anna@example.ru", "Manager"), second.items().stream().map(AuditEvent::actor).toList());
        assertTrue(find(null, null, null, null, null, null, 5, 4).items().isEmpty(), "beyond the end: empty, total kept");
        assertEquals("audit.size", assertThrows(ValidationException.class,
                () -> find(null, null, null, null, null, null, 0, 501)).code());
    }

    @Test
    void theRetentionPurgeDeletesOnlyOlderEvents() {
        trail.record(new AuditEvent(T0.minus(Duration.ofDays(1100)), ActorKind.STAFF, "old", "", "staff.signIn", "", Outcome.SUCCESS, ""));
        trail.record(new AuditEvent(T0.minus(Duration.ofDays(1000)), ActorKind.STAFF, "kept", "", "staff.signIn", "", Outcome.SUCCESS, ""));
        sample();
        assertEquals(1, trail.purge(Duration.ofDays(1095)));
        AuditPage left = trail.find(AuditQuery.all());
        assertEquals(7, left.total());
        assertFalse(left.items().stream().anyMatch(e -> e.actor().equals("old")));
        assertEquals(Optional.empty(), trail.firstBroken(), "the chain still holds from the oldest remaining row");
    }

    @Test
    void aStorageFailureNeverReachesTheCaller() {
        AuditService broken = new AuditService(new AuditStore() {
            @Override
            public Optional<ChainedEvent> last() {
                throw new IllegalStateException("database down");
            }

            @Override
            public void append(ChainedEvent row) {
                throw new IllegalStateException("database down");
            }

            @Override
            public AuditPage find(AuditQuery query) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<ChainedEvent> chain(long fromSeq, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int purgeBefore(Instant cutoff) {
                throw new UnsupportedOperationException();
            }
        }, Clock.systemUTC());
        broken.record(event(0, ActorKind.STAFF, "manager", "203.0.113.7", "staff.signIn", Outcome.SUCCESS));
    }

    @Test
    void aChangedRowBreaksTheChain() {
        sample();
        assertEquals(Optional.empty(), trail.firstBroken());
        jpa.with(em -> em.createNativeQuery("UPDATE AUD_EVENT SET OUTCOME = 'SUCCESS' WHERE SEQ = 1").executeUpdate());
        assertEquals(Optional.of(1L), trail.firstBroken());
    }

    @Test
    void aRemovedRowInTheMiddleBreaksTheChain() {
        sample();
        jpa.with(em -> em.createNativeQuery("DELETE FROM AUD_EVENT WHERE SEQ = 3").executeUpdate());
        assertEquals(Optional.of(4L), trail.firstBroken());
    }

    /** Append-only: the store has no update, and the purge is the one statement of the main code that removes rows. */
    @Test
    void nothingButTheRetentionPurgeDeletes() throws Exception {
        assertEquals(List.of("append", "chain", "find", "last", "purgeBefore"),
                Arrays.stream(AuditStore.class.getDeclaredMethods()).map(Method::getName).sorted().toList());
        Pattern removing = Pattern.compile("(?i)\\bDELETE\\b|\\bUPDATE\\s|\\.remove\\(|\\.merge\\(|TRUNCATE|DROP\\s");
        int found = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main"))) {
            for (Path file : sources.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(file)) {
                    Matcher m = removing.matcher(line);
                    if (m.find() && !line.strip().startsWith("*") && !line.strip().startsWith("--") && !line.strip().startsWith("//")) {
                        assertTrue(line.contains("DELETE FROM AuditEventEntity e WHERE e.at < :cutoff"), file + ": " + line);
                        found++;
                    }
                }
            }
        }
        assertEquals(1, found);
    }
}
