package org.kabinet.ui.portal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {
    @Test
    void pagesAndTheirRequestsAreNotStoredStaticFilesAndTheApiDecideThemselves() {
        assertTrue(SecurityHeadersFilter.page("/", ""));
        assertTrue(SecurityHeadersFilter.page("/admin", ""));
        assertTrue(SecurityHeadersFilter.page("/UIDL/", ""));
        assertTrue(SecurityHeadersFilter.page("/confirmemail/abc/", null));
        assertTrue(SecurityHeadersFilter.page("/apiary", ""));
        assertFalse(SecurityHeadersFilter.page("/VAADIN/themes/kabinet/styles.css", ""));
        assertFalse(SecurityHeadersFilter.page("/portal/VAADIN/widgetsets/x.js", "/portal"));
        assertFalse(SecurityHeadersFilter.page("/api/v1/me", ""));
        assertFalse(SecurityHeadersFilter.page("/api", ""));
    }
}
