package org.kabinet.rest;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.kabinet.accounts.api.TenantAccounts;

@Path("cities")
@Produces(MediaType.APPLICATION_JSON)
public final class CitiesResource {
    private final TenantAccounts accounts;

    CitiesResource(TenantAccounts accounts) {
        this.accounts = accounts;
    }

    /** The cities to choose from when linking an account; public. */
    @GET
    public List<AccountBodies.CityBody> cities() {
        return accounts.cities().stream().map(AccountBodies.CityBody::of).toList();
    }
}
