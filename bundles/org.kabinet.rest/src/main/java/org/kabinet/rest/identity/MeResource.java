package org.kabinet.rest.identity;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.ConsentText;
import org.kabinet.registration.api.PersonalData;
import org.kabinet.registration.api.Tenant;
import org.kabinet.registration.api.TenantDirectory;
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

/**
 * The signed-in tenant: profile, password, the consent to processing personal data, the export of
 * everything the portal holds about the tenant, and the deletion of the account.
 */
@Component(service = MeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("me")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@TenantAccess
public class MeResource {
    private final Authentication authentication;
    private final TenantDirectory tenants;
    private final PersonalData personalData;

    @Activate
    public MeResource(@Reference Authentication authentication, @Reference TenantDirectory tenants,
                      @Reference PersonalData personalData) {
        this.authentication = authentication;
        this.tenants = tenants;
        this.personalData = personalData;
    }

    @GET
    public MyDataBodies.MeBody me(@Context SecurityContext security) {
        Tenant tenant = tenants.find(Caller.tenant(security).id()).orElseThrow(() -> new javax.ws.rs.NotAuthorizedException("Bearer"));
        return new MyDataBodies.MeBody(tenant.id(), tenant.email(), tenant.confirmed(), tenant.registeredAt().toString(), tenant.name(),
                MyDataBodies.ConsentBody.of(personalData.consent(tenant.id())));
    }

    /** Sets how the tenant wants to be addressed; an empty name clears it. Answers with the name as stored. */
    @PUT
    @Path("name")
    public Bodies.NameBody changeName(@Context SecurityContext security, Bodies.NameBody body) {
        RequestBodies.required(body);
        return new Bodies.NameBody(authentication.changeName(Caller.tenant(security).token(), body.name()));
    }

    /** Changes the password; the caller's session stays, all others end. */
    @PUT
    @Path("password")
    @Answers(204)
    public Response changePassword(@Context SecurityContext security, Bodies.PasswordChangeBody body) {
        RequestBodies.required(body);
        authentication.changePassword(Caller.tenant(security).token(), body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }

    /** The consent text in force (its version is what POST /me/consent takes). */
    @GET
    @Path("consent")
    public MyDataBodies.ConsentTextBody consentText() {
        ConsentText text = personalData.consentText();
        return new MyDataBodies.ConsentTextBody(text.version(), text.text());
    }

    /** Agrees to the consent text of that version (the one in force; another is 422). Answers with the consent as GET /me shows it. */
    @POST
    @Path("consent")
    public MyDataBodies.ConsentBody giveConsent(@Context SecurityContext security, MyDataBodies.ConsentGiven body) {
        RequestBodies.required(body);
        return MyDataBodies.ConsentBody.of(personalData.giveConsent(Caller.tenant(security).id(), body.version()));
    }

    /** Everything the portal holds about the tenant, as a JSON file to keep (never cached). */
    @GET
    @Path("data")
    @Answers(value = 200, body = java.util.Map.class)
    public Response data(@Context SecurityContext security) {
        return Response.ok(personalData.export(Caller.tenant(security).id()), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"my-data.json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The same as a readable PDF. */
    @GET
    @Path("data.pdf")
    @Produces("application/pdf")
    @Answers(value = 200, type = "application/pdf")
    public Response dataPdf(@Context SecurityContext security) {
        return Response.ok(personalData.exportPdf(Caller.tenant(security).id()), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"my-data.pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * Deletes the account after the current password (a wrong one is 422 on the field "password"); withdrawing the
     * consent is this same step. Answers 204; the session used for it ends with all the others.
     */
    @POST
    @Path("deletion")
    @Answers(204)
    public Response delete(@Context SecurityContext security, MyDataBodies.DeletionBody body) {
        RequestBodies.required(body);
        personalData.deleteAccount(Caller.tenant(security).token(), body.password());
        return Response.noContent().build();
    }
}
