package org.kabinet.rest;

import java.util.Set;
import javax.ws.rs.core.Application;
import org.kabinet.rest.api.KabinetApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The API application on the OSGi JAX-RS whiteboard at {@code /api/v1}. It has no resources of its
 * own: each module registers its resources and extensions selecting it ({@link KabinetApi#SELECT}),
 * so installing or removing a module's feature adds or removes its endpoints and nothing else.
 */
@Component(service = Application.class)
@JaxrsName(KabinetApi.NAME)
@JaxrsApplicationBase(KabinetApi.BASE)
public class KabinetApplication extends Application {
    @Override
    public Set<Object> getSingletons() {
        return Set.of();
    }
}
