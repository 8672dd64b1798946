package org.kabinet.bench.probe;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The baseline's answer to {@code GET /api/v1/cities} (the whiteboard's default application is moved to
 * {@code /api/v1} in the baseline's etc/): a constant in the portal's shape, so a start of the bare stack
 * ends at the same request as a start of the portal.
 */
@Component(service = CitiesProbe.class)
@JaxrsResource
@Path("cities")
public class CitiesProbe {
    private static final String CITIES = "[{\"id\":\"khanty-mansiysk\",\"name\":\"Ханты-Мансийск\"}]";

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public String cities() {
        return CITIES;
    }
}
