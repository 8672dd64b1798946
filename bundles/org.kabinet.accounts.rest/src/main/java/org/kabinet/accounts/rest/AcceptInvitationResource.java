package org.kabinet.accounts.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.accounts.api.Household;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.RequestBodies;
import org.kabinet.rest.api.TenantAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The signed-in tenant accepts an invitation from the link's token. */
@Component(service = AcceptInvitationResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("me/invitations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@TenantAccess
public class AcceptInvitationResource {
    private final Household household;

    @Activate
    public AcceptInvitationResource(@Reference Household household) {
        this.household = household;
    }

    record TokenBody(String token) {
    }

    /**
     * Accepts: 200 the account as {@code GET /me/accounts/{id}} shows it; 410 {@code invitation.unknown|used|expired};
     * 403 {@code invitation.otherEmail}; 422 {@code invitation.alreadyLinked} / {@code household.full}.
     */
    @POST
    public AccountBodies.LinkedBody accept(@Context SecurityContext security, TokenBody body) {
        return AccountBodies.LinkedBody.of(household.accept(Caller.tenant(security).id(), RequestBodies.required(body).token()));
    }
}
