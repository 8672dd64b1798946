package org.kabinet.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/**
 * The browsable API page at {@code /api/docs/}: Swagger UI from its WebJar, in this bundle (no CDN; the portal's CSP
 * allows it as it is: scripts and styles from the portal itself), opened on {@code /api/v1/openapi.json}. Only the
 * files Swagger UI needs are served; anything else under {@code /api/docs/} is 404.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.pattern=/api/docs/*",
        "osgi.http.whiteboard.servlet.name=kabinet-api-docs"
})
public class ApiDocsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The files served, by name: Swagger UI's own (from the WebJar) and its configuration (ours). */
    static final Set<String> FILES = Set.of("index.html", "index.css", "swagger-ui.css", "swagger-ui-bundle.js",
            "favicon-32x32.png", "favicon-16x16.png", "swagger-initializer.js");
    private static final Set<String> OURS = Set.of("index.html", "swagger-initializer.js");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "png", "image/png");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || path.isEmpty()) {
            // /api/docs → /api/docs/, so that the page's relative links resolve under it
            response.sendRedirect(request.getContextPath() + request.getServletPath() + "/");
            return;
        }
        String name = path.equals("/") ? "index.html" : path.substring(1);
        if (!FILES.contains(name)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // the page and its initializer are ours (title, language, which document); the rest is Swagger UI's as released
        String resource = (OURS.contains(name) ? "/apidocs/" : "/swagger-ui/") + name;
        try (InputStream in = ApiDocsServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] bytes = in.readAllBytes();
            response.setContentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Cache-Control", OURS.contains(name) ? "no-cache" : "public, max-age=86400");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        }
    }
}
