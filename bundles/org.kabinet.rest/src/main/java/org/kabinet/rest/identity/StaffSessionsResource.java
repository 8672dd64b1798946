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
import org.kabinet.registration.api.AuthenticationFailedException;
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

    @Activate
    public StaffSessionsResource(@Reference StaffAuthentication staff) {
        this.staff = staff;
    }

    @POST
    @ClientRateLimited
    public Response signIn(Bodies.StaffCredentials body) {
        RequestBodies.required(body);
        StaffSession session = staff.openSession(body.user(), body.password()).orElseThrow(AuthenticationFailedException::new);
        return Response.status(201).entity(new Bodies.StaffSessionBody(session.token(), session.member().name(),
                session.member().roles(), session.expiresAt().toString())).build();
    }

    @DELETE
    @Path("current")
    public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            staff.closeSession(authorization.substring(7).strip());
        }
        return Response.noContent().build();
    }
}
