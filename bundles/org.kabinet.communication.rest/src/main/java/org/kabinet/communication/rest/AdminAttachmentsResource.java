package org.kabinet.communication.rest;

import java.io.IOException;
import java.io.InputStream;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.MessageAdministration;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.StaffAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Staff's files: upload one for an answer or an announcement (its id goes into {@code attachmentIds} or
 * {@code attachmentId}), and download any file of any thread or announcement.
 */
@Component(service = AdminAttachmentsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("admin/attachments")
@Produces(MediaType.APPLICATION_JSON)
@StaffAccess(role = "manager")
public class AdminAttachmentsResource {
    private final MessageAdministration inbox;

    /** At most {@link UploadGate#SLOTS} uploads read at once on this node; past it 503 {@code busy}. */
    private final UploadGate gate;

    @Activate
    public AdminAttachmentsResource(@Reference MessageAdministration inbox) {
        this(inbox, UploadGate.SHARED);
    }

    AdminAttachmentsResource(MessageAdministration inbox, UploadGate gate) {
        this.inbox = inbox;
        this.gate = gate;
    }

    /** The raw file as the body ({@code ?name=} its file name): 201 with its id, type and size; the same checks as a tenant's. */
    @Answers(value = 201, body = AttachmentInfo.class)
    @POST
    @Consumes({AttachmentTransfer.JPEG, AttachmentTransfer.PNG, AttachmentTransfer.PDF, AttachmentTransfer.ANY})
    public Response upload(@Context SecurityContext security, @QueryParam("name") String name, InputStream file) throws IOException {
        String staff = Caller.staff(security).name();
        return AttachmentTransfer.created(gate.run(() -> inbox.upload(staff, AttachmentTransfer.name(name), AttachmentTransfer.read(file))));
    }

    /** The file's bytes, as a download. */
    @Answers(value = 200, type = "application/octet-stream")
    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") String id) {
        return AttachmentTransfer.download(inbox.attachment(id));
    }
}
