package org.kabinet.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import org.kabinet.rest.api.KabinetApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * JSON for every resource of the API: Jackson, tolerant of unknown properties. A request body is read
 * up to {@link #MAX_BODY}: beyond it the request is refused with 413 and the rest is not read, so a
 * stranger cannot make the portal hold an endless body in memory (files have endpoints of their own,
 * each with its own limit).
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsName("kabinet-json")
@JaxrsMediaType("application/json")
@JaxrsApplicationSelect(KabinetApi.SELECT)
public class JsonProvider extends JacksonJsonProvider {
    /** The largest JSON body: 2 MiB (an announcement to 10 000 accounts is about 150 KB). */
    static final int MAX_BODY = 2 * 1024 * 1024;

    public JsonProvider() {
        super(new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        Bounded bounded = new Bounded(body, MAX_BODY);
        try {
            return super.readFrom(type, genericType, annotations, mediaType, headers, bounded);
        } catch (IOException | RuntimeException e) {
            // Jackson wraps what the stream threw in its own exceptions
            if (bounded.exceeded()) {
                throw new WebApplicationException(413);
            }
            if (e instanceof IOException && !(e instanceof JsonProcessingException)) {
                // bytes that are no text in the encoding Jackson detected (e.g. invalid UTF-32): the client's
                // mistake, answered 400 like malformed JSON, not a server error
                throw new JsonParseException((JsonParser) null, "the body is not readable text: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** Passes at most {@code limit} bytes on; the next one ends the request with 413. */
    static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, (int) Math.min(length, left + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        boolean exceeded() {
            return left < 0;
        }

        private void count(int n) {
            left -= n;
            if (left < 0) {
                throw new WebApplicationException(413);
            }
        }
    }
}
