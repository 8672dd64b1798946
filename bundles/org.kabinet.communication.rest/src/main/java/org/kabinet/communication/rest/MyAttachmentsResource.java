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
import org.kabinet.communication.api.TenantMessages;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.TenantAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * A tenant's files for messages: upload one before writing (its id goes into {@code attachmentIds}),
 * and download any file of the tenant's own threads.
 */
@Component(service = MyAttachmentsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("me/attachments")
@Produces(MediaType.APPLICATION_JSON)
@TenantAccess
public class MyAttachmentsResource {
    private final TenantMessages messages;

    /** At most {@link UploadGate#SLOTS} uploads read at once on this node; past it 503 {@code busy}. */
    private final UploadGate gate;

    @Activate
    public MyAttachmentsResource(@Reference TenantMessages messages) {
        this(messages, UploadGate.SHARED);
    }

    MyAttachmentsResource(TenantMessages messages, UploadGate gate) {
        this.messages = messages;
        this.gate = gate;
    }

    /**
     * The raw file as the body ({@code ?name=} its file name): 201 with its id, type (by content: JPEG, PNG
     * or PDF) and size; 422 {@code communication.attachment.size} past 10 MB, {@code .type}, {@code .empty}.
     */
    @Answers(value = 201, body = AttachmentInfo.class)
    @POST
    @Consumes({AttachmentTransfer.JPEG, AttachmentTransfer.PNG, AttachmentTransfer.PDF, AttachmentTransfer.ANY})
    public Response upload(@Context SecurityContext security, @QueryParam("name") String name, InputStream file) throws IOException {
        String tenant = Caller.tenant(security).id();
        return AttachmentTransfer.created(gate.run(() -> messages.upload(tenant, AttachmentTransfer.name(name), AttachmentTransfer.read(file))));
    }

    /** The file's bytes, as a download. */
    @Answers(value = 200, type = "application/octet-stream")
    @GET
    @Path("{id}")
    @Produces(MediaType.WILDCARD)
    public Response download(@Context SecurityContext security, @PathParam("id") String id) {
        return AttachmentTransfer.download(messages.attachment(Caller.tenant(security).id(), id));
    }
}
