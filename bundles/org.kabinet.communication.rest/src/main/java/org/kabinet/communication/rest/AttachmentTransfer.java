package org.kabinet.communication.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.ws.rs.core.Response;
import org.kabinet.communication.api.AttachmentContent;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.kernel.error.ValidationException;

/**
 * Files in and out of the API. An upload is the raw file as the request body: at most
 * {@link #MAX_BYTES} + 1 bytes are read from the stream, so a larger body is refused without being held
 * in memory (neither the REST core, CXF nor the portal's Jetty limits a non-form body). A download is
 * the bytes with the type the content was found to be, as an attachment under its own (Cyrillic-safe)
 * name, never sniffed by the browser and never cached.
 */
final class AttachmentTransfer {
    /** The largest file taken: 10 MB, as the module's file store takes. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The types an upload may declare; what it is, is decided by its content in the module. */
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String PDF = "application/pdf";
    static final String ANY = "application/octet-stream";

    private AttachmentTransfer() {
    }

    /** The uploaded file's bytes; past {@link #MAX_BYTES} a 422 {@code communication.attachment.size}. */
    static byte[] read(InputStream body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ValidationException("file", "communication.attachment.size");
        }
        return bytes;
    }

    /** The name given with {@code ?name=}, or "" when left out (the module cleans it). */
    static String name(String name) {
        return name == null ? "" : name;
    }

    /** 201 with the stored file's {@link AttachmentInfo}. */
    static Response created(AttachmentInfo info) {
        return Response.status(201).type("application/json").entity(info).build();
    }

    /** The file as a download. */
    static Response download(AttachmentContent file) {
        AttachmentInfo info = file.info();
        String type = info == null || info.contentType() == null || info.contentType().isBlank() ? ANY : info.contentType();
        return Response.ok(file.content(), type)
                .header("Content-Disposition", contentDisposition(info == null ? null : info.name()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** {@code attachment; filename*=UTF-8''…} (RFC 6266 / RFC 8187): any name, Cyrillic too, percent-encoded. */
    static String contentDisposition(String name) {
        String plain = name == null || name.isBlank() ? "attachment" : name.strip();
        return "attachment; filename*=UTF-8''" + encoded(plain);
    }

    /** RFC 8187 value characters: letters, digits and {@code !#$&+-.^_`|~} stay, every other UTF-8 byte is %XX. */
    static String encoded(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
