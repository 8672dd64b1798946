package org.kabinet.meters.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.ReadingSource;
import org.kabinet.meters.api.TenantMeters;
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
 * The signed-in tenant's meters: the list (also for a personal token of scope {@code readings}), a
 * meter's history, consumption by month, what a reading would do before it is sent, sending it, naming
 * the meter. Another tenant's meter answers 404 like a missing one.
 */
@Component(service = MyMetersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("me/meters")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@TenantAccess
public class MyMetersResource {
    /** The personal-token scope of the calls a tenant's own device may make. */
    static final String SCOPE = "readings";

    private final TenantMeters meters;
    private final TenantAccounts accounts;

    @Activate
    public MyMetersResource(@Reference TenantMeters meters, @Reference TenantAccounts accounts) {
        this.meters = meters;
        this.accounts = accounts;
    }

    /** Every meter of the tenant's accounts, account by account, each account with its number and window. */
    @GET
    @TenantAccess(tokenScope = SCOPE)
    public List<MeterBodies.AccountMetersBody> all(@Context SecurityContext security) {
        String tenant = Caller.tenant(security).id();
        Map<String, List<MeterBodies.MyMeterBody>> byAccount = new LinkedHashMap<>();
        for (Meter m : meters.allMeters(tenant)) {
            byAccount.computeIfAbsent(m.accountId(), a -> new ArrayList<>())
                    .add(MeterBodies.MyMeterBody.of(m, MeterBodies.last(meters.history(tenant, m.id()))));
        }
        List<MeterBodies.AccountMetersBody> answer = new ArrayList<>();
        for (LinkedAccount account : accounts.linked(tenant)) {
            List<MeterBodies.MyMeterBody> of = byAccount.get(account.id());
            if (of != null) {
                answer.add(new MeterBodies.AccountMetersBody(account.id(), account.number(), account.address(),
                        MeterBodies.WindowStateBody.of(meters.window(tenant, account.id())), of));
            }
        }
        return answer;
    }

    /** The meter's readings, newest first, replaced ones included ({@code current: false}). */
    @GET
    @Path("{id}/readings")
    public List<MeterBodies.ReadingBody> history(@Context SecurityContext security, @PathParam("id") String id) {
        return meters.history(Caller.tenant(security).id(), id).stream().map(MeterBodies.ReadingBody::of).toList();
    }

    /** Consumption of the last {@code months} periods (12 by default, up to 120), oldest first, with how each is known. */
    @GET
    @Path("{id}/consumption")
    public List<MeterBodies.ConsumptionBody> consumption(@Context SecurityContext security, @PathParam("id") String id,
                                                         @QueryParam("months") Integer months) {
        return meters.consumption(Caller.tenant(security).id(), id, MeterBodies.months(months)).stream()
                .map(MeterBodies.ConsumptionBody::of).toList();
    }

    /** What a reading taken on {@code takenOn} (today when left out) and sent now would count for, told before sending. */
    @GET
    @Path("{id}/preview")
    public MeterBodies.PreviewBody preview(@Context SecurityContext security, @PathParam("id") String id,
                                           @QueryParam("takenOn") String takenOn) {
        return MeterBodies.PreviewBody.of(meters.preview(Caller.tenant(security).id(), id, MeterBodies.date(takenOn, "takenOn")));
    }

    /** Sends a reading from the cabinet: 201 ACCEPTED/FLAGGED, 422 {@code meters.reading.rejected} with the reason. */
    @POST
    @Path("{id}/readings")
    @Answers(value = 201, body = MeterBodies.ReadingBody.class)
    public Response submit(@Context SecurityContext security, @PathParam("id") String id, MeterBodies.SubmissionBody body) {
        RequestBodies.required(body);
        Caller.Tenant tenant = Caller.tenant(security);
        return MeterBodies.submitted(meters.submit(tenant.id(), id, MeterBodies.submission(body), source(tenant), by(tenant)));
    }

    /** The tenant's own name for the meter («кухня»); empty removes it. */
    @PUT
    @Path("{id}/name")
    public MeterBodies.MeterBody rename(@Context SecurityContext security, @PathParam("id") String id, MeterBodies.NameBody body) {
        RequestBodies.required(body);
        return MeterBodies.MeterBody.of(meters.rename(Caller.tenant(security).id(), id, body.name() == null ? "" : body.name()));
    }

    static ReadingSource source(Caller.Tenant tenant) {
        return tenant.viaPersonalToken() ? ReadingSource.TOKEN : ReadingSource.CABINET;
    }

    /** Who sent it, as the history shows it: the token's name, or the tenant. */
    static String by(Caller.Tenant tenant) {
        return tenant.viaPersonalToken() ? tenant.personalToken() : tenant.id();
    }
}
