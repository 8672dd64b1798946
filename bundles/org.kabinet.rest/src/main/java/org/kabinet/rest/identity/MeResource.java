package org.kabinet.rest.identity;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.Tenant;
import org.kabinet.registration.api.TenantDirectory;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.RequestBodies;
import org.kabinet.rest.api.TenantAccess;
import org.kabinet.rest.api.KabinetApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The signed-in tenant. */
@Component(service = MeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("me")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@TenantAccess
public class MeResource {
    private final Authentication authentication;
    private final TenantDirectory tenants;

    @Activate
    public MeResource(@Reference Authentication authentication, @Reference TenantDirectory tenants) {
        this.authentication = authentication;
        this.tenants = tenants;
    }

    @GET
    public Bodies.MeBody me(@Context SecurityContext security) {
        Tenant tenant = tenants.find(Caller.tenant(security).id()).orElseThrow(() -> new javax.ws.rs.NotAuthorizedException("Bearer"));
        return new Bodies.MeBody(tenant.id(), tenant.email(), tenant.confirmed(), tenant.registeredAt().toString(), tenant.name());
    }

    /** Sets how the tenant wants to be addressed; an empty name clears it. Answers with the name as stored. */
    @PUT
    @Path("name")
    public Bodies.NameBody changeName(@Context SecurityContext security, Bodies.NameBody body) {
        RequestBodies.required(body);
        return new Bodies.NameBody(authentication.changeName(Caller.tenant(security).token(), body.name()));
    }

    /** Changes the password; the caller's session stays, all others end. */
    @PUT
    @Path("password")
    public Response changePassword(@Context SecurityContext security, Bodies.PasswordChangeBody body) {
        RequestBodies.required(body);
        authentication.changePassword(Caller.tenant(security).token(), body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }
}
