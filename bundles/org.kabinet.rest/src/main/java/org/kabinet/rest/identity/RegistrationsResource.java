package org.kabinet.rest.identity;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.kabinet.registration.api.Registration;
import org.kabinet.registration.api.SignUp;
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

/** Sign-up and e-mail confirmation: public, and limited per client address where a letter goes out. */
@Component(service = RegistrationsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("registrations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PublicAccess
public class RegistrationsResource {
    private final Registration registration;

    @Activate
    public RegistrationsResource(@Reference Registration registration) {
        this.registration = registration;
    }

    /** Sign-up: 202 with the same answer whether or not the address is known. */
    @POST
    @ClientRateLimited
    @Answers(value = 202, body = Bodies.Accepted.class)
    public Response signUp(Bodies.SignUpBody body) {
        RequestBodies.required(body);
        registration.signUp(new SignUp(body.email(), body.password(), Boolean.TRUE.equals(body.consent())));
        return Response.accepted(new Bodies.Accepted("Мы отправили письмо на адрес " + body.email().strip()
                + ". Откройте ссылку из письма, чтобы завершить регистрацию.")).build();
    }

    /** Confirms an address with the token from the letter's link. */
    @POST
    @Path("confirmations")
    @ClientRateLimited
    public Bodies.ConfirmedBody confirm(Bodies.TokenBody body) {
        String email = registration.confirmEmail(RequestBodies.required(body).token());
        return new Bodies.ConfirmedBody(email, "Регистрация завершена. Теперь можно войти в личный кабинет.");
    }

    /** Sends the confirmation link again (limited per address); the same answer for any address. */
    @POST
    @Path("resend")
    @ClientRateLimited
    @Answers(value = 202, body = Bodies.Accepted.class)
    public Response resend(Bodies.EmailBody body) {
        registration.resendConfirmation(RequestBodies.required(body).email());
        return Response.accepted(new Bodies.Accepted("Если адрес зарегистрирован и ещё не подтверждён, "
                + "мы отправили на него новую ссылку.")).build();
    }
}
