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
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.registration.api.Authentication;
import org.kabinet.rest.RestAudit;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.ClientAddress;
import org.kabinet.registration.api.Session;
import org.kabinet.rest.api.ClientRateLimited;
import org.kabinet.rest.api.PublicAccess;
import org.kabinet.rest.api.RequestBodies;
import org.kabinet.rest.api.KabinetApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Tenant sign-in and sign-out. */
@Component(service = SessionsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
public class SessionsResource {
    private final Authentication authentication;
    private final RestAudit audit;

    @Activate
    public SessionsResource(@Reference Authentication authentication, @Reference RestAudit audit) {
        this.authentication = authentication;
        this.audit = audit;
    }

    /** Signs in; the attempt goes into the security audit trail (the address typed, never the password). */
    @POST
    @ClientRateLimited
    public Bodies.SessionBody signIn(@Context HttpServletRequest http, Bodies.Credentials body) {
        RequestBodies.required(body);
        Session session;
        try {
            session = authentication.signIn(body.email(), body.password());
        } catch (KabinetException e) {
            audit.record(ActorKind.ANONYMOUS, body.email(), ClientAddress.of(http), "tenant.signIn", "/sessions", Outcome.FAILURE, e.code());
            throw e;
        }
        audit.record(ActorKind.TENANT, session.email(), ClientAddress.of(http), "tenant.signIn", "/sessions", Outcome.SUCCESS,
                "наниматель " + session.userId());
        return new Bodies.SessionBody(session.token(), session.email(), session.expiresAt().toString());
    }

    /** Ends the session of the token sent; 204 also for an unknown token, so it may be called twice. */
    @DELETE
    @Path("current")
    @Answers(204)
    public Response signOut(@Context HttpServletRequest http, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).strip();
            Optional<Session> session = token.isEmpty() ? Optional.empty() : authentication.session(token);
            authentication.signOut(token);
            session.ifPresent(s -> audit.record(ActorKind.TENANT, s.email(), ClientAddress.of(http), "tenant.signOut",
                    "/sessions/current", Outcome.SUCCESS, "наниматель " + s.userId()));
        }
        return Response.noContent().build();
    }
}
