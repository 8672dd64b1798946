package org.kabinet.rest.identity;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.kabinet.registration.api.Authentication;
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

    @Activate
    public SessionsResource(@Reference Authentication authentication) {
        this.authentication = authentication;
    }

    @POST
    @ClientRateLimited
    public Bodies.SessionBody signIn(Bodies.Credentials body) {
        RequestBodies.required(body);
        Session session = authentication.signIn(body.email(), body.password());
        return new Bodies.SessionBody(session.token(), session.email(), session.expiresAt().toString());
    }

    /** Ends the session of the token sent; 204 also for an unknown token, so it may be called twice. */
    @DELETE
    @Path("current")
    public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            authentication.signOut(authorization.substring(7).strip());
        }
        return Response.noContent().build();
    }
}
