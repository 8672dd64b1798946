package org.kabinet.rest;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.kabinet.accounts.api.LinkRequest;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.registration.api.Authentication;

/** The signed-in tenant's personal accounts. Another tenant's account answers 404 like a missing one. */
@Path("me/accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class MyAccountsResource {
    private final Authentication authentication;
    private final TenantAccounts accounts;

    MyAccountsResource(Authentication authentication, TenantAccounts accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    @GET
    public List<AccountBodies.LinkedBody> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String tenant = BearerToken.require(authentication, authorization).userId();
        return accounts.linked(tenant).stream().map(AccountBodies.LinkedBody::of).toList();
    }

    @GET
    @Path("{id}")
    public AccountBodies.LinkedBody one(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        String tenant = BearerToken.require(authentication, authorization).userId();
        return AccountBodies.LinkedBody.of(accounts.linkedAccount(tenant, id));
    }

    /** Links an account: 201; 422 {@code link.refused} whatever was wrong; 429 {@code link.throttled}. */
    @POST
    public Response link(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, AccountBodies.LinkBody body) {
        String tenant = BearerToken.require(authentication, authorization).userId();
        Bodies.required(body);
        var linked = accounts.link(tenant, new LinkRequest(body.number(), body.city(), body.code(), body.phone()));
        return Response.status(201).entity(AccountBodies.LinkedBody.of(linked)).build();
    }

    @DELETE
    @Path("{id}")
    public Response unlink(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        String tenant = BearerToken.require(authentication, authorization).userId();
        accounts.unlink(tenant, id);
        return Response.noContent().build();
    }
}
