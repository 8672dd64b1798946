package org.kabinet.accounts.rest;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.rest.api.PublicAccess;
import org.kabinet.rest.api.KabinetApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The cities to choose from when linking an account; public. */
@Component(service = CitiesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("cities")
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
public class CitiesResource {
    private final TenantAccounts accounts;

    @Activate
    public CitiesResource(@Reference TenantAccounts accounts) {
        this.accounts = accounts;
    }

    @GET
    public List<AccountBodies.CityBody> cities() {
        return accounts.cities().stream().map(AccountBodies.CityBody::of).toList();
    }
}
