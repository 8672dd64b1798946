package org.kabinet.apidocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;
import org.kabinet.rest.api.Sunset;

/** A resource marked {@link Sunset} is described as deprecated (not a whiteboard resource: not in the real document). */
class DeprecationTest {
    static class Resource {
        @Sunset(deprecated = "2026-11-27", value = "2027-05-27", link = "/api/v1/me/accounts")
        public void going() {
        }

        public void staying() {
        }
    }

    private static Operation operation() {
        return new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
    }

    @Test
    void aMarkedOperationIsDeprecatedWithItsDatesAndHeaders() throws Exception {
        Operation going = operation();
        OpenApiGenerator.deprecation(going, Resource.class, Resource.class.getMethod("going"));
        assertEquals(Boolean.TRUE, going.getDeprecated());
        assertEquals("2027-05-27", going.getExtensions().get("x-sunset"));
        assertTrue(going.getDescription().contains("until 2027-05-27; replaced by: /api/v1/me/accounts"), going.getDescription());
        assertEquals(java.util.Set.of("Deprecation", "Sunset", "Link"), going.getResponses().get("200").getHeaders().keySet());

        Operation staying = operation();
        OpenApiGenerator.deprecation(staying, Resource.class, Resource.class.getMethod("staying"));
        assertNull(staying.getDeprecated());
    }
}
