package org.kabinet.communication.rest;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.communication.api.Announcement;
import org.kabinet.communication.api.AnnouncementState;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.Audience;
import org.kabinet.communication.api.AuthorKind;
import org.kabinet.communication.api.Importance;
import org.kabinet.communication.api.Post;
import org.kabinet.communication.api.TenantAnnouncement;
import org.kabinet.communication.api.ThreadDetails;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.communication.api.Topic;
import org.kabinet.rest.api.Caller;

/** Values the fakes answer with, and the callers the access filter would have established. */
final class Samples {
    static final Instant CREATED = Instant.parse("2026-03-05T07:15:30Z");
    static final Instant UPDATED = Instant.parse("2026-03-05T09:00:00Z");
    static final AttachmentInfo PHOTO = new AttachmentInfo("f-1", "счётчик.jpg", "image/jpeg", 3);

    private Samples() {
    }

    static ThreadSummary summary(String id, Topic topic, ThreadStatus status, String tenantId) {
        return new ThreadSummary(id, "О-2026-00042", topic, status, "acc-1", "100200", tenantId, "t@example.ru", "t@example.ru",
                "Счёт за март", null, CREATED, UPDATED, false, 1);
    }

    static ThreadDetails details(ThreadSummary summary, String text, boolean internal) {
        return new ThreadDetails(summary, List.of(new Post("p-1", internal ? AuthorKind.STAFF : AuthorKind.TENANT, "t@example.ru", text,
                UPDATED, internal, List.of(PHOTO))));
    }

    static Announcement announcement(String id, String title, Audience audience, Importance importance, AnnouncementState state,
                                     Instant publishAt, Instant validUntil, String by) {
        return new Announcement(id, title, "<p>" + title + "</p>", audience, importance, false, state, publishAt, validUntil, null, by,
                CREATED, 10, 4, 9, importance == Importance.URGENT ? 7 : 0);
    }

    static TenantAnnouncement tenantAnnouncement(String id, boolean read) {
        return new TenantAnnouncement(id, "Отключение воды", "<p>С 10:00 до 14:00</p>", Importance.URGENT, CREATED,
                Instant.parse("2026-04-04T00:00:00Z"), PHOTO, read);
    }

    static SecurityContext tenant(String id) {
        return as(new Caller.Tenant(id, id + "@example.ru", "session-" + id));
    }

    /** The request's address as a resource sees it (only what paging asks for). */
    static javax.ws.rs.core.UriInfo uri(String address) {
        return (javax.ws.rs.core.UriInfo) java.lang.reflect.Proxy.newProxyInstance(Samples.class.getClassLoader(),
                new Class<?>[] {javax.ws.rs.core.UriInfo.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getRequestUriBuilder")) {
                        return javax.ws.rs.core.UriBuilder.fromUri(address);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    static SecurityContext staff(String name) {
        return as(new Caller.Staff(name, java.util.Set.of("manager")));
    }

    static SecurityContext as(Principal caller) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return caller;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
    }
}
