package org.kabinet.rest;

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

@Path("sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class SessionsResource {
    private final Authentication authentication;

    SessionsResource(Authentication authentication) {
        this.authentication = authentication;
    }

    @POST
    public Bodies.SessionBody signIn(Bodies.Credentials body) {
        Bodies.required(body);
        Session session = authentication.signIn(body.email(), body.password());
        return new Bodies.SessionBody(session.token(), session.email(), session.expiresAt().toString());
    }

    @DELETE
    @Path("current")
    public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        authentication.signOut(BearerToken.of(authorization));
        return Response.noContent().build();
    }
}
