package org.kabinet.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.kabinet.registration.api.Registration;
import org.kabinet.registration.api.SignUp;

@Path("registrations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class RegistrationsResource {
    private final Registration registration;

    RegistrationsResource(Registration registration) {
        this.registration = registration;
    }

    /** Sign-up: 202 with the same answer whether or not the address is known. */
    @POST
    public Response signUp(Bodies.SignUpBody body) {
        Bodies.required(body);
        registration.signUp(new SignUp(body.email(), body.password(), Boolean.TRUE.equals(body.consent())));
        return Response.accepted(new Bodies.Accepted("Мы отправили письмо на адрес " + body.email().strip()
                + ". Откройте ссылку из письма, чтобы завершить регистрацию.")).build();
    }

    /** Confirms an address with the token from the letter's link. */
    @POST
    @Path("confirmations")
    public Bodies.ConfirmedBody confirm(Bodies.TokenBody body) {
        String email = registration.confirmEmail(Bodies.required(body).token());
        return new Bodies.ConfirmedBody(email, "Регистрация завершена. Теперь можно войти в личный кабинет.");
    }

    /** Sends the confirmation link again (limited per address); the same answer for any address. */
    @POST
    @Path("resend")
    public Response resend(Bodies.EmailBody body) {
        registration.resendConfirmation(Bodies.required(body).email());
        return Response.accepted(new Bodies.Accepted("Если адрес зарегистрирован и ещё не подтверждён, "
                + "мы отправили на него новую ссылку.")).build();
    }
}
