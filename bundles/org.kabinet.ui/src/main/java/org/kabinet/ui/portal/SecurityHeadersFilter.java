package org.kabinet.ui.portal;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Security headers on every response of every web context (the portal, its static files and the
 * REST API): a Content-Security-Policy that allows what Vaadin 8 needs (inline styles and
 * {@code eval} in its client engine) and nothing from other origins, no framing, no MIME sniffing,
 * no referrer to other sites; pages (not static files) never kept by a cache ({@code no-store}).
 * HSTS is the TLS proxy's job (see the README).
 */
@Component(service = Filter.class, scope = ServiceScope.PROTOTYPE, property = {
        "osgi.http.whiteboard.filter.pattern=/*",
        "osgi.http.whiteboard.filter.name=kabinet-security-headers",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=*)",
        "service.ranking:Integer=1000"
})
public class SecurityHeadersFilter implements Filter {
    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            http.setHeader("Content-Security-Policy", CSP);
            http.setHeader("X-Frame-Options", "DENY");
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            http.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            if (request instanceof HttpServletRequest asked && page(asked.getRequestURI(), asked.getContextPath())) {
                http.setHeader("Cache-Control", "no-store");
                chain.doFilter(request, new NoStore(http));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether the path is a page of the portal or its conversation with the browser (which show personal
     * data and must not be kept by a cache), not a static file under {@code /VAADIN/} (theme, widgetset:
     * cached as Vaadin says) and not the REST API (whose own filter decides).
     */
    static boolean page(String uri, String contextPath) {
        String path = uri == null ? "" : uri;
        if (contextPath != null && !contextPath.isEmpty() && path.startsWith(contextPath)) {
            path = path.substring(contextPath.length());
        }
        return !path.startsWith("/VAADIN/") && !path.equals("/api") && !path.startsWith("/api/");
    }

    /** A page's answer: whatever cache header Vaadin sets ({@code no-cache}), it stays {@code no-store}. */
    static final class NoStore extends HttpServletResponseWrapper {
        NoStore(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) ? "no-store" : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, "no-store");
            } else {
                super.addHeader(name, value);
            }
        }
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
