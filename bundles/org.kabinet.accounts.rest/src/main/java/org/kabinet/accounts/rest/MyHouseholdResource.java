package org.kabinet.accounts.rest;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.accounts.api.Household;
import org.kabinet.accounts.api.HouseholdMember;
import org.kabinet.accounts.api.HouseholdMembers;
import org.kabinet.accounts.api.PendingInvitation;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.TenantAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The household of an account the signed-in tenant holds: its members and open invitations, and taking access back. A member
 * of the account gets 403 {@code household.holderOnly}; anyone else 404 as for a missing account.
 */
@Component(service = MyHouseholdResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("me/accounts/{id}/members")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@TenantAccess
public class MyHouseholdResource {
    private final Household household;

    @Activate
    public MyHouseholdResource(@Reference Household household) {
        this.household = household;
    }

    /** @param lastVisit when the member last opened the cabinet's accounts (to 15 minutes), or null */
    record MemberBody(String tenantId, String email, String name, String role, String since, String lastVisit) {
        static MemberBody of(HouseholdMember m) {
            return new MemberBody(m.tenantId(), m.email(), m.name(), m.access().name(), m.since().toString(),
                    m.lastVisit() == null ? null : m.lastVisit().toString());
        }
    }

    record PendingBody(String id, String email, String role, String createdAt, String expiresAt) {
        static PendingBody of(PendingInvitation i) {
            return new PendingBody(i.id(), i.email(), i.access().name(), i.createdAt().toString(), i.expiresAt().toString());
        }
    }

    record HouseholdBody(List<MemberBody> members, List<PendingBody> invitations) {
        static HouseholdBody of(HouseholdMembers h) {
            return new HouseholdBody(h.members().stream().map(MemberBody::of).toList(),
                    h.invitations().stream().map(PendingBody::of).toList());
        }
    }

    @GET
    public HouseholdBody members(@Context SecurityContext security, @PathParam("id") String id) {
        return HouseholdBody.of(household.members(Caller.tenant(security).id(), id));
    }

    /** Ends a member's access at once: 204; 404 for someone who is not a member the tenant invited. */
    @DELETE
    @Path("{member}")
    @Answers(204)
    public Response revoke(@Context SecurityContext security, @PathParam("id") String id, @PathParam("member") String member) {
        household.revoke(Caller.tenant(security).id(), id, member);
        return Response.noContent().build();
    }
}
