package org.kabinet.rest.api.paging;

import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;
import org.kabinet.kernel.error.ValidationException;

/**
 * One page of a staff list as asked for by {@code ?page=&size=}: {@code page} counted from 0, {@code size}
 * from 1 to {@value #MAX_SIZE} ({@value #DEFAULT_SIZE} when not given). A bad value is a 422 with the code
 * {@code page.invalid} (field {@code page}) or {@code page.size} (field {@code size}), never a 500 or the
 * JAX-RS 404 for a query parameter that is not a number.
 */
public record Paging(int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public Paging {
        if (page < 0 || (long) page * size > Integer.MAX_VALUE) {
            throw new ValidationException("page", "page.invalid");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException("size", "page.size", MAX_SIZE);
        }
    }

    /** The page asked for by the query parameters as given (null or blank: the first page, 50 items). */
    public static Paging of(String page, String size) {
        return new Paging(number(page, 0, "page", "page.invalid"), number(size, DEFAULT_SIZE, "size", "page.size"));
    }

    /** Where the page starts in the whole list. */
    public int offset() {
        return page * size;
    }

    /**
     * Adds {@code X-Total-Count} and a {@code Link} header with {@code first}, {@code prev}, {@code next} and
     * {@code last} (as present) to a page's response; the links keep the request's other query parameters.
     */
    public Response.ResponseBuilder headers(Response.ResponseBuilder response, UriInfo uri, long total) {
        response.header("X-Total-Count", total);
        long pages = Math.max(1, (total + size - 1) / size);
        List<String> links = new ArrayList<>();
        links.add(link(uri, 0, "first"));
        if (page > 0) {
            links.add(link(uri, Math.min(page - 1, pages - 1), "prev"));
        }
        if (page + 1 < pages) {
            links.add(link(uri, page + 1, "next"));
        }
        links.add(link(uri, pages - 1, "last"));
        return response.header("Link", String.join(", ", links));
    }

    /**
     * The page's items as a JSON array with a {@code Link} header of {@code first}, {@code prev} and {@code next}
     * (as present) but no {@code last} nor {@code X-Total-Count}: for a list whose size is not counted.
     */
    public Response response(Object items, UriInfo uri, boolean hasNext) {
        List<String> links = new ArrayList<>();
        links.add(link(uri, 0, "first"));
        if (page > 0) {
            links.add(link(uri, page - 1, "prev"));
        }
        if (hasNext) {
            links.add(link(uri, page + 1, "next"));
        }
        return Response.ok(items).header("Link", String.join(", ", links)).build();
    }

    /** The page's items as a JSON array with the paging headers. */
    public Response response(Object items, UriInfo uri, long total) {
        return headers(Response.ok(items), uri, total).build();
    }

    private String link(UriInfo uri, long target, String rel) {
        UriBuilder builder = uri.getRequestUriBuilder().replaceQueryParam("page", target).replaceQueryParam("size", size);
        return "<" + builder.build() + ">; rel=\"" + rel + "\"";
    }

    private static int number(String value, int absent, String field, String code) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, code, MAX_SIZE);
        }
    }
}
