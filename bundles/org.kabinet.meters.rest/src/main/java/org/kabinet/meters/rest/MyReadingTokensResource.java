package org.kabinet.meters.rest;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.meters.api.CreatedToken;
import org.kabinet.meters.api.ReadingTokens;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.RequestBodies;
import org.kabinet.rest.api.TenantAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The tenant's personal tokens for submitting readings: list, create (the secret is in this answer only),
 * revoke. Only with a session: a personal token cannot manage tokens (401).
 */
@Component(service = MyReadingTokensResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("me/reading-tokens")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@TenantAccess
public class MyReadingTokensResource {
    private final ReadingTokens tokens;

    @Activate
    public MyReadingTokensResource(@Reference ReadingTokens tokens) {
        this.tokens = tokens;
    }

    /** The tenant's tokens, revoked and expired ones included, with their last use. */
    @GET
    public List<MeterBodies.TokenBody> list(@Context SecurityContext security) {
        return tokens.tokens(Caller.tenant(security).id()).stream().map(MeterBodies.TokenBody::of).toList();
    }

    /** {@code {"name","expiresOn":"yyyy-MM-dd"}}: 201 with the secret, shown this once and never again. */
    @POST
    @Answers(value = 201, body = MeterBodies.CreatedTokenBody.class)
    public Response create(@Context SecurityContext security, MeterBodies.TokenInput body) {
        RequestBodies.required(body);
        CreatedToken created = tokens.create(Caller.tenant(security).id(), body.name() == null ? null : body.name().strip(),
                MeterBodies.date(body.expiresOn(), "expiresOn"));
        return Response.status(201).entity(MeterBodies.CreatedTokenBody.of(created.token(), created.secret()))
                .header("Cache-Control", "no-store").build();
    }

    /** Revokes the token at once: 204; 404 for a token not the tenant's. */
    @DELETE
    @Path("{id}")
    @Answers(204)
    public Response revoke(@Context SecurityContext security, @PathParam("id") String id) {
        tokens.revoke(Caller.tenant(security).id(), id);
        return Response.noContent().build();
    }
}
