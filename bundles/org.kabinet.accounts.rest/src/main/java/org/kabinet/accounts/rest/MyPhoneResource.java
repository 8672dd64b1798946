package org.kabinet.accounts.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.accounts.api.NotFoundException;
import org.kabinet.accounts.api.PhoneStatus;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.RequestBodies;
import org.kabinet.rest.api.TenantAccess;
import org.kabinet.rest.api.KabinetApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The signed-in tenant's mobile phone and its confirmation by SMS code. */
@Component(service = MyPhoneResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("me/phone")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@TenantAccess
public class MyPhoneResource {
    private final TenantAccounts accounts;

    @Activate
    public MyPhoneResource(@Reference TenantAccounts accounts) {
        this.accounts = accounts;
    }

    record PhoneBody(String phone) {
    }

    record CodeBody(String code) {
    }

    @GET
    public PhoneStatus status(@Context SecurityContext security) {
        return accounts.phoneStatus(Caller.tenant(security).id()).orElseThrow(NotFoundException::new);
    }

    /** Stores the phone and texts it a 6-digit code: 202; 422 {@code phone.invalid}; 429 {@code phone.cooldown}
     * (a minute between codes) or {@code phone.daily} (the day's codes for the number or the tenant are used up). */
    @POST
    @Answers(value = 202, body = PhoneStatus.class)
    public Response phone(@Context SecurityContext security, PhoneBody body) {
        String tenant = Caller.tenant(security).id();
        return Response.accepted(accounts.requestPhoneVerification(tenant, RequestBodies.required(body).phone())).build();
    }

    /** Confirms the phone: 200 {@code {"phone","verified":true}}; 422 {@code phone.code.*}. */
    @POST
    @Path("verification")
    public PhoneStatus verify(@Context SecurityContext security, CodeBody body) {
        return accounts.verifyPhone(Caller.tenant(security).id(), RequestBodies.required(body).code());
    }
}
