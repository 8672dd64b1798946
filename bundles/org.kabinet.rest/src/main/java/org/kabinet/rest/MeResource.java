package org.kabinet.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.Session;
import org.kabinet.registration.api.Tenant;
import org.kabinet.registration.api.TenantDirectory;

@Path("me")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class MeResource {
    private final Authentication authentication;
    private final TenantDirectory tenants;

    MeResource(Authentication authentication, TenantDirectory tenants) {
        this.authentication = authentication;
        this.tenants = tenants;
    }

    @GET
    public Bodies.MeBody me(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Session session = BearerToken.require(authentication, authorization);
        Tenant tenant = tenants.find(session.userId()).orElseThrow();
        return new Bodies.MeBody(tenant.id(), tenant.email(), tenant.confirmed(), tenant.registeredAt().toString());
    }

    /** Changes the password; the caller's session stays, all others end. */
    @PUT
    @Path("password")
    public Response changePassword(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                   Bodies.PasswordChangeBody body) {
        BearerToken.require(authentication, authorization);
        Bodies.required(body);
        authentication.changePassword(BearerToken.of(authorization), body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }
}
