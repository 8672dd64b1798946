package org.kabinet.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.Response;
import org.kabinet.rest.api.ApiError;

/**
 * Any request body, as bytes: the API's JSON reading gives a value, or a failure the API answers with
 * 400 ({@code request.malformed}), 413 or 422 and a JSON error — never a 500 (an exception the mapper
 * does not know), whatever the bytes: malformed JSON, wrong types, huge numbers, deep nesting,
 * invalid UTF-8 or UTF-16/32. {@code mvn test} runs the inputs under {@code JsonBodyFuzzTestInputs/};
 * with {@code JAZZER_FUZZ=1} Jazzer looks for new ones for the time the annotation gives.
 */
class JsonBodyFuzzTest {
    /** A body with the kinds of fields the API's bodies have. */
    public record Body(String text, Integer count, Long size, BigDecimal amount, Boolean flag, List<String> ids,
                       List<Map<String, Object>> items, Kind kind) {
    }

    public enum Kind { ONE, TWO }

    private final JsonProvider provider = new JsonProvider();
    private final ApiExceptionMapper mapper = new ApiExceptionMapper();

    @FuzzTest(maxDuration = "30s")
    void anyBodyIsReadOrRefusedWithAClientError(byte[] body) {
        read(Map.class, body);
        read(Body.class, body);
        read(List.class, body);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void read(Class<?> type, byte[] body) {
        try {
            provider.readFrom((Class) type, (Type) type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                    new MultivaluedHashMap<>(), new ByteArrayInputStream(body));
        } catch (Exception | StackOverflowError e) {
            Response answer = mapper.toResponse(e);
            int status = answer.getStatus();
            assertTrue(status == 400 || status == 413 || status == 422, () -> "a body answered " + status + ": " + e);
            assertTrue(answer.getEntity() instanceof ApiError error && !error.message().contains("Exception")
                    && !error.message().contains("\tat "), () -> "an error body with details: " + answer.getEntity());
        }
    }
}
