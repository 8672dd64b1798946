package org.kabinet.accounts.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.accounts.api.AccountAccess;
import org.kabinet.accounts.api.Household;
import org.kabinet.kernel.error.ValidationException;
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
 * Invitations into the household of an account the signed-in tenant holds. A member of the account gets 403
 * {@code household.holderOnly}; anyone else 404 as for a missing account.
 */
@Component(service = MyInvitationsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("me/accounts/{id}/invitations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@TenantAccess
public class MyInvitationsResource {
    private final Household household;

    @Activate
    public MyInvitationsResource(@Reference Household household) {
        this.household = household;
    }

    /** @param role {@code VIEW} or {@code FULL} */
    record InvitationBody(String email, String role) {
    }

    record MessageBody(String message) {
    }

    /**
     * Invites an address: 202 with the same message for any address (an unknown one, a tenant's, a member's); 422
     * {@code invitation.email} / {@code invitation.role} / {@code household.full}; 429 {@code invitation.daily}.
     */
    @POST
    @Answers(value = 202, body = MessageBody.class)
    public Response invite(@Context SecurityContext security, @PathParam("id") String id, InvitationBody body) {
        InvitationBody invitation = RequestBodies.required(body);
        household.invite(Caller.tenant(security).id(), id, invitation.email(), role(invitation.role()));
        return Response.accepted(new MessageBody("Приглашение отправлено. Ссылка в письме действует 7 дней.")).build();
    }

    /** Withdraws an open invitation: 204; 404 for one that is not open. */
    @DELETE
    @Path("{invitation}")
    @Answers(204)
    public Response cancel(@Context SecurityContext security, @PathParam("id") String id, @PathParam("invitation") String invitation) {
        household.cancelInvitation(Caller.tenant(security).id(), id, invitation);
        return Response.noContent().build();
    }

    static AccountAccess role(String role) {
        if ("VIEW".equals(role)) {
            return AccountAccess.VIEW;
        }
        if ("FULL".equals(role)) {
            return AccountAccess.FULL;
        }
        throw new ValidationException("role", "invitation.role");
    }
}
