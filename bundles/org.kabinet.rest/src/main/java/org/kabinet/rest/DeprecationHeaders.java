package org.kabinet.rest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.Sunset;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Every answer of an endpoint marked {@link Sunset} says that it is deprecated and when it goes: {@code Deprecation}
 * (RFC 9745), {@code Sunset} (RFC 8594) and a {@code Link} with {@code rel="deprecation"}, on success and on error alike.
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsName("kabinet-deprecation")
@JaxrsApplicationSelect(KabinetApi.SELECT)
public class DeprecationHeaders implements ContainerResponseFilter {
    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Sunset sunset = resource == null ? null : of(resource);
        if (sunset != null) {
            headers(sunset).forEach((name, value) -> response.getHeaders().add(name, value));
        }
    }

    /** The method's mark, or its class's. */
    static Sunset of(ResourceInfo resource) {
        if (resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(Sunset.class)) {
            return resource.getResourceMethod().getAnnotation(Sunset.class);
        }
        return resource.getResourceClass() == null ? null : resource.getResourceClass().getAnnotation(Sunset.class);
    }

    /** The three headers of a mark, in order. */
    static java.util.Map<String, String> headers(Sunset sunset) {
        long deprecated = LocalDate.parse(sunset.deprecated()).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        String gone = DateTimeFormatter.RFC_1123_DATE_TIME.format(LocalDate.parse(sunset.value()).atStartOfDay(ZoneOffset.UTC));
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Deprecation", "@" + deprecated);
        headers.put("Sunset", gone);
        headers.put("Link", "<" + sunset.link() + ">; rel=\"deprecation\"");
        return headers;
    }
}
