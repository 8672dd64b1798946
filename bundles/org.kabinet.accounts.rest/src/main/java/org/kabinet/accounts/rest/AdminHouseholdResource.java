package org.kabinet.accounts.rest;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.kabinet.accounts.api.Household;
import org.kabinet.accounts.api.HouseholdMember;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.StaffAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Staff: who sees a personal account — its holders and their household members. */
@Component(service = AdminHouseholdResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("admin/accounts/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@StaffAccess
public class AdminHouseholdResource {
    private final Household household;

    @Activate
    public AdminHouseholdResource(@Reference Household household) {
        this.household = household;
    }

    /** @param grantedBy the tenant id of the holder who invited a member; null for a holder */
    record PersonBody(String tenantId, String email, String name, String role, String since, String lastVisit, String grantedBy) {
        static PersonBody of(HouseholdMember m) {
            return new PersonBody(m.tenantId(), m.email(), m.name(), m.access().name(), m.since().toString(),
                    m.lastVisit() == null ? null : m.lastVisit().toString(), m.grantedBy());
        }
    }

    /** Holders first, then members, each oldest first; 404 for an unknown account. */
    @GET
    public List<PersonBody> everyone(@PathParam("id") String id) {
        return household.everyone(id).stream().map(PersonBody::of).toList();
    }
}
