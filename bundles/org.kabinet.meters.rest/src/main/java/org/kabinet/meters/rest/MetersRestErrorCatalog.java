package org.kabinet.meters.rest;

import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.ResourceBundleCatalog;
import org.osgi.service.component.annotations.Component;

/**
 * The texts of the codes the meters module's REST resources answer with themselves (malformed values,
 * dates, a meter named by an unknown serial, a refused reading or file), Russian and English
 * (errors.properties beside this class). The domain's own codes are in meters.impl's catalog.
 */
@Component(service = ErrorCatalog.class)
public class MetersRestErrorCatalog extends ResourceBundleCatalog {
    public MetersRestErrorCatalog() {
        super("org.kabinet.meters.rest.errors");
    }
}
