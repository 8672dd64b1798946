package org.kabinet.rest.outbox;

import java.util.List;
import java.util.UUID;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.core.Context;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.paging.Paging;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.api.OutboxAdministration;
import org.kabinet.notifications.api.OutboxEntry;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.RequestBodies;
import org.kabinet.rest.api.StaffAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Staff: outgoing e-mail and SMS, another try for a failed one, and a test SMS (as the console's kabinet:outbox and kabinet:sms-send). */
@Component(service = OutboxResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("admin")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@StaffAccess
public class OutboxResource {
    private static final List<String> CHANNELS = List.of("EMAIL", "SMS", "WEBHOOK");
    private static final List<String> STATES = List.of("PENDING", "SENT", "FAILED");

    private final Outbox outbox;
    private final OutboxAdministration administration;

    @Activate
    public OutboxResource(@Reference Outbox outbox, @Reference OutboxAdministration administration) {
        this.outbox = outbox;
        this.administration = administration;
    }

    record TestSms(String phone, String text) {
    }

    record Queued(String key) {
    }

    /**
     * An outgoing message; times are ISO-8601 instants. For a sent SMS whose provider reports delivery:
     * {@code providerMessageId}, {@code deliveryState} ({@code DELIVERED}, {@code FAILED} = not delivered,
     * null while unknown), {@code deliveryAt} and {@code deliveryDetail} (the provider's words).
     */
    record EntryBody(String id, String key, String channel, String recipient, String text, String state, int attempts,
                     String createdAt, String nextAttemptAt, String sentAt, String lastError,
                     String providerMessageId, String deliveryState, String deliveryAt, String deliveryDetail) {
        static EntryBody of(OutboxEntry e) {
            return new EntryBody(e.id(), e.idempotencyKey(), e.channel(), e.recipient(), e.text(), e.state(), e.attempts(),
                    text(e.createdAt()), text(e.nextAttemptAt()), text(e.sentAt()), e.lastError(),
                    e.providerMessageId(), e.deliveryState(), text(e.deliveryAt()), e.deliveryDetail());
        }

        private static String text(java.time.Instant at) {
            return at == null ? null : at.toString();
        }
    }

    /** How far back the pages of the outbox reach (the list is read from its newest end). */
    static final int PAGED_WINDOW = 10_000;

    /**
     * Newest first: {@code ?channel=EMAIL|SMS|WEBHOOK&state=PENDING|SENT|FAILED}, a page at a time ({@code ?page=} from 0,
     * {@code ?size=} 50 by default, at most 500, over the newest {@value #PAGED_WINDOW}) with a {@code Link} header
     * (first, prev, next); the older {@code ?limit=} (1–500, the newest) still works when neither page nor size is given.
     */
    @GET
    @Path("outbox")
    @Answers(value = 200, body = EntryBody.class, list = true)
    public Response entries(@Context UriInfo uri, @QueryParam("channel") String channel, @QueryParam("state") String state,
                            @QueryParam("limit") Integer limit, @QueryParam("page") String page, @QueryParam("size") String size) {
        String c = choice(channel, CHANNELS, "channel", "outbox.channel");
        String s = choice(state, STATES, "state", "outbox.state");
        if (limit != null && page == null && size == null) {
            if (limit < 1 || limit > 500) {
                throw new ValidationException("limit", "outbox.limit");
            }
            return Response.ok(administration.entries(c, s, limit).stream().map(EntryBody::of).toList()).build();
        }
        Paging paging = Paging.of(page, size);
        if (paging.offset() + paging.size() > PAGED_WINDOW) {
            throw new ValidationException("page", "page.invalid");
        }
        // the outbox's API reads the newest n: a page is cut from them (one row more tells whether a next page exists)
        List<OutboxEntry> newest = administration.entries(c, s, paging.offset() + paging.size() + 1);
        int from = Math.min(paging.offset(), newest.size());
        int to = Math.min(paging.offset() + paging.size(), newest.size());
        return paging.response(newest.subList(from, to).stream().map(EntryBody::of).toList(), uri, newest.size() > to);
    }

    /** A failed message back in the queue: 204; 404 when there is no failed message with that id. */
    @POST
    @Path("outbox/{id}/retry")
    @Answers(204)
    public Response retry(@PathParam("id") String id) {
        if (!administration.retry(id)) {
            throw new NotFoundException("not.found");
        }
        return Response.noContent().build();
    }

    /** Queues a test SMS through the gateway in use (routine: not in quiet hours): 202 {@code {"key"}}. */
    @POST
    @Path("sms")
    @Answers(value = 202, body = Queued.class)
    public Response testSms(TestSms body) {
        RequestBodies.required(body);
        String digits = SmsRequest.phoneDigits(body.phone()).orElseThrow(() -> new ValidationException("phone", "outbox.phone"));
        if (body.text() == null || body.text().isBlank() || body.text().length() > 1000) {
            throw new ValidationException("text", "outbox.text");
        }
        String key = "sms-test:" + UUID.randomUUID();
        outbox.enqueueSms(new SmsRequest(key, digits, body.text().strip()));
        return Response.accepted(new Queued(key)).build();
    }

    private static String choice(String value, List<String> allowed, String field, String code) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String upper = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!allowed.contains(upper)) {
            throw new ValidationException(field, code);
        }
        return upper;
    }
}
