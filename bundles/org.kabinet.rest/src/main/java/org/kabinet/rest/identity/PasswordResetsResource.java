package org.kabinet.rest.identity;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.kabinet.registration.api.Registration;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.ClientRateLimited;
import org.kabinet.rest.api.PublicAccess;
import org.kabinet.rest.api.RequestBodies;
import org.kabinet.rest.api.KabinetApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Password reset by a mailed link: public, limited per client address. */
@Component(service = PasswordResetsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("password-resets")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
@ClientRateLimited
public class PasswordResetsResource {
    private final Registration registration;

    @Activate
    public PasswordResetsResource(@Reference Registration registration) {
        this.registration = registration;
    }

    /** Mails a reset link; the same 202 for known and unknown addresses. */
    @POST
    @Answers(value = 202, body = Bodies.Accepted.class)
    public Response request(Bodies.EmailBody body) {
        registration.requestPasswordReset(RequestBodies.required(body).email());
        return Response.accepted(new Bodies.Accepted("Если адрес зарегистрирован, мы отправили на него ссылку "
                + "для восстановления пароля. Она действует 30 минут.")).build();
    }

    /** Whether a reset link can still be used: VALID, USED, EXPIRED or UNKNOWN. */
    @GET
    @Path("{token}")
    public Bodies.TokenStateBody state(@PathParam("token") String token) {
        return new Bodies.TokenStateBody(registration.checkResetToken(token).name());
    }

    /** Sets the new password through the link's token; ends every session. */
    @PUT
    @Path("{token}")
    @Answers(204)
    public Response reset(@PathParam("token") String token, Bodies.PasswordBody body) {
        registration.resetPassword(token, RequestBodies.required(body).password());
        return Response.noContent().build();
    }
}
