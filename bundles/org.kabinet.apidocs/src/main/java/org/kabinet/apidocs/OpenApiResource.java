package org.kabinet.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.PublicAccess;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The OpenAPI 3.0 description of {@code /api/v1}: {@code openapi.json} and {@code openapi.yaml}. Both are generated in
 * the build from the modules' resources (swagger-jaxrs2's reader, {@code OpenApiDocumentTest}), which fails when the
 * checked-in copy served here differs from what the resources say.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@PublicAccess
@Path("")
public class OpenApiResource {
    /** Where the documents are in this bundle. */
    static final String JSON = "/openapi/kabinet-api.json";
    static final String YAML = "/openapi/kabinet-api.yaml";

    private final byte[] json = read(JSON);
    private final byte[] yaml = read(YAML);

    @Answers(value = 200, type = "application/json")
    @GET
    @Path("openapi.json")
    @Produces("application/json")
    public Response json() {
        return Response.ok(json, "application/json; charset=utf-8").header("Cache-Control", "no-cache").build();
    }

    @Answers(value = 200, type = "application/yaml")
    @GET
    @Path("openapi.yaml")
    @Produces("application/yaml")
    public Response yaml() {
        return Response.ok(yaml, "application/yaml; charset=utf-8").header("Cache-Control", "no-cache").build();
    }

    static byte[] read(String name) {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
