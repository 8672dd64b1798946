package org.kabinet.rest;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Path;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.audit.api.ActorKind;
import org.kabinet.audit.api.Outcome;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.ClientAddress;
import org.kabinet.rest.api.KabinetApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Every staff request that changes something (any method but GET, HEAD and OPTIONS), of every module, goes
 * into the security audit trail once answered: the staff member, the client's address, the method and the
 * route template ({@code POST /admin/accounts/{id}/codes}) as the action, the actual path as the target,
 * and the outcome from the status (401/403 denied, other 4xx/5xx failed). Tenants' and public requests
 * are not recorded here (sign-ins are, by their resources).
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsName("kabinet-staff-audit")
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Priority(Priorities.USER)
public class StaffActionAudit implements ContainerResponseFilter {
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");
    private final RestAudit audit;
    @Context
    private ResourceInfo resource;
    @Context
    private HttpServletRequest http;

    @Activate
    public StaffActionAudit(@Reference RestAudit audit) {
        this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        record(request.getMethod(), route(resource == null ? null : resource.getResourceClass(),
                        resource == null ? null : resource.getResourceMethod()),
                path(request.getUriInfo().getPath()), request.getSecurityContext(), response.getStatus(), ClientAddress.of(http));
    }

    /** Records the request if a member of staff changed something; whether it did. */
    boolean record(String method, String route, String path, SecurityContext security, int status, String clientIp) {
        if (method == null || READING.contains(method.toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (security == null || !(security.getUserPrincipal() instanceof Caller.Staff staff)) {
            return false;
        }
        String template = route == null ? path : route;
        audit.record(ActorKind.STAFF, staff.name(), clientIp, method + " " + template, path, Outcome.ofStatus(status),
                "HTTP " + status);
        return true;
    }

    private static String path(String relative) {
        String p = relative == null ? "" : relative;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return "/" + p;
    }

    /** The matched route template relative to the API's base ({@code /admin/accounts/{id}/codes}), or null. */
    static String route(Class<?> type, Method method) {
        if (type == null || method == null) {
            return null;
        }
        StringBuilder route = new StringBuilder();
        append(route, Optional.ofNullable(type.getAnnotation(Path.class)).map(Path::value).orElse(""));
        append(route, Optional.ofNullable(method.getAnnotation(Path.class)).map(Path::value).orElse(""));
        return route.length() == 0 ? "/" : route.toString();
    }

    private static void append(StringBuilder route, String segment) {
        String s = segment.strip();
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (!s.isEmpty()) {
            route.append('/').append(s);
        }
    }
}
