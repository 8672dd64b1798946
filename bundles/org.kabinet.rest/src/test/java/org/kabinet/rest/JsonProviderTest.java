package org.kabinet.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

class JsonProviderTest {
    private final JsonProvider provider = new JsonProvider();

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object read(InputStream body) throws Exception {
        return provider.readFrom((Class) Map.class, Map.class, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                new MultivaluedHashMap<>(), body);
    }

    @Test
    void anOrdinaryBodyIsRead() throws Exception {
        assertEquals(Map.of("text", "Здравствуйте"), read(new ByteArrayInputStream("{\"text\":\"Здравствуйте\"}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aBodyOfExactlyTheLimitIsRead() throws Exception {
        String padding = " ".repeat(JsonProvider.MAX_BODY - 2);
        assertEquals(Map.of(), read(new ByteArrayInputStream(("{" + padding + "}").getBytes(StandardCharsets.US_ASCII))));
    }

    /** An endless body is refused after the limit: it is neither read to its end nor held in memory. */
    @Test
    void aBodyBeyondTheLimitIsRefusedWith413WithoutReadingTheRest() {
        InputStream endless = new InputStream() {
            private final byte[] start = "{\"text\":\"".getBytes(StandardCharsets.US_ASCII);
            private int position;

            @Override
            public int read() {
                return position < start.length ? start[position++] : 'x';
            }
        };
        WebApplicationException e = assertThrows(WebApplicationException.class, () -> read(endless));
        assertEquals(413, e.getResponse().getStatus());
    }
}
