package org.kabinet.audit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.ValidationException;

class AuditQueryTest {

    @Test
    void sizeIs50ByDefaultAtMost500() {
        assertEquals(50, new AuditQuery(null, null, null, null, null, null, 0, 0).size());
        assertEquals(500, new AuditQuery(null, null, null, null, null, null, 0, 500).size());
        assertEquals("audit.size", assertThrows(ValidationException.class,
                () -> new AuditQuery(null, null, null, null, null, null, 0, 501)).code());
        assertEquals("audit.size", assertThrows(ValidationException.class,
                () -> new AuditQuery(null, null, null, null, null, null, 0, -1)).code());
        assertEquals("audit.page", assertThrows(ValidationException.class,
                () -> new AuditQuery(null, null, null, null, null, null, -1, 10)).code());
        assertEquals("audit.page", assertThrows(ValidationException.class,
                () -> new AuditQuery(null, null, null, null, null, null, Integer.MAX_VALUE, 500)).code());
    }

    @Test
    void thePeriodRunsForwardAndBlankCriteriaMeanAny() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals("audit.period", assertThrows(ValidationException.class,
                () -> new AuditQuery(t, t, null, null, null, null, 0, 10)).code());
        AuditQuery query = new AuditQuery(null, null, "  ", " staff. ", null, "", 2, 10);
        assertNull(query.actor());
        assertEquals("staff.", query.action());
        assertNull(query.clientIp());
        assertEquals(20, query.offset());
    }

    @Test
    void eventTextsAreTrimmedCutAndCleaned() {
        AuditEvent event = AuditEvent.now(ActorKind.ANONYMOUS, " " + "x".repeat(150) + " ", null, "a\nb", null,
                Outcome.FAILURE, null);
        assertEquals(100, event.actor().length());
        assertEquals("", event.clientIp());
        assertEquals("a b", event.action());
        assertEquals(Outcome.DENIED, Outcome.ofStatus(403));
        assertEquals(Outcome.DENIED, Outcome.ofStatus(401));
        assertEquals(Outcome.FAILURE, Outcome.ofStatus(422));
        assertEquals(Outcome.SUCCESS, Outcome.ofStatus(201));
    }
}
