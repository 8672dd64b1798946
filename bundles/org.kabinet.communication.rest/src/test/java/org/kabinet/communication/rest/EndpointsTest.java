package org.kabinet.communication.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.ws.rs.Consumes;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.kabinet.rest.api.ClientRateLimited;
import org.kabinet.rest.api.PublicAccess;
import org.kabinet.rest.api.StaffAccess;
import org.kabinet.rest.api.TenantAccess;

/** Every endpoint declares exactly one access rule, and the paths are the contract integrators rely on. */
class EndpointsTest {
    private static final List<Class<?>> RESOURCES = List.of(MyMessagesResource.class, MyAttachmentsResource.class,
            MyAnnouncementsResource.class, FeedbackResource.class, AdminMessagesResource.class, AdminAttachmentsResource.class,
            AdminAnnouncementsResource.class);

    private record Endpoint(Class<?> type, Method method, String verb, String path, String access) {
        @Override
        public String toString() {
            return verb + " " + path + " " + access;
        }
    }

    /** The resource methods JAX-RS may call: public ones with an HTTP method annotation. */
    private static List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        for (Class<?> type : RESOURCES) {
            for (Method m : type.getDeclaredMethods()) {
                String verb = Arrays.stream(m.getAnnotations()).map(Annotation::annotationType)
                        .filter(a -> a.isAnnotationPresent(HttpMethod.class)).map(a -> a.getAnnotation(HttpMethod.class).value())
                        .findFirst().orElse(null);
                if (verb == null || !Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                String sub = m.isAnnotationPresent(Path.class) ? "/" + m.getAnnotation(Path.class).value() : "";
                all.add(new Endpoint(type, m, verb, "/api/v1/" + type.getAnnotation(Path.class).value() + sub, access(type, m)));
            }
        }
        return all;
    }

    /** The one rule a method declares (its own, else its class's), "NONE" or "CONTRADICTORY". */
    private static String access(Class<?> type, Method m) {
        List<String> own = declared(m);
        List<String> rule = own.isEmpty() ? declared(type) : own;
        return rule.size() == 1 ? rule.get(0) : rule.isEmpty() ? "NONE" : "CONTRADICTORY";
    }

    private static List<String> declared(java.lang.reflect.AnnotatedElement e) {
        List<String> found = new ArrayList<>();
        if (e.isAnnotationPresent(PublicAccess.class)) {
            found.add("Public");
        }
        if (e.isAnnotationPresent(TenantAccess.class)) {
            found.add("Tenant" + (e.getAnnotation(TenantAccess.class).tokenScope().isEmpty() ? "" : "+token"));
        }
        if (e.isAnnotationPresent(StaffAccess.class)) {
            found.add("Staff(" + e.getAnnotation(StaffAccess.class).role() + ")");
        }
        return found;
    }

    @Test
    void everyEndpointDeclaresExactlyOneAccessRule() {
        List<Endpoint> all = endpoints();
        assertEquals(27, all.size(), all.toString());
        for (Endpoint e : all) {
            assertTrue(Set.of("Public", "Tenant", "Staff(manager)").contains(e.access()), e.type().getSimpleName() + "." + e.method().getName()
                    + ": " + e.access());
        }
    }

    @Test
    void thePathsAndTheirAccessAreTheContract() {
        Set<String> actual = new TreeSet<>();
        endpoints().forEach(e -> actual.add(e.toString()));
        Set<String> contract = new TreeSet<>(List.of(
                "GET /api/v1/me/messages Tenant",
                "POST /api/v1/me/messages Tenant",
                "GET /api/v1/me/messages/unread Tenant",
                "GET /api/v1/me/messages/{id} Tenant",
                "POST /api/v1/me/messages/{id}/replies Tenant",
                "POST /api/v1/me/messages/{id}/close Tenant",
                "POST /api/v1/me/attachments Tenant",
                "GET /api/v1/me/attachments/{id} Tenant",
                "GET /api/v1/me/announcements Tenant",
                "POST /api/v1/me/announcements/{id}/read Tenant",
                "GET /api/v1/me/announcements/{id}/attachment Tenant",
                "POST /api/v1/feedback Public",
                "GET /api/v1/admin/messages Staff(manager)",
                "GET /api/v1/admin/messages/counts Staff(manager)",
                "GET /api/v1/admin/messages/{id} Staff(manager)",
                "POST /api/v1/admin/messages/{id}/answers Staff(manager)",
                "PUT /api/v1/admin/messages/{id}/assignee Staff(manager)",
                "PUT /api/v1/admin/messages/{id}/status Staff(manager)",
                "POST /api/v1/admin/attachments Staff(manager)",
                "GET /api/v1/admin/attachments/{id} Staff(manager)",
                "GET /api/v1/admin/announcements Staff(manager)",
                "POST /api/v1/admin/announcements Staff(manager)",
                "GET /api/v1/admin/announcements/{id} Staff(manager)",
                "PUT /api/v1/admin/announcements/{id} Staff(manager)",
                "POST /api/v1/admin/announcements/{id}/withdraw Staff(manager)",
                "GET /api/v1/admin/announcements/{id}/recipients Staff(manager)",
                "POST /api/v1/admin/announcements/audience Staff(manager)"));
        assertEquals(contract, actual);
    }

    @Test
    void onlyTheFeedbackFormIsPublicAndItIsRateLimitedPerClient() throws Exception {
        for (Endpoint e : endpoints()) {
            boolean limited = e.method().isAnnotationPresent(ClientRateLimited.class) || e.type().isAnnotationPresent(ClientRateLimited.class);
            assertEquals(e.access().equals("Public"), limited, e.toString());
        }
        Method submit = FeedbackResource.class.getMethod("submit", javax.servlet.http.HttpServletRequest.class, String.class,
                CommunicationBodies.FeedbackBody.class);
        assertNotNull(submit.getAnnotation(PublicAccess.class));
        assertNotNull(submit.getAnnotation(ClientRateLimited.class));
    }

    @Test
    void uploadsTakeTheRawFileOfTheFourTypes() throws Exception {
        for (Class<?> type : List.of(MyAttachmentsResource.class, AdminAttachmentsResource.class)) {
            Method upload = type.getMethod("upload", javax.ws.rs.core.SecurityContext.class, String.class, java.io.InputStream.class);
            assertEquals(List.of("image/jpeg", "image/png", "application/pdf", "application/octet-stream"),
                    List.of(upload.getAnnotation(Consumes.class).value()));
        }
    }
}
