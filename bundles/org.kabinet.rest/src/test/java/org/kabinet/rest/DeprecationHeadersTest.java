package org.kabinet.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Method;
import java.util.Map;
import javax.ws.rs.container.ResourceInfo;
import org.junit.jupiter.api.Test;
import org.kabinet.rest.api.Sunset;

class DeprecationHeadersTest {
    @Sunset(deprecated = "2026-12-01", value = "2027-06-01", link = "https://portal.example/README.md#old")
    static class Old {
        public void any() {
        }
    }

    static class Mixed {
        @Sunset(deprecated = "2026-11-27", value = "2027-05-27", link = "/api/v1/me/accounts")
        public void going() {
        }

        public void staying() {
        }
    }

    private static ResourceInfo info(Class<?> type, String method) throws NoSuchMethodException {
        Method m = type.getMethod(method);
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return m;
            }

            @Override
            public Class<?> getResourceClass() {
                return type;
            }
        };
    }

    @Test
    void aMarkedMethodSaysWhenItWasDeprecatedAndWhenItGoes() throws Exception {
        Map<String, String> headers = DeprecationHeaders.headers(DeprecationHeaders.of(info(Mixed.class, "going")));
        // RFC 9745: a structured-field date, seconds since the epoch; RFC 8594: an HTTP date
        assertEquals(Map.of("Deprecation", "@1795737600", "Sunset", "Thu, 27 May 2027 00:00:00 GMT",
                "Link", "</api/v1/me/accounts>; rel=\"deprecation\""), headers);
    }

    @Test
    void aMarkOnTheClassCoversEveryMethodAndAnUnmarkedMethodSaysNothing() throws Exception {
        assertEquals("Tue, 1 Jun 2027 00:00:00 GMT", DeprecationHeaders.headers(DeprecationHeaders.of(info(Old.class, "any"))).get("Sunset"));
        assertNull(DeprecationHeaders.of(info(Mixed.class, "staying")));
    }
}
