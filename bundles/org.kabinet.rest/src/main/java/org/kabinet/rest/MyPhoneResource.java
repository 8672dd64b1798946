package org.kabinet.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.kabinet.accounts.api.NotFoundException;
import org.kabinet.accounts.api.PhoneStatus;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.registration.api.Authentication;

/** The signed-in tenant's mobile phone and its confirmation by SMS code. */
@Path("me/phone")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class MyPhoneResource {
    private final Authentication authentication;
    private final TenantAccounts accounts;

    MyPhoneResource(Authentication authentication, TenantAccounts accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    record PhoneBody(String phone) {
    }

    record CodeBody(String code) {
    }

    @GET
    public PhoneStatus status(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String tenant = BearerToken.require(authentication, authorization).userId();
        return accounts.phoneStatus(tenant).orElseThrow(NotFoundException::new);
    }

    /** Stores the phone and texts it a 6-digit code: 202; 422 {@code phone.invalid}; 429 {@code phone.cooldown}. */
    @POST
    public Response phone(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, PhoneBody body) {
        String tenant = BearerToken.require(authentication, authorization).userId();
        return Response.accepted(accounts.requestPhoneVerification(tenant, Bodies.required(body).phone())).build();
    }

    /** Confirms the phone: 200 {@code {"phone","verified":true}}; 422 {@code phone.code.*}. */
    @POST
    @Path("verification")
    public PhoneStatus verify(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, CodeBody body) {
        String tenant = BearerToken.require(authentication, authorization).userId();
        return accounts.verifyPhone(tenant, Bodies.required(body).code());
    }
}
