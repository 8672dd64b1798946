package org.kabinet.rest;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import javax.annotation.Priority;
import javax.ws.rs.ForbiddenException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import org.kabinet.rest.api.KabinetApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Cross-site request forgery against staff. A browser keeps a staff member's HTTP Basic credentials
 * and sends them with any request to the portal, also one a foreign page makes (a hidden form, a
 * {@code fetch} without CORS). Such a request changing something ({@code POST}, {@code PUT},
 * {@code DELETE}, {@code PATCH}) with Basic credentials is refused before anyone is authenticated:
 * 403 when the browser says it comes from another site ({@code Origin} other than the portal's own
 * host, {@code Sec-Fetch-Site} {@code cross-site} or {@code same-site}), 415 for a form body
 * ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}), which no staff endpoint
 * reads. Scripts and {@code curl} send no {@code Origin} and pass; tenants' Bearer tokens are never
 * sent by a browser on its own, so their requests need no such check.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName("kabinet-cross-site")
@JaxrsApplicationSelect(KabinetApi.SELECT)
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CrossSiteFilter implements ContainerRequestFilter {

    /** Why a request is refused: {@link #FORBIDDEN} from another site, {@link #FORM} a form body. */
    enum Refusal { FORBIDDEN, FORM }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<Refusal> refusal = refusal(request.getMethod(), request.getHeaderString(HttpHeaders.AUTHORIZATION),
                request.getHeaderString("Origin"), request.getHeaderString("Sec-Fetch-Site"),
                request.getHeaderString(HttpHeaders.HOST), request.getHeaderString("X-Forwarded-Host"),
                request.getHeaderString(HttpHeaders.CONTENT_TYPE));
        if (refusal.isPresent()) {
            throw refusal.get() == Refusal.FORM ? new NotSupportedException() : new ForbiddenException();
        }
    }

    /** The rule, apart from JAX-RS: empty when the request may go on. */
    static Optional<Refusal> refusal(String method, String authorization, String origin, String fetchSite, String host,
                                     String forwardedHost, String contentType) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6) || safe(method)) {
            return Optional.empty();
        }
        if (fetchSite != null && (fetchSite.equalsIgnoreCase("cross-site") || fetchSite.equalsIgnoreCase("same-site"))) {
            return Optional.of(Refusal.FORBIDDEN);
        }
        if (origin != null && !sameHost(origin, host) && !sameHost(origin, forwardedHost)) {
            return Optional.of(Refusal.FORBIDDEN);
        }
        if (contentType != null) {
            String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (type.equals("application/x-www-form-urlencoded") || type.equals("multipart/form-data")) {
                return Optional.of(Refusal.FORM);
            }
        }
        return Optional.empty();
    }

    private static boolean safe(String method) {
        return method == null || method.equalsIgnoreCase("GET") || method.equalsIgnoreCase("HEAD") || method.equalsIgnoreCase("OPTIONS");
    }

    /** Whether an {@code Origin} ({@code scheme://host[:port]}; {@code null} for a sandboxed page) names the host. */
    static boolean sameHost(String origin, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        URI uri;
        try {
            uri = URI.create(origin.strip());
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            return false;
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        String authority = uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        String given = host.split(",", 2)[0].strip().toLowerCase(Locale.ROOT);
        return given.equals(authority) || !given.contains(":") && (given + ":" + port).equals(authority)
                && (port == 80 || port == 443);
    }
}
