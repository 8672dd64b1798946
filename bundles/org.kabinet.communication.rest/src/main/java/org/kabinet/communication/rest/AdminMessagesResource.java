package org.kabinet.communication.rest;

import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.kabinet.rest.api.paging.Paging;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.communication.api.InboxCounts;
import org.kabinet.communication.api.InboxFilter;
import org.kabinet.communication.api.MessageAdministration;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.Topic;
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

/** The company's inbox for staff: tenants' messages and feedback, answers and internal notes, assignment, status. */
@Component(service = AdminMessagesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("admin/messages")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@StaffAccess(role = "manager")
public class AdminMessagesResource {
    private final MessageAdministration inbox;

    @Activate
    public AdminMessagesResource(@Reference MessageAdministration inbox) {
        this.inbox = inbox;
    }

    /**
     * Threads, newest activity first. Filters (all optional): {@code status} NEW/IN_PROGRESS/ANSWERED/CLOSED,
     * {@code topic}, {@code assignee} (a name, or {@code -} for nobody), {@code feedback} true/false,
     * {@code q} (part of the number, subject, account number or contact). A page at a time: {@code ?page=} from 0,
     * {@code ?size=} 50 by default, at most 500, with {@code X-Total-Count} and {@code Link}; the older
     * {@code limit} 1–500 (the newest threads) still works when neither page nor size is given.
     */
    @Answers(value = 200, body = CommunicationBodies.ThreadSummaryBody.class, list = true)
    @GET
    public Response inbox(@Context UriInfo uri, @QueryParam("status") String status, @QueryParam("topic") String topic,
                          @QueryParam("assignee") String assignee, @QueryParam("feedback") String feedback, @QueryParam("q") String q,
                          @QueryParam("limit") String limit, @QueryParam("page") String page, @QueryParam("size") String size) {
        InboxFilter filter = new InboxFilter(CommunicationBodies.named(ThreadStatus.class, status, "status"),
                CommunicationBodies.named(Topic.class, topic, "topic"), CommunicationBodies.trimmed(assignee),
                CommunicationBodies.flag(feedback, "feedback"), CommunicationBodies.trimmed(q), CommunicationBodies.limit(limit));
        if (limit != null && page == null && size == null) {
            int total = inbox.countInbox(filter);
            return Response.ok(inbox.inbox(filter).stream().map(CommunicationBodies.ThreadSummaryBody::of).toList())
                    .header("X-Total-Count", total).build();
        }
        Paging paging = Paging.of(page, size);
        return paging.response(inbox.inbox(filter, paging.offset(), paging.size()).stream().map(CommunicationBodies.ThreadSummaryBody::of)
                .toList(), uri, inbox.countInbox(filter));
    }

    /** Threads per status and those with a tenant's post staff have not opened. */
    @GET
    @Path("counts")
    public InboxCounts counts() {
        return inbox.counts();
    }

    /** The thread with every post, internal notes included; opening it marks the tenant's posts read for staff. */
    @GET
    @Path("{id}")
    public CommunicationBodies.ThreadDetailsBody thread(@PathParam("id") String id) {
        return CommunicationBodies.ThreadDetailsBody.of(inbox.thread(id));
    }

    /**
     * {@code {"text", "attachmentIds"?, "internal"?}}: 201 with the thread. An answer is mailed to the tenant;
     * {@code internal: true} is a note among staff the tenant never sees.
     */
    @Answers(value = 201, body = CommunicationBodies.ThreadDetailsBody.class)
    @POST
    @Path("{id}/answers")
    public Response answer(@Context SecurityContext security, @PathParam("id") String id, CommunicationBodies.AnswerBody body) {
        RequestBodies.required(body);
        return Response.status(201).entity(CommunicationBodies.ThreadDetailsBody.of(
                inbox.answer(Caller.staff(security).name(), id, body.text(), body.attachments(), body.isInternal()))).build();
    }

    /** {@code {"assignee": "<staff member>"}} or {@code {"assignee": null}} for nobody; a new thread is in progress then. */
    @PUT
    @Path("{id}/assignee")
    public CommunicationBodies.ThreadDetailsBody assign(@Context SecurityContext security, @PathParam("id") String id,
                                                        CommunicationBodies.AssigneeBody body) {
        RequestBodies.required(body);
        return CommunicationBodies.ThreadDetailsBody.of(
                inbox.assign(Caller.staff(security).name(), id, CommunicationBodies.trimmed(body.assignee())));
    }

    /** {@code {"status": "CLOSED"}} (or NEW, IN_PROGRESS, ANSWERED): sets the status by hand. */
    @PUT
    @Path("{id}/status")
    public CommunicationBodies.ThreadDetailsBody status(@Context SecurityContext security, @PathParam("id") String id,
                                                        CommunicationBodies.StatusBody body) {
        RequestBodies.required(body);
        ThreadStatus status = CommunicationBodies.requiredNamed(ThreadStatus.class, body.status(), "status");
        return CommunicationBodies.ThreadDetailsBody.of(inbox.setStatus(Caller.staff(security).name(), id, status));
    }
}
