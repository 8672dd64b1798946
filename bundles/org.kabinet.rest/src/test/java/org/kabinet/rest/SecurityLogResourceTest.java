package org.kabinet.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.kabinet.audit.api.ActorKind;
import org.kabinet.audit.api.AuditEvent;
import org.kabinet.audit.api.Outcome;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.kernel.time.PortalTime;

/** The staff's view of the trail over REST: its query parameters and its JSON. */
class SecurityLogResourceTest {
    private static final ZoneId EKB = ZoneId.of("Asia/Yekaterinburg");

    @Test
    void daysAreThePortalsAndToIncludesItsDay() {
        assertEquals(Instant.parse("2026-02-28T19:00:00Z"), SecurityLogResource.instant("2026-03-01", "from", EKB, false));
        assertEquals(Instant.parse("2026-03-01T19:00:00Z"), SecurityLogResource.instant("2026-03-01", "to", EKB, true));
        assertEquals(Instant.parse("2026-03-01T10:00:00Z"), SecurityLogResource.instant(" 2026-03-01T10:00:00Z ", "from", EKB, false));
        assertNull(SecurityLogResource.instant(" ", "from", EKB, false));
        assertEquals("audit.time", assertThrows(ValidationException.class, () -> SecurityLogResource.instant("вчера", "from", EKB, false)).code());
    }

    @Test
    void badOutcomesPagesAndSizesAre422() {
        assertEquals(Outcome.DENIED, SecurityLogResource.outcome("denied"));
        assertEquals("audit.outcome", assertThrows(ValidationException.class, () -> SecurityLogResource.outcome("MAYBE")).code());
        assertEquals("audit.size", assertThrows(ValidationException.class, () -> SecurityLogResource.number("x", 50, "size", "audit.size")).code());
        RecordingTrail trail = new RecordingTrail();
        SecurityLogResource resource = new SecurityLogResource(trail, () -> Clock.system(EKB));
        assertEquals("audit.size", assertThrows(ValidationException.class,
                () -> resource.find(null, null, null, null, null, null, null, "501")).code());
        assertEquals("audit.page", assertThrows(ValidationException.class,
                () -> resource.find(null, null, null, null, null, null, "-1", null)).code());
        // a size given is 1 to 500: 0 is not "the default"
        assertEquals("audit.size", assertThrows(ValidationException.class,
                () -> resource.find(null, null, null, null, null, null, null, "0")).code());
        // a year the database cannot hold is a 422, not an overflow (a 500) further down
        assertEquals("audit.time", assertThrows(ValidationException.class,
                () -> resource.find("+300000000-01-01T00:00:00Z", null, null, null, null, null, null, null)).code());
        assertEquals("audit.time", assertThrows(ValidationException.class,
                () -> SecurityLogResource.instant("-5000-01-01T00:00:00Z", "to", EKB, true)).code());
    }

    @Test
    void eventsAreGivenWithAllTheirFields() {
        RecordingTrail trail = new RecordingTrail();
        trail.record(new AuditEvent(Instant.parse("2026-03-01T10:00:00Z"), ActorKind.STAFF, "manager", "203.0.113.7",
                "staff.signIn", "/admin/sessions", Outcome.SUCCESS, "REST"));
        PortalTime time = () -> Clock.system(EKB);
        SecurityLogResource.PageBody page = new SecurityLogResource(trail, time).find(null, null, null, null, "success", null, null, null);
        assertEquals(new SecurityLogResource.EventBody("2026-03-01T10:00:00Z", "STAFF", "manager", "203.0.113.7", "staff.signIn",
                "/admin/sessions", "SUCCESS", "REST"), page.items().get(0));
        assertEquals(50, page.size());
        assertEquals(1, page.total());
    }

    @Test
    void theNameOfARefusedBasicHeaderIsKeptNeverThePassword() {
        String header = "Basic " + Base64.getEncoder().encodeToString("  manager :pa:ss".getBytes(StandardCharsets.UTF_8));
        assertEquals("manager", AccessFilter.basicName(header));
        assertEquals("", AccessFilter.basicName("Basic !!!"));
        assertEquals("", AccessFilter.basicName("Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes(StandardCharsets.UTF_8))));
    }
}
