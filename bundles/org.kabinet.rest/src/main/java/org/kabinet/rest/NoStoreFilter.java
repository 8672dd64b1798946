package org.kabinet.rest;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import org.kabinet.rest.api.KabinetApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Personal answers are never kept by a browser's or a proxy's cache: every answer to a request with
 * credentials, and every answer under {@code me/} and {@code admin/}, says {@code Cache-Control:
 * no-store} unless the resource chose its own. Public lists (the cities) may still be cached.
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsName("kabinet-no-store")
@JaxrsApplicationSelect(KabinetApi.SELECT)
public class NoStoreFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo() == null ? "" : request.getUriInfo().getPath();
        if (personal(request.getHeaderString(HttpHeaders.AUTHORIZATION), path)
                && !response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            response.getHeaders().putSingle("Pragma", "no-cache");
        }
    }

    /** Whether an answer may hold personal data: a request with credentials, or one for {@code me/…} or {@code admin/…}. */
    static boolean personal(String authorization, String path) {
        String p = path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
        return authorization != null && !authorization.isBlank() || p.equals("me") || p.startsWith("me/")
                || p.equals("admin") || p.startsWith("admin/");
    }
}
