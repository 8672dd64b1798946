package org.kabinet.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrossSiteFilterTest {
    private static final String BASIC = "Basic bWFuYWdlcjpzZWNyZXQ=";

    private static Optional<CrossSiteFilter.Refusal> staff(String method, String origin, String fetchSite, String contentType) {
        return CrossSiteFilter.refusal(method, BASIC, origin, fetchSite, "portal.example.ru", null, contentType);
    }

    @Test
    void aScriptOrCurlWithoutOriginPasses() {
        assertEquals(Optional.empty(), staff("POST", null, null, "application/json"));
        assertEquals(Optional.empty(), staff("POST", null, null, "text/csv"));
        assertEquals(Optional.empty(), staff("POST", null, null, null));
    }

    @Test
    void aPageOfThePortalItselfPasses() {
        assertEquals(Optional.empty(), staff("POST", "https://portal.example.ru", "same-origin", "application/json"));
        assertEquals(Optional.empty(), staff("PUT", "http://portal.example.ru", null, "application/json"));
        assertEquals(Optional.empty(), CrossSiteFilter.refusal("DELETE", BASIC, "http://localhost:8181", null, "localhost:8181", null, null));
        assertEquals(Optional.empty(), CrossSiteFilter.refusal("POST", BASIC, "https://portal.example.ru", null, "127.0.0.1:8181",
                "portal.example.ru", null), "behind a proxy that forwards the host");
    }

    @Test
    void anotherSitesRequestWithBasicIsForbidden() {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH", "post"}) {
            assertEquals(Optional.of(CrossSiteFilter.Refusal.FORBIDDEN), staff(method, "https://evil.example", null, "text/plain"), method);
        }
        assertEquals(Optional.of(CrossSiteFilter.Refusal.FORBIDDEN), staff("POST", "null", null, "text/plain"), "a sandboxed page");
        assertEquals(Optional.of(CrossSiteFilter.Refusal.FORBIDDEN), staff("POST", null, "cross-site", "text/plain"));
        assertEquals(Optional.of(CrossSiteFilter.Refusal.FORBIDDEN), staff("POST", null, "same-site", null));
        assertEquals(Optional.of(CrossSiteFilter.Refusal.FORBIDDEN), staff("POST", "https://portal.example.ru.evil.example", null, null));
        assertEquals(Optional.of(CrossSiteFilter.Refusal.FORBIDDEN), staff("POST", "https://portal.example.ru:444", null, null));
        assertEquals(Optional.of(CrossSiteFilter.Refusal.FORBIDDEN),
                CrossSiteFilter.refusal("POST", BASIC, "http://localhost:9999", null, "localhost:8181", null, null));
    }

    @Test
    void aFormBodyIsNeverReadByAStaffEndpoint() {
        assertEquals(Optional.of(CrossSiteFilter.Refusal.FORM), staff("POST", null, null, "application/x-www-form-urlencoded"));
        assertEquals(Optional.of(CrossSiteFilter.Refusal.FORM), staff("POST", null, null, "multipart/form-data; boundary=x"));
        assertEquals(Optional.of(CrossSiteFilter.Refusal.FORM), staff("PUT", null, null, "Application/X-WWW-Form-Urlencoded;charset=UTF-8"));
    }

    @Test
    void readingAndTenantsAreLeftAlone() {
        assertEquals(Optional.empty(), staff("GET", "https://evil.example", "cross-site", null));
        assertEquals(Optional.empty(), staff("HEAD", "https://evil.example", "cross-site", null));
        assertEquals(Optional.empty(), staff("OPTIONS", "https://evil.example", "cross-site", null));
        assertEquals(Optional.empty(), CrossSiteFilter.refusal("POST", "Bearer abc", "https://evil.example", "cross-site",
                "portal.example.ru", null, "application/x-www-form-urlencoded"), "a browser never sends a Bearer token by itself");
        assertEquals(Optional.empty(), CrossSiteFilter.refusal("POST", null, "https://evil.example", "cross-site",
                "portal.example.ru", null, "text/plain"), "no credentials: the access rule answers");
    }

    @Test
    void originsAreComparedByHostAndPort() {
        assertTrue(CrossSiteFilter.sameHost("https://portal.example.ru", "portal.example.ru"));
        assertTrue(CrossSiteFilter.sameHost("https://portal.example.ru", "portal.example.ru:443"));
        assertTrue(CrossSiteFilter.sameHost("http://PORTAL.example.ru:8181", "portal.example.ru:8181"));
        assertFalse(CrossSiteFilter.sameHost("http://portal.example.ru:8181", "portal.example.ru"));
        assertFalse(CrossSiteFilter.sameHost("null", "portal.example.ru"));
        assertFalse(CrossSiteFilter.sameHost("not a uri at all", "portal.example.ru"));
        assertFalse(CrossSiteFilter.sameHost("https://portal.example.ru", null));
        assertFalse(CrossSiteFilter.sameHost("https://portal.example.ru", " "));
    }
}
