package org.example.kabinet.phones;

import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.TenantAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/v1/useful-phones} for signed-in tenants: a resource, an access rule, nothing else. */
@Component(service = PhonesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@Path("useful-phones")
@Produces(MediaType.APPLICATION_JSON)
@TenantAccess
public class PhonesResource {
    private final UsefulPhones phones;

    @Activate
    public PhonesResource(@Reference UsefulPhones phones) {
        this.phones = phones;
    }

    @GET
    public List<UsefulPhones.Phone> list() {
        return phones.all();
    }
}
