package org.kabinet.billing.rest;

import java.time.YearMonth;
import java.util.Map;
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
import org.kabinet.billing.api.Statement;
import org.kabinet.billing.api.TenantBilling;
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
 * The statement (выписка) of a linked account as a PDF, or e-mailed to the tenant's confirmed address
 * (at most 3 a day per account). {@code from} and {@code to} are months, yyyy-MM; without them the
 * last 12 months up to this one. An account not linked answers 404.
 */
@Component(service = MyStatementResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("me/accounts/{id}/statement")
@TenantAccess
public class MyStatementResource {
    static final String PDF = "application/pdf";
    private final TenantBilling billing;

    @Activate
    public MyStatementResource(@Reference TenantBilling billing) {
        this.billing = billing;
    }

    @GET
    @Produces({PDF, MediaType.APPLICATION_JSON})
    @Answers(value = 200, type = PDF)
    public Response pdf(@Context SecurityContext security, @PathParam("id") String id, @QueryParam("from") String from,
                        @QueryParam("to") String to) {
        Statement statement = billing.statement(Caller.tenant(security).id(), id, month(from, "from"), month(to, "to"));
        return Response.ok(billing.statementPdf(statement), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + billing.statementFileName(statement) + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("email")
    @Produces(MediaType.APPLICATION_JSON)
    @Answers(value = 202, body = java.util.Map.class)
    public Response email(@Context SecurityContext security, @PathParam("id") String id, @QueryParam("from") String from,
                          @QueryParam("to") String to) {
        String address = billing.emailStatement(Caller.tenant(security).id(), id, month(from, "from"), month(to, "to"));
        return Response.status(202).entity(Map.of("sentTo", address)).build();
    }

    private static YearMonth month(String text, String field) {
        return BillingBodies.period(text, field);
    }
}
