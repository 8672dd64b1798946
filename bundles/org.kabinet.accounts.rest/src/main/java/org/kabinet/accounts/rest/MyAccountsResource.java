package org.kabinet.accounts.rest;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Context;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.ClientAddress;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.accounts.api.LinkRequest;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.RequestBodies;
import org.kabinet.rest.api.TenantAccess;
import org.kabinet.rest.api.KabinetApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The signed-in tenant's personal accounts. Another tenant's account answers 404 like a missing one. */
@Component(service = MyAccountsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("me/accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@TenantAccess
public class MyAccountsResource {
    private final TenantAccounts accounts;

    @Activate
    public MyAccountsResource(@Reference TenantAccounts accounts) {
        this.accounts = accounts;
    }

    @GET
    public List<AccountBodies.LinkedBody> list(@Context SecurityContext security) {
        return accounts.linked(Caller.tenant(security).id()).stream().map(AccountBodies.LinkedBody::of).toList();
    }

    @GET
    @Path("{id}")
    public AccountBodies.LinkedBody one(@Context SecurityContext security, @PathParam("id") String id) {
        return AccountBodies.LinkedBody.of(accounts.linkedAccount(Caller.tenant(security).id(), id));
    }

    /**
     * Links an account: 201; 422 {@code link.refused} whatever was wrong; 429 {@code link.throttled} alike for
     * existing and unknown numbers. The throttle counts failures per (city, number), per tenant and per client
     * address (the core's {@link ClientAddress}: the peer, or the trusted proxy's last {@code X-Forwarded-For} hop).
     */
    @POST
    @Answers(value = 201, body = AccountBodies.LinkedBody.class)
    public Response link(@Context SecurityContext security, @Context HttpServletRequest http, AccountBodies.LinkBody body) {
        String tenant = Caller.tenant(security).id();
        RequestBodies.required(body);
        var linked = accounts.link(tenant, new LinkRequest(body.number(), body.city(), body.code(), body.phone()), ClientAddress.of(http));
        return Response.status(201).entity(AccountBodies.LinkedBody.of(linked)).build();
    }

    @DELETE
    @Path("{id}")
    @Answers(204)
    public Response unlink(@Context SecurityContext security, @PathParam("id") String id) {
        accounts.unlink(Caller.tenant(security).id(), id);
        return Response.noContent().build();
    }
}
