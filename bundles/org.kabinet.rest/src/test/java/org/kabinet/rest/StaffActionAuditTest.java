package org.kabinet.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Principal;
import java.util.Set;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.Test;
import org.kabinet.audit.api.ActorKind;
import org.kabinet.audit.api.AuditEvent;
import org.kabinet.audit.api.Outcome;
import org.kabinet.rest.api.Caller;

/** Staff changes go into the audit trail with the route template and the outcome; reads and tenants do not. */
class StaffActionAuditTest {
    private final RecordingTrail trail = new RecordingTrail();
    private final StaffActionAudit filter = new StaffActionAudit(new RestAudit(trail));

    @Path("/admin/accounts/")
    static class Accounts {
        @POST
        @Path("{id}/codes")
        public void issue() {
        }

        @POST
        public void create() {
        }
    }

    private static SecurityContext as(Principal principal) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Basic";
            }
        };
    }

    @Test
    void theRouteIsTheClassAndMethodTemplates() throws Exception {
        assertEquals("/admin/accounts/{id}/codes", StaffActionAudit.route(Accounts.class, Accounts.class.getMethod("issue")));
        assertEquals("/admin/accounts", StaffActionAudit.route(Accounts.class, Accounts.class.getMethod("create")));
    }

    @Test
    void aStaffPostIsRecordedWithTemplatePathAndOutcome() throws Exception {
        String route = StaffActionAudit.route(Accounts.class, Accounts.class.getMethod("issue"));
        Caller.Staff manager = new Caller.Staff("manager", Set.of("manager"));
        assertTrue(filter.record("POST", route, "/admin/accounts/42/codes", as(manager), 201, "203.0.113.7"));
        assertEquals(new AuditEvent(trail.last().at(), ActorKind.STAFF, "manager", "203.0.113.7",
                "POST /admin/accounts/{id}/codes", "/admin/accounts/42/codes", Outcome.SUCCESS, "HTTP 201"), trail.last());
        filter.record("DELETE", "/admin/x/{id}", "/admin/x/1", as(manager), 422, "203.0.113.7");
        assertEquals(Outcome.FAILURE, trail.last().outcome());
        filter.record("PUT", "/admin/x/{id}", "/admin/x/1", as(manager), 403, "203.0.113.7");
        assertEquals(Outcome.DENIED, trail.last().outcome());
        assertEquals(3, trail.events.size());
    }

    @Test
    void readsAreNotRecorded() {
        Caller.Staff manager = new Caller.Staff("manager", Set.of("manager"));
        assertFalse(filter.record("GET", "/admin/accounts", "/admin/accounts", as(manager), 200, "203.0.113.7"));
        assertFalse(filter.record("HEAD", "/admin/accounts", "/admin/accounts", as(manager), 200, "203.0.113.7"));
        assertFalse(filter.record("OPTIONS", "/admin/accounts", "/admin/accounts", as(manager), 200, "203.0.113.7"));
        assertTrue(trail.events.isEmpty());
    }

    @Test
    void tenantsAndTheAnonymousAreNotRecordedHere() {
        assertFalse(filter.record("POST", "/me/accounts", "/me/accounts", as(new Caller.Tenant("t-1", "anna@example.ru", "tok")),
                201, "203.0.113.7"));
        assertFalse(filter.record("POST", "/feedback", "/feedback", as(null), 202, "203.0.113.7"));
        assertFalse(filter.record("POST", "/feedback", "/feedback", null, 202, "203.0.113.7"));
        assertTrue(trail.events.isEmpty());
    }

    @Test
    void aBrokenTrailNeverFailsTheRequest() {
        StaffActionAudit broken = new StaffActionAudit(new RestAudit(new RecordingTrail() {
            @Override
            public void record(AuditEvent event) {
                throw new IllegalStateException("down");
            }
        }));
        assertTrue(broken.record("POST", "/admin/accounts", "/admin/accounts", as(new Caller.Staff("manager", Set.of("manager"))),
                201, ""));
    }
}
