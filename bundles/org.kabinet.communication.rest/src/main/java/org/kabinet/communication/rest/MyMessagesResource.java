package org.kabinet.communication.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.communication.api.TenantAnnouncements;
import org.kabinet.communication.api.TenantMessages;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.RequestBodies;
import org.kabinet.rest.api.TenantAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * A tenant's messages to the company (обращения): the list, a new message, a thread with its posts,
 * a reply, closing, and what is unread. Only the tenant's own threads: any other is 404.
 */
@Component(service = MyMessagesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("me/messages")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@TenantAccess
public class MyMessagesResource {
    private final TenantMessages messages;
    /** For the announcements badge of {@code unread}; without the announcements part it counts 0. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile TenantAnnouncements announcements;

    @Activate
    public MyMessagesResource(@Reference TenantMessages messages) {
        this.messages = messages;
    }

    MyMessagesResource(TenantMessages messages, TenantAnnouncements announcements) {
        this(messages);
        this.announcements = announcements;
    }

    /** The tenant's threads, latest activity first. */
    @GET
    public List<CommunicationBodies.ThreadSummaryBody> threads(@Context SecurityContext security) {
        return messages.threads(Caller.tenant(security).id()).stream().map(CommunicationBodies.ThreadSummaryBody::of).toList();
    }

    /**
     * {@code {"accountId"?, "topic", "text", "attachmentIds"?}}: 201 with the new thread and its address in
     * {@code Location}; {@code topic} is CHARGES, READINGS, REPAIR, DOCUMENTS or OTHER.
     */
    @Answers(value = 201, body = CommunicationBodies.ThreadDetailsBody.class)
    @POST
    public Response write(@Context SecurityContext security, CommunicationBodies.NewMessageBody body) {
        RequestBodies.required(body);
        ThreadDetails thread = messages.write(Caller.tenant(security).id(), body.toMessage());
        return Response.status(201).header("Location", location("me/messages", thread.summary().id()))
                .entity(CommunicationBodies.ThreadDetailsBody.of(thread)).build();
    }

    /** {@code {"messages": threads with an unopened staff post, "announcements": unread announcements}}: the badges. */
    @GET
    @Path("unread")
    public CommunicationBodies.UnreadBody unread(@Context SecurityContext security) {
        String tenant = Caller.tenant(security).id();
        TenantAnnouncements news = announcements;
        return new CommunicationBodies.UnreadBody(messages.unread(tenant), news == null ? 0 : news.unread(tenant));
    }

    /** The thread with its posts; opening it marks the staff's posts read. */
    @GET
    @Path("{id}")
    public CommunicationBodies.ThreadDetailsBody thread(@Context SecurityContext security, @PathParam("id") String id) {
        return CommunicationBodies.ThreadDetailsBody.of(messages.thread(Caller.tenant(security).id(), id));
    }

    /** {@code {"text", "attachmentIds"?}}: 201 with the thread; an answered or closed thread is in progress again. */
    @Answers(value = 201, body = CommunicationBodies.ThreadDetailsBody.class)
    @POST
    @Path("{id}/replies")
    public Response reply(@Context SecurityContext security, @PathParam("id") String id, CommunicationBodies.ReplyBody body) {
        RequestBodies.required(body);
        ThreadDetails thread = messages.reply(Caller.tenant(security).id(), id, body.text(), body.attachments());
        return Response.status(201).entity(CommunicationBodies.ThreadDetailsBody.of(thread)).build();
    }

    /** The tenant closes the thread: nothing more to ask. */
    @POST
    @Path("{id}/close")
    public CommunicationBodies.ThreadDetailsBody close(@Context SecurityContext security, @PathParam("id") String id) {
        return CommunicationBodies.ThreadDetailsBody.of(messages.close(Caller.tenant(security).id(), id));
    }

    /** The address of something new under the API, path-absolute so it holds behind a reverse proxy. */
    static String location(String collection, String id) {
        return KabinetApi.BASE + "/" + collection + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
