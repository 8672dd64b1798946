package org.kabinet.rest.outbox;

import java.util.List;
import java.util.Set;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.notifications.api.WebhookAdministration;
import org.kabinet.notifications.api.WebhookEndpoint;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.RequestBodies;
import org.kabinet.rest.api.StaffAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Administrators: the webhook endpoints integrators receive events at. The deliveries are in the outbox
 * ({@code GET /api/v1/admin/outbox?channel=WEBHOOK}).
 */
@Component(service = WebhooksResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("admin/webhooks")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@StaffAccess(role = "admin")
public class WebhooksResource {
    private final WebhookAdministration webhooks;

    @Activate
    public WebhooksResource(@Reference WebhookAdministration webhooks) {
        this.webhooks = webhooks;
    }

    /** A new endpoint: its https URL, the event types it hears, and what it is (optional). */
    record NewEndpoint(String url, List<String> events, String description) {
    }

    /** An endpoint; {@code secret} (to check signatures) only in the answer that added it. */
    record EndpointBody(String id, String url, List<String> events, String description, String createdAt, String createdBy,
                        String secret) {
        static EndpointBody of(WebhookEndpoint e, String secret) {
            return new EndpointBody(e.id(), e.url(), e.events().stream().sorted().toList(), e.description(),
                    e.createdAt().toString(), e.createdBy(), secret);
        }
    }

    @GET
    @Answers(value = 200, body = EndpointBody.class, list = true)
    public Response list() {
        return Response.ok(webhooks.endpoints().stream().map(e -> EndpointBody.of(e, null)).toList()).build();
    }

    /** 201 with the endpoint and its signing secret, shown this once; 422 naming the bad field. */
    @POST
    @Answers(value = 201, body = EndpointBody.class)
    public Response add(@Context SecurityContext security, NewEndpoint body) {
        RequestBodies.required(body);
        Set<String> events = body.events() == null ? Set.of() : Set.copyOf(body.events().stream()
                .map(e -> e == null ? "" : e).toList());
        WebhookAdministration.Added added = webhooks.add(body.url(), events, body.description(), Caller.staff(security).name());
        return Response.status(Response.Status.CREATED).entity(EndpointBody.of(added.endpoint(), added.secret())).build();
    }

    /** 204; 404 when there is no such endpoint. What still waits for it is not delivered. */
    @DELETE
    @Path("{id}")
    @Answers(204)
    public Response remove(@Context SecurityContext security, @PathParam("id") String id) {
        if (!webhooks.remove(id, Caller.staff(security).name())) {
            throw new NotFoundException("not.found");
        }
        return Response.noContent().build();
    }
}
