package org.kabinet.accounts.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.kabinet.accounts.api.Household;
import org.kabinet.accounts.api.InvitationPreview;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.PublicAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** What an invitation link offers, for anyone holding the link (accepting it: {@link AcceptInvitationResource}). */
@Component(service = InvitationLinksResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("invitations/{token}")
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
public class InvitationLinksResource {
    private final Household household;

    @Activate
    public InvitationLinksResource(@Reference Household household) {
        this.household = household;
    }

    /** Only {@code state} unless it is {@code VALID}. */
    record PreviewBody(String state, String accountNumber, String address, String from, String role, String email) {
        static PreviewBody of(InvitationPreview p) {
            return new PreviewBody(p.state().name(), p.accountNumber(), p.address(), p.from(),
                    p.access() == null ? null : p.access().name(), p.maskedEmail());
        }
    }

    @GET
    public PreviewBody preview(@PathParam("token") String token) {
        return PreviewBody.of(household.preview(token));
    }
}
