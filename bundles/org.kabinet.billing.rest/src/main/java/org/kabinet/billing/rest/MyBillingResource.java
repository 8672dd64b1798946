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

/**
 * What the signed-in tenant owes on a linked account, and why. An account not linked answers 404.
 * The class path names its four views exactly, so that {@code /me/accounts/{id}} itself stays with the
 * accounts module's resource (JAX-RS would otherwise send every {@code /me/accounts/{id}} request here).
 */
@Component(service = MyBillingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("me/accounts/{id}/{view: balance|charges|payments|penalties}")
@Produces(MediaType.APPLICATION_JSON)
@TenantAccess
public class MyBillingResource {
    private final TenantBilling billing;

    @Activate
    public MyBillingResource(@Reference TenantBilling billing) {
        this.billing = billing;
    }

    /** One of the four views, by the last segment of the address. */
    @GET
    public Object view(@Context SecurityContext security, @PathParam("id") String id, @PathParam("view") String view,
                       @QueryParam("from") String from, @QueryParam("to") String to) {
        return switch (view) {
            case "balance" -> balance(security, id);
            case "charges" -> charges(security, id, from, to);
            case "payments" -> payments(security, id, from, to);
            default -> penalties(security, id);
        };
    }

    /** The balance, the amount to pay with пени, the earliest unpaid due date, each period and the month-by-month history. */
    BillingBodies.BalanceBody balance(SecurityContext security, String id) {
        return BillingBodies.BalanceBody.of(billing.ledger(Caller.tenant(security).id(), id));
    }

    /** Charge lines of the periods from {@code from} to {@code to} (yyyy-MM, both optional). */
    List<BillingBodies.ChargeBody> charges(SecurityContext security, String id, String from, String to) {
        YearMonth first = BillingBodies.period(from, "from");
        YearMonth last = BillingBodies.period(to, "to");
        return billing.charges(Caller.tenant(security).id(), id).stream()
                .filter(c -> (first == null || !c.line().period().isBefore(first)) && (last == null || !c.line().period().isAfter(last)))
                .map(BillingBodies.ChargeBody::of).toList();
    }

    /** Payments dated from {@code from} to {@code to} (yyyy-MM-dd, both optional), reversed ones marked. */
    List<BillingBodies.PaymentBody> payments(SecurityContext security, String id, String from, String to) {
        var first = BillingBodies.date(from, "from");
        var last = BillingBodies.date(to, "to");
        return billing.payments(Caller.tenant(security).id(), id).stream()
                .filter(p -> (first == null || !p.payment().paidOn().isBefore(first)) && (last == null || !p.payment().paidOn().isAfter(last)))
                .map(BillingBodies.PaymentBody::of).toList();
    }

    /** пени on each overdue period as of today, stretch by stretch, with the explanation in words. */
    List<BillingBodies.PenaltyBody> penalties(SecurityContext security, String id) {
        return billing.ledger(Caller.tenant(security).id(), id).penalties().stream()
                .map(p -> BillingBodies.penalty(p, PenaltyTexts.explain(p))).toList();
    }
}
