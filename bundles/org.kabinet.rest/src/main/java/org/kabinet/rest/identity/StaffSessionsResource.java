package org.kabinet.rest.identity;

import java.util.Optional;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.kabinet.audit.api.ActorKind;
import org.kabinet.audit.api.Outcome;
import org.kabinet.registration.api.AuthenticationFailedException;
import org.kabinet.registration.api.StaffMember;
import org.kabinet.rest.RestAudit;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.ClientAddress;
import org.kabinet.registration.api.StaffAuthentication;
import org.kabinet.registration.api.StaffSession;
import org.kabinet.rest.api.ClientRateLimited;
import org.kabinet.rest.api.PublicAccess;
import org.kabinet.rest.api.RequestBodies;
import org.kabinet.rest.api.KabinetApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Staff sign-in for the API: {@code {"user","password"}} gives a short-lived token for
 * {@code Authorization: Bearer}. An unknown user, a wrong password, a member without the manager
 * role and a throttled name all get the same 401 {@code auth.failed}.
 */
@Component(service = StaffSessionsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("admin/sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
public class StaffSessionsResource {
    private final StaffAuthentication staff;
    private final RestAudit audit;

    @Activate
    public StaffSessionsResource(@Reference StaffAuthentication staff, @Reference RestAudit audit) {
        this.staff = staff;
        this.audit = audit;
    }

    /** Signs in; the attempt goes into the security audit trail (the name typed, never the password). */
    @POST
    @ClientRateLimited
    @Answers(value = 201, body = Bodies.StaffSessionBody.class)
    public Response signIn(@Context HttpServletRequest http, Bodies.StaffCredentials body) {
        RequestBodies.required(body);
        Optional<StaffSession> opened = staff.openSession(body.user(), body.password());
        if (opened.isEmpty()) {
            audit.record(ActorKind.ANONYMOUS, body.user(), ClientAddress.of(http), "staff.signIn", "/admin/sessions",
                    Outcome.FAILURE, "auth.failed");
            throw new AuthenticationFailedException();
        }
        StaffSession session = opened.get();
        audit.record(ActorKind.STAFF, session.member().name(), ClientAddress.of(http), "staff.signIn", "/admin/sessions",
                Outcome.SUCCESS, "REST");
        return Response.status(201).entity(new Bodies.StaffSessionBody(session.token(), session.member().name(),
                session.member().roles(), session.expiresAt().toString())).build();
    }

    @DELETE
    @Path("current")
    @Answers(204)
    public Response signOut(@Context HttpServletRequest http, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).strip();
            Optional<StaffMember> member = token.isEmpty() ? Optional.empty() : staff.session(token);
            staff.closeSession(token);
            member.ifPresent(m -> audit.record(ActorKind.STAFF, m.name(), ClientAddress.of(http), "staff.signOut",
                    "/admin/sessions/current", Outcome.SUCCESS, "REST"));
        }
        return Response.noContent().build();
    }
}
