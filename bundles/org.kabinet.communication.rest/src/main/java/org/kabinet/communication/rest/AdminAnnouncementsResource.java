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
import org.kabinet.communication.api.Announcement;
import org.kabinet.communication.api.AnnouncementAdministration;
import org.kabinet.communication.api.AudienceSize;
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
 * Announcements for staff: write one (published at once, or at {@code publishAt}), change it while it is
 * scheduled, withdraw it, see whom it reached and who read it, and size an audience before publishing.
 */
@Component(service = AdminAnnouncementsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("admin/announcements")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@StaffAccess(role = "manager")
public class AdminAnnouncementsResource {
    private final AnnouncementAdministration announcements;

    @Activate
    public AdminAnnouncementsResource(@Reference AnnouncementAdministration announcements) {
        this.announcements = announcements;
    }

    /**
     * Announcements, newest first, a page at a time: {@code ?page=} from 0, {@code ?size=} 50 by default, at most 500,
     * with {@code X-Total-Count} and {@code Link}.
     */
    @Answers(value = 200, body = CommunicationBodies.AnnouncementBody.class, list = true)
    @GET
    public Response list(@Context UriInfo uri, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return paging.response(announcements.announcements(paging.offset(), paging.size()).stream()
                .map(CommunicationBodies.AnnouncementBody::of).toList(), uri, announcements.countAnnouncements());
    }

    /**
     * {@code {"title", "html", "audience": {"kind", …}, "importance"?, "emergency"?, "publishAt"?, "validUntil"?,
     * "attachmentId"?}}: 201 with the announcement and its address in {@code Location}.
     */
    @Answers(value = 201, body = CommunicationBodies.AnnouncementBody.class)
    @POST
    public Response create(@Context SecurityContext security, CommunicationBodies.DraftBody body) {
        RequestBodies.required(body);
        Announcement created = announcements.create(Caller.staff(security).name(), body.toDraft());
        return Response.status(201).header("Location", MyMessagesResource.location("admin/announcements", created.id()))
                .entity(CommunicationBodies.AnnouncementBody.of(created)).build();
    }

    @GET
    @Path("{id}")
    public CommunicationBodies.AnnouncementBody announcement(@PathParam("id") String id) {
        return CommunicationBodies.AnnouncementBody.of(announcements.announcement(id));
    }

    /** The whole draft again, as for {@code POST}; only a scheduled announcement changes (else 422). */
    @PUT
    @Path("{id}")
    public CommunicationBodies.AnnouncementBody update(@Context SecurityContext security, @PathParam("id") String id,
                                                       CommunicationBodies.DraftBody body) {
        RequestBodies.required(body);
        return CommunicationBodies.AnnouncementBody.of(announcements.update(Caller.staff(security).name(), id, body.toDraft()));
    }

    /** Takes it out of the cabinet; a scheduled one is never sent. */
    @POST
    @Path("{id}/withdraw")
    public CommunicationBodies.AnnouncementBody withdraw(@Context SecurityContext security, @PathParam("id") String id) {
        return CommunicationBodies.AnnouncementBody.of(announcements.withdraw(Caller.staff(security).name(), id));
    }

    /** The tenants it was delivered to, with what was queued for each and when each read it. */
    @Answers(value = 200, body = CommunicationBodies.RecipientBody.class, list = true)
    @GET
    @Path("{id}/recipients")
    public Response recipients(@Context UriInfo uri, @PathParam("id") String id, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return paging.response(announcements.recipients(id, paging.offset(), paging.size()).stream()
                .map(CommunicationBodies.RecipientBody::of).toList(), uri, announcements.countRecipients(id));
    }

    /** {@code {"kind", "cityId"?, "building"?, "accountNumbers"?}}: how many accounts, tenants and phones it reaches now. */
    @POST
    @Path("audience")
    public AudienceSize audience(CommunicationBodies.AudienceBody body) {
        RequestBodies.required(body);
        return announcements.audienceSize(body.toAudience(null));
    }
}
