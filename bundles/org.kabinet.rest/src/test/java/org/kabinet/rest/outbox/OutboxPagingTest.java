package org.kabinet.rest.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.notifications.api.OutboxAdministration;
import org.kabinet.notifications.api.OutboxEntry;

/** The staff outbox list a page at a time: the same array, with links to the neighbouring pages. */
class OutboxPagingTest {
    private final List<OutboxEntry> all = IntStream.range(0, 120).mapToObj(i -> new OutboxEntry("id-" + i, "k-" + i, "EMAIL",
            "a@b.ru", "text", "SENT", 1, Instant.EPOCH, null, null, null)).toList();
    private final List<Integer> asked = new ArrayList<>();
    private final OutboxResource resource = new OutboxResource(null, (OutboxAdministration) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {OutboxAdministration.class}, (p, method, args) -> {
                if (method.getName().equals("entries")) {
                    int limit = (Integer) args[2];
                    asked.add(limit);
                    return all.subList(0, Math.min(limit, all.size()));
                }
                throw new UnsupportedOperationException(method.getName());
            }));

    private static UriInfo uri(String address) {
        return (UriInfo) Proxy.newProxyInstance(OutboxPagingTest.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (p, method, args) -> UriBuilder.fromUri(address));
    }

    @SuppressWarnings("unchecked")
    private static List<OutboxResource.EntryBody> items(Response r) {
        return (List<OutboxResource.EntryBody>) r.getEntity();
    }

    @Test
    void pagesFromTheNewestWithNextAndPrev() {
        Response first = resource.entries(uri("http://h/api/v1/admin/outbox?channel=EMAIL"), "email", null, null, null, null);
        assertEquals(50, items(first).size());
        assertEquals("id-0", items(first).get(0).id());
        assertTrue(first.getHeaderString("Link").contains("rel=\"next\""));
        assertFalse(first.getHeaderString("Link").contains("rel=\"prev\""));
        Response third = resource.entries(uri("http://h/api/v1/admin/outbox"), null, null, null, "2", "50");
        assertEquals(List.of("id-100", "id-119"), List.of(items(third).get(0).id(), items(third).get(19).id()));
        assertFalse(third.getHeaderString("Link").contains("rel=\"next\""));
        assertTrue(third.getHeaderString("Link").contains("page=1"));
        assertEquals(List.of(51, 151), asked, "never more than the page and one row");
    }

    @Test
    void theOldLimitStillAnswersTheNewest() {
        assertEquals(7, items(resource.entries(uri("http://h/x"), null, null, 7, null, null)).size());
        assertEquals("limit", assertThrows(ValidationException.class, () -> resource.entries(uri("http://h/x"), null, null, 501, null,
                null)).field());
    }

    @Test
    void badPagesAre422() {
        assertEquals("size", assertThrows(ValidationException.class, () -> resource.entries(uri("http://h/x"), null, null, null, null,
                "501")).field());
        assertEquals("page", assertThrows(ValidationException.class, () -> resource.entries(uri("http://h/x"), null, null, null, "-1",
                null)).field());
        assertEquals("page", assertThrows(ValidationException.class, () -> resource.entries(uri("http://h/x"), null, null, null, "20",
                "500")).field());
    }
}
