package org.kabinet.communication.rest;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.kabinet.communication.api.Feedback;
import org.kabinet.communication.api.FeedbackForm;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.Session;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.ClientAddress;
import org.kabinet.rest.api.ClientRateLimited;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.PublicAccess;
import org.kabinet.rest.api.RequestBodies;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The feedback form, open to anyone: the core's per-address bucket first ({@code @ClientRateLimited}),
 * then the module's own limit per client address and per contact. The client's address is the one the
 * core's access filter established ({@link ClientAddress}). A tenant who sends it signed in (a session's Bearer token) is
 * linked to it; any other token is ignored, the form is taken all the same.
 */
@Component(service = FeedbackResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("feedback")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackResource {
    private final Feedback feedback;
    private final Authentication sessions;

    @Activate
    public FeedbackResource(@Reference Feedback feedback, @Reference Authentication sessions) {
        this.feedback = feedback;
        this.sessions = sessions;
    }

    /**
     * {@code {"name", "contact", "text", "website"}} ({@code website} stays empty: people do not see it): 202
     * {@code {"number": "О-2026-00042"}}, the number to quote.
     */
    @Answers(value = 202, body = CommunicationBodies.NumberBody.class)
    @POST
    @PublicAccess
    @ClientRateLimited
    public Response submit(@Context HttpServletRequest http, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           CommunicationBodies.FeedbackBody body) {
        RequestBodies.required(body);
        String client = ClientAddress.of(http);
        String tenant = tenant(authorization);
        String number = feedback.submit(new FeedbackForm(body.name(), body.contact(), body.text(), body.website(), tenant, client));
        return Response.status(202).entity(new CommunicationBodies.NumberBody(number)).build();
    }

    /** The tenant of a live session's Bearer token, or null for none, a stale one or anything else. */
    private String tenant(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).strip();
        return token.isEmpty() ? null : sessions.session(token).map(Session::userId).orElse(null);
    }
}
