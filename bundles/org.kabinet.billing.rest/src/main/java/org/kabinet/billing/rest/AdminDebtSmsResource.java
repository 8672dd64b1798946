package org.kabinet.billing.rest;

import java.math.BigDecimal;
import java.util.List;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.billing.api.DebtSms;
import org.kabinet.billing.api.DebtSmsRun;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.StaffAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Staff: the monthly debt SMS — its runs, a preview ({@code dryRun=true}: counts and the text, nothing
 * queued) and a run by hand (this month; a tenant who had this month's SMS gets none again).
 */
@Component(service = AdminDebtSmsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@StaffAccess
@Path("admin/debt-sms/runs")
@Produces(MediaType.APPLICATION_JSON)
public class AdminDebtSmsResource {
    private final DebtSms debtSms;

    @Activate
    public AdminDebtSmsResource(@Reference DebtSms debtSms) {
        this.debtSms = debtSms;
    }

    /** A run as JSON: times in ISO-8601 UTC, the month as yyyy-MM, the threshold in roubles. */
    record RunBody(String id, String month, String state, boolean dryRun, String by, String startedAt, String finishedAt,
                   BigDecimal threshold, int debtors, int found, int queued, int alreadyQueued, int noPhone, int switchedOff,
                   int sent, int delivered, int failed, String sampleText) {
        static RunBody of(DebtSmsRun r) {
            return new RunBody(r.id(), r.month().toString(), r.state(), r.dryRun(), r.by(), r.startedAt().toString(),
                    r.finishedAt() == null ? null : r.finishedAt().toString(), r.threshold(), r.debtors(), r.found(), r.queued(),
                    r.alreadyQueued(), r.noPhone(), r.switchedOff(), r.sent(), r.delivered(), r.failed(), r.sampleText());
        }
    }

    @GET
    public List<RunBody> runs(@QueryParam("limit") @DefaultValue("50") int limit) {
        return debtSms.runs(limit).stream().map(RunBody::of).toList();
    }

    @GET
    @Path("{id}")
    public RunBody run(@PathParam("id") String id) {
        return RunBody.of(debtSms.find(id).orElseThrow(() -> new NotFoundException("billing.debtSms.unknown")));
    }

    /** 201 with the finished run; 200 with the preview for {@code dryRun=true}. */
    @POST
    // 201 for a run; 200 (the same body) for the preview, dryRun=true
    @Answers(value = 201, body = RunBody.class)
    public Response start(@Context SecurityContext security, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        DebtSmsRun run = debtSms.run(dryRun, Caller.staff(security).name());
        return Response.status(dryRun ? 200 : 201).entity(RunBody.of(run)).build();
    }
}
