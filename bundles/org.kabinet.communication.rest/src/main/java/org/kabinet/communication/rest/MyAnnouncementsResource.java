package org.kabinet.communication.rest;

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
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.TenantAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The announcements a tenant's accounts are in the audience of: the list, reading one, its attachment. */
@Component(service = MyAnnouncementsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("me/announcements")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@TenantAccess
public class MyAnnouncementsResource {
    private final TenantAnnouncements announcements;

    @Activate
    public MyAnnouncementsResource(@Reference TenantAnnouncements announcements) {
        this.announcements = announcements;
    }

    /** Published, still valid announcements for the tenant: unread first, then newest first. */
    @GET
    public List<CommunicationBodies.TenantAnnouncementBody> current(@Context SecurityContext security) {
        return announcements.current(Caller.tenant(security).id()).stream().map(CommunicationBodies.TenantAnnouncementBody::of).toList();
    }

    /** Marks the announcement read; one the tenant cannot see is 404. */
    @POST
    @Path("{id}/read")
    public CommunicationBodies.TenantAnnouncementBody read(@Context SecurityContext security, @PathParam("id") String id) {
        return CommunicationBodies.TenantAnnouncementBody.of(announcements.markRead(Caller.tenant(security).id(), id));
    }

    /** The announcement's file, as a download. */
    @Answers(value = 200, type = "application/octet-stream")
    @GET
    @Path("{id}/attachment")
    @Produces(MediaType.WILDCARD)
    public Response attachment(@Context SecurityContext security, @PathParam("id") String id) {
        return AttachmentTransfer.download(announcements.attachment(Caller.tenant(security).id(), id));
    }
}
