package org.kabinet.rest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccessRuleTest {
    @TenantAccess
    static class Mine {
        public void list() {
        }

        @PublicAccess
        @ClientRateLimited
        public void open() {
        }

        @TenantAccess(tokenScope = " readings ")
        public void byDevice() {
        }
    }

    static class Forgotten {
        public void anything() {
        }

        @PublicAccess
        @StaffAccess
        public void both() {
        }
    }

    @Test
    void theMethodsDeclarationWinsOverItsClass() throws Exception {
        assertEquals(AccessRule.Kind.TENANT, AccessRule.of(Mine.class, Mine.class.getMethod("list")).kind());
        AccessRule open = AccessRule.of(Mine.class, Mine.class.getMethod("open"));
        assertEquals(AccessRule.Kind.PUBLIC, open.kind());
        assertTrue(open.rateLimited());
    }

    @Test
    void onlyAMethodThatNamesATokenScopeLetsPersonalTokensIn() throws Exception {
        assertEquals("", AccessRule.of(Mine.class, Mine.class.getMethod("list")).tokenScope(), "sessions only");
        AccessRule device = AccessRule.of(Mine.class, Mine.class.getMethod("byDevice"));
        assertEquals(AccessRule.Kind.TENANT, device.kind());
        assertEquals("readings", device.tokenScope());
        assertEquals("", AccessRule.of(Mine.class, Mine.class.getMethod("open")).tokenScope());
    }

    @Test
    void nothingDeclaredOrContradictionsAreUndeclared() throws Exception {
        assertEquals(AccessRule.Kind.UNDECLARED, AccessRule.of(Forgotten.class, Forgotten.class.getMethod("anything")).kind());
        assertEquals(AccessRule.Kind.UNDECLARED, AccessRule.of(Forgotten.class, Forgotten.class.getMethod("both")).kind());
    }
}
