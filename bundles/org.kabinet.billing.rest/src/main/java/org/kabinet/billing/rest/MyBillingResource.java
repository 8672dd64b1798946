package org.kabinet.billing.rest;

import java.time.YearMonth;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.billing.api.PenaltyTexts;
import org.kabinet.billing.api.TenantBilling;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.TenantAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** What the signed-in tenant owes on a linked account, and why. An account not linked answers 404. */
@Component(service = MyBillingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("me/accounts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@TenantAccess
public class MyBillingResource {
    private final TenantBilling billing;

    @Activate
    public MyBillingResource(@Reference TenantBilling billing) {
        this.billing = billing;
    }

    /** The balance, the amount to pay with пени, the earliest unpaid due date, each period and the month-by-month history. */
    @GET
    @Path("balance")
    public BillingBodies.BalanceBody balance(@Context SecurityContext security, @PathParam("id") String id) {
        return BillingBodies.BalanceBody.of(billing.ledger(Caller.tenant(security).id(), id));
    }

    /** Charge lines of the periods from {@code from} to {@code to} (yyyy-MM, both optional). */
    @GET
    @Path("charges")
    public List<BillingBodies.ChargeBody> charges(@Context SecurityContext security, @PathParam("id") String id,
                                                  @QueryParam("from") String from, @QueryParam("to") String to) {
        YearMonth first = BillingBodies.period(from, "from");
        YearMonth last = BillingBodies.period(to, "to");
        return billing.charges(Caller.tenant(security).id(), id).stream()
                .filter(c -> (first == null || !c.line().period().isBefore(first)) && (last == null || !c.line().period().isAfter(last)))
                .map(BillingBodies.ChargeBody::of).toList();
    }

    /** Payments dated from {@code from} to {@code to} (yyyy-MM-dd, both optional), reversed ones marked. */
    @GET
    @Path("payments")
    public List<BillingBodies.PaymentBody> payments(@Context SecurityContext security, @PathParam("id") String id,
                                                    @QueryParam("from") String from, @QueryParam("to") String to) {
        var first = BillingBodies.date(from, "from");
        var last = BillingBodies.date(to, "to");
        return billing.payments(Caller.tenant(security).id(), id).stream()
                .filter(p -> (first == null || !p.payment().paidOn().isBefore(first)) && (last == null || !p.payment().paidOn().isAfter(last)))
                .map(BillingBodies.PaymentBody::of).toList();
    }

    /** пени on each overdue period as of today, stretch by stretch, with the explanation in words. */
    @GET
    @Path("penalties")
    public List<BillingBodies.PenaltyBody> penalties(@Context SecurityContext security, @PathParam("id") String id) {
        return billing.ledger(Caller.tenant(security).id(), id).penalties().stream()
                .map(p -> BillingBodies.penalty(p, PenaltyTexts.explain(p))).toList();
    }
}
