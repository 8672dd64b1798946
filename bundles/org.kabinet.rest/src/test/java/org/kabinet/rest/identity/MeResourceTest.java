package org.kabinet.rest.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.ConsentStatus;
import org.kabinet.registration.api.ConsentText;
import org.kabinet.registration.api.PersonalData;
import org.kabinet.registration.api.Tenant;
import org.kabinet.registration.api.TenantDirectory;
import org.kabinet.rest.api.Caller;

/** GET /me keeps its fields and adds the consent; the export downloads as a file nobody caches; deletion takes the session's password. */
class MeResourceTest {
    private static final Tenant ANNA = new Tenant("t-1", "anna@example.ru", true, Instant.parse("2026-11-01T10:00:00Z"),
            Instant.parse("2026-11-01T10:05:00Z"), "Анна");
    private final List<String> calls = new ArrayList<>();
    private final Map<String, Object> export = Map.of("profile", Map.of("email", "anna@example.ru"));

    private final PersonalData data = new PersonalData() {
        @Override
        public ConsentText consentText() {
            return new ConsentText("2027-01", "Текст");
        }

        @Override
        public ConsentStatus consent(String tenantId) {
            return new ConsentStatus("2026-11", "2027-01", true);
        }

        @Override
        public ConsentStatus giveConsent(String tenantId, String version) {
            calls.add("consent " + tenantId + " " + version);
            if (!"2027-01".equals(version)) {
                throw new ValidationException("version", "consent.versionOutdated", "2027-01");
            }
            return new ConsentStatus(version, version, false);
        }

        @Override
        public Map<String, Object> export(String tenantId) {
            return export;
        }

        @Override
        public byte[] exportPdf(String tenantId) {
            return "%PDF-1.4".getBytes();
        }

        @Override
        public void deleteAccount(String sessionToken, String password) {
            calls.add("delete " + sessionToken + " " + password);
        }
    };

    private final TenantDirectory tenants = new TenantDirectory() {
        @Override
        public List<Tenant> list() {
            return List.of(ANNA);
        }

        @Override
        public Optional<Tenant> find(String id) {
            return ANNA.id().equals(id) ? Optional.of(ANNA) : Optional.empty();
        }
    };

    private final MeResource resource = new MeResource((Authentication) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[]{Authentication.class}, (p, m, a) -> {
                throw new UnsupportedOperationException(m.getName());
            }), tenants, data);

    private static SecurityContext anna() {
        Principal principal = new Caller.Tenant("t-1", "anna@example.ru", "session-token");
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return true;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
    }

    @Test
    void meKeepsItsFieldsAndTellsWhetherConsentIsAskedFor() {
        MyDataBodies.MeBody me = resource.me(anna());
        assertEquals(new MyDataBodies.MeBody("t-1", "anna@example.ru", true, "2026-11-01T10:00:00Z", "Анна",
                new MyDataBodies.ConsentBody("2026-11", "2027-01", true)), me);
        assertEquals(new MyDataBodies.ConsentBody("2027-01", "2027-01", false),
                resource.giveConsent(anna(), new MyDataBodies.ConsentGiven("2027-01")));
        assertEquals("version", assertThrows(ValidationException.class,
                () -> resource.giveConsent(anna(), new MyDataBodies.ConsentGiven("2026-11"))).field());
    }

    @Test
    void theExportIsAnAttachmentNeverCached() {
        Response json = resource.data(anna());
        assertSame(export, json.getEntity());
        assertEquals("attachment; filename=\"my-data.json\"", json.getHeaderString("Content-Disposition"));
        assertEquals("no-store", json.getHeaderString("Cache-Control"));
        Response pdf = resource.dataPdf(anna());
        assertEquals("application/pdf", pdf.getMediaType().toString());
        assertEquals("attachment; filename=\"my-data.pdf\"", pdf.getHeaderString("Content-Disposition"));
        assertEquals("no-store", pdf.getHeaderString("Cache-Control"));
    }

    @Test
    void deletionPassesTheSessionAndThePassword() {
        assertEquals(204, resource.delete(anna(), new MyDataBodies.DeletionBody("пароль")).getStatus());
        assertEquals(List.of("delete session-token пароль"), calls);
    }
}
