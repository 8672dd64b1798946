package org.kabinet.registration.impl.osgi;

import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.ResourceBundleCatalog;
import org.osgi.service.component.annotations.Component;

/** The texts of the registration module's error codes, in Russian and English, for the REST API and the portal. */
@Component(service = ErrorCatalog.class)
public class RegistrationErrorCatalog extends ResourceBundleCatalog {
    public RegistrationErrorCatalog() {
        super("org.kabinet.registration.impl.errors");
    }
}
