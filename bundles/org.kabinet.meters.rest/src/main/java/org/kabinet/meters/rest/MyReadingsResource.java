package org.kabinet.meters.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.meters.api.Meter;
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
 * A reading for any meter of the tenant's, named in the body by id or serial number: the address a
 * smart meter or Home Assistant posts to with a personal token ({@code Authorization: Bearer <token>},
 * scope {@code readings}); a session works too.
 */
@Component(service = MyReadingsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("me/readings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MyReadingsResource {
    private final TenantMeters meters;

    @Activate
    public MyReadingsResource(@Reference TenantMeters meters) {
        this.meters = meters;
    }

    /**
     * {@code {"meter":"<id or serial>","values":[…],"takenOn":"yyyy-MM-dd"}}: 201 ACCEPTED/FLAGGED, 422
     * {@code meters.reading.rejected} with the reason; source TOKEN (by the token's name) or CABINET.
     */
    @POST
    @TenantAccess(tokenScope = MyMetersResource.SCOPE)
    @Answers(value = 201, body = MeterBodies.ReadingBody.class)
    public Response submit(@Context SecurityContext security, MeterBodies.SubmissionBody body) {
        RequestBodies.required(body);
        Caller.Tenant tenant = Caller.tenant(security);
        Meter meter = MeterBodies.pick(meters.allMeters(tenant.id()), body.meter());
        return MeterBodies.submitted(meters.submit(tenant.id(), meter.id(), MeterBodies.submission(body),
                MyMetersResource.source(tenant), MyMetersResource.by(tenant)));
    }
}
