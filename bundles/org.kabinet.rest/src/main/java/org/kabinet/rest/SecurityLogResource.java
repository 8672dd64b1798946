package org.kabinet.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.kabinet.audit.api.AuditEvent;
import org.kabinet.audit.api.AuditPage;
import org.kabinet.audit.api.AuditQuery;
import org.kabinet.audit.api.AuditTrail;
import org.kabinet.audit.api.Outcome;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.StaffAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Staff: the security audit trail, newest first, at {@code /admin/security-log} ({@code /admin/audit} is the
 * accounts module's trail of links and codes). {@code from}/{@code to} are ISO instants
 * ({@code 2026-03-01T10:00:00Z}) or the portal's days ({@code 2026-03-01}; {@code to} then includes that
 * day); {@code actor} exact (any case), {@code action} a prefix, {@code outcome} SUCCESS, FAILURE or DENIED,
 * {@code ip} exact; {@code page} from 0, {@code size} 1–500 (50).
 */
@Component(service = SecurityLogResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("admin/security-log")
@Produces(MediaType.APPLICATION_JSON)
@StaffAccess
public class SecurityLogResource {
    private final AuditTrail trail;
    private final PortalTime time;

    @Activate
    public SecurityLogResource(@Reference AuditTrail trail, @Reference PortalTime time) {
        this.trail = trail;
        this.time = time;
    }

    /** One event: {@code at} an ISO instant. */
    public record EventBody(String at, String actorKind, String actor, String clientIp, String action, String target,
                            String outcome, String detail) {
        static EventBody of(AuditEvent e) {
            return new EventBody(e.at().toString(), e.actorKind().name(), e.actor(), e.clientIp(), e.action(), e.target(),
                    e.outcome().name(), e.detail());
        }
    }

    public record PageBody(List<EventBody> items, int page, int size, long total) {
    }

    @GET
    public PageBody find(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("actor") String actor,
                         @QueryParam("action") String action, @QueryParam("outcome") String outcome, @QueryParam("ip") String ip,
                         @QueryParam("page") String page, @QueryParam("size") String size) {
        ZoneId zone = time.zone();
        AuditQuery query = new AuditQuery(instant(from, "from", zone, false), instant(to, "to", zone, true), actor, action,
                outcome(outcome), ip, number(page, 0, "page", "audit.page"), number(size, AuditQuery.DEFAULT_SIZE, "size", "audit.size"));
        AuditPage found = trail.find(query);
        return new PageBody(found.items().stream().map(EventBody::of).toList(), found.page(), found.size(), found.total());
    }

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** An ISO instant, or a day in the zone: its start ({@code from}) or the start of the next day ({@code to}). */
    static Instant instant(String text, String field, ZoneId zone, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            Instant instant = Instant.parse(value);
            // years the database can store (a year 300000000 parses, then overflows milliseconds: a 500 before)
            if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                throw new ValidationException(field, "audit.time");
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "audit.time");
        }
    }

    static Outcome outcome(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Outcome.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("outcome", "audit.outcome");
        }
    }

    static int number(String text, int absent, String field, String code) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, code, AuditQuery.MAX_SIZE);
        }
        if (field.equals("size") && value < 1) {
            // given, it is 1 to 500 (the query reads an absent size as 0)
            throw new ValidationException(field, code, AuditQuery.MAX_SIZE);
        }
        return value;
    }
}
