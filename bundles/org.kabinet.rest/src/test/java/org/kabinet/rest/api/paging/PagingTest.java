package org.kabinet.rest.api.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.net.URI;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.ValidationException;

class PagingTest {

    @Test
    void pageFromZeroAndFiftyWhenNotGiven() {
        assertEquals(new Paging(0, 50), Paging.of(null, " "));
        assertEquals(new Paging(3, 500), Paging.of("3", "500"));
        assertEquals(1500, Paging.of("3", "500").offset());
    }

    @Test
    void badValuesAreValidationErrorsNamingTheField() {
        assertEquals("size", assertThrows(ValidationException.class, () -> Paging.of(null, "501")).field());
        assertEquals("size", assertThrows(ValidationException.class, () -> Paging.of(null, "0")).field());
        assertEquals("size", assertThrows(ValidationException.class, () -> Paging.of(null, "-1")).field());
        assertEquals("size", assertThrows(ValidationException.class, () -> Paging.of(null, "ten")).field());
        assertEquals("page", assertThrows(ValidationException.class, () -> Paging.of("-1", null)).field());
        assertEquals("page", assertThrows(ValidationException.class, () -> Paging.of("1.5", null)).field());
        assertEquals("page", assertThrows(ValidationException.class, () -> Paging.of("99999999999", null)).field());
        assertEquals("page", assertThrows(ValidationException.class, () -> Paging.of("9999999", "500")).field());
        assertEquals("page.size", assertThrows(ValidationException.class, () -> Paging.of(null, "501")).code());
    }

    @Test
    void headersCountAndLinkNeighboursKeepingTheFilter() {
        Response middle = Paging.of("1", "10").headers(Response.ok(), uri("http://h/api/v1/admin/accounts?city=surgut&page=1&size=10"), 35)
                .build();
        assertEquals("35", middle.getHeaderString("X-Total-Count"));
        String link = middle.getHeaderString("Link");
        assertEquals("<http://h/api/v1/admin/accounts?city=surgut&page=0&size=10>; rel=\"first\", "
                + "<http://h/api/v1/admin/accounts?city=surgut&page=0&size=10>; rel=\"prev\", "
                + "<http://h/api/v1/admin/accounts?city=surgut&page=2&size=10>; rel=\"next\", "
                + "<http://h/api/v1/admin/accounts?city=surgut&page=3&size=10>; rel=\"last\"", link);
        Response last = Paging.of("3", "10").headers(Response.ok(), uri("http://h/x?page=3&size=10"), 35).build();
        assertEquals(false, last.getHeaderString("Link").contains("\"next\""));
        Response empty = Paging.of(null, null).headers(Response.ok(), uri("http://h/x"), 0).build();
        assertEquals("<http://h/x?page=0&size=50>; rel=\"first\", <http://h/x?page=0&size=50>; rel=\"last\"",
                empty.getHeaderString("Link"));
    }

    private static UriInfo uri(String address) {
        return (UriInfo) Proxy.newProxyInstance(PagingTest.class.getClassLoader(), new Class<?>[] {UriInfo.class}, (p, method, args) -> {
            if (method.getName().equals("getRequestUriBuilder")) {
                return UriBuilder.fromUri(URI.create(address));
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }
}
