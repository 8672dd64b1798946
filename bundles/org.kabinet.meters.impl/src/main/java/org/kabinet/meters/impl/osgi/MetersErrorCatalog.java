package org.kabinet.meters.impl.osgi;

import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.ResourceBundleCatalog;
import org.osgi.service.component.annotations.Component;

/** The texts of the meters module's error codes, Russian and English (errors.properties beside Readings). */
@Component(service = ErrorCatalog.class)
public class MetersErrorCatalog extends ResourceBundleCatalog {
    public MetersErrorCatalog() {
        super("org.kabinet.meters.impl.errors");
    }
}
