package org.kabinet.meters.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.meters.api.TenantMeters;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.TenantAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The meters of one linked account with its submission window as of now. The class path names the view
 * exactly, so {@code /me/accounts/{id}} itself stays with the accounts module. An account not linked: 404.
 */
@Component(service = MyAccountMetersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("me/accounts/{id}/meters")
@Produces(MediaType.APPLICATION_JSON)
@TenantAccess
public class MyAccountMetersResource {
    private final TenantMeters meters;
    private final TenantAccounts accounts;

    @Activate
    public MyAccountMetersResource(@Reference TenantMeters meters, @Reference TenantAccounts accounts) {
        this.meters = meters;
        this.accounts = accounts;
    }

    @GET
    public MeterBodies.AccountMetersBody meters(@Context SecurityContext security, @PathParam("id") String id) {
        String tenant = Caller.tenant(security).id();
        var list = meters.meters(tenant, id).stream()
                .map(m -> MeterBodies.MyMeterBody.of(m, MeterBodies.last(meters.history(tenant, m.id())))).toList();
        var window = MeterBodies.WindowStateBody.of(meters.window(tenant, id));
        LinkedAccount account = accounts.linkedAccount(tenant, id);
        return new MeterBodies.AccountMetersBody(account.id(), account.number(), account.address(), window, list);
    }
}
