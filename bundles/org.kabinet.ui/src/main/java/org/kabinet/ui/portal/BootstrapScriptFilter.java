package org.kabinet.ui.portal;

import com.vaadin.server.VaadinServlet;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/**
 * Serves {@code /vaadin-<version>/VAADIN/vaadinBootstrap.js} from the vaadin-server bundle: Pax Web 8
 * answers 404 for the single-file resource that vaadin-server registers for it, and without this
 * script no page of the portal starts.
 */
@Component(service = Filter.class, property = {
        "osgi.http.whiteboard.filter.pattern=/VAADIN/vaadinBootstrap.js",
        "osgi.http.whiteboard.filter.name=kabinet-vaadin-bootstrap",
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=com.vaadin)"
})
public class BootstrapScriptFilter implements Filter {
    private static final String SCRIPT = "/VAADIN/vaadinBootstrap.js";

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        URL script = VaadinServlet.class.getResource(SCRIPT);
        if (script == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse http = (HttpServletResponse) response;
        http.setContentType("application/javascript;charset=UTF-8");
        http.setHeader("Cache-Control", "max-age=3600");
        try (InputStream in = script.openStream(); OutputStream out = http.getOutputStream()) {
            in.transferTo(out);
        }
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
