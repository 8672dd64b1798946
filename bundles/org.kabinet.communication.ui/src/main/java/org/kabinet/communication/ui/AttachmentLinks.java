package org.kabinet.communication.ui;

import com.vaadin.server.StreamResource;
import com.vaadin.ui.Link;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.kabinet.communication.api.AttachmentContent;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.kernel.error.KabinetException;

/**
 * A link to an attachment: «photo.jpg (1,2 МБ)», opening in a new tab. The bytes are asked of the service only
 * when the link is followed, and for this reader only (the service decides who may read it; a refusal is a 404).
 */
final class AttachmentLinks {
    private AttachmentLinks() {
    }

    static Link link(String id, AttachmentInfo file, Supplier<AttachmentContent> content, Messages m) {
        String name = file.name() == null || file.name().isBlank() ? "file" : file.name();
        StreamResource resource = new StreamResource(() -> {
            try {
                AttachmentContent c = content.get();
                return c == null ? null : new ByteArrayInputStream(c.content());
            } catch (KabinetException e) {
                return null;
            }
        }, name) {
            private static final long serialVersionUID = 1L;

            /** The type is the one checked by content; the browser must not guess another. */
            @Override
            public com.vaadin.server.DownloadStream getStream() {
                com.vaadin.server.DownloadStream stream = super.getStream();
                if (stream != null) {
                    stream.setParameter("X-Content-Type-Options", "nosniff");
                }
                return stream;
            }
        };
        resource.setMIMEType(file.contentType());
        resource.setCacheTime(0);
        Link link = new Link(m.get("files.chip", name, CommunicationTexts.size(file.size(), m)), resource);
        link.setId(id);
        link.setTargetName("_blank");
        link.setIcon(file.contentType() != null && file.contentType().startsWith("image/")
                ? com.vaadin.icons.VaadinIcons.PICTURE : com.vaadin.icons.VaadinIcons.FILE_TEXT_O);
        return link;
    }
}
