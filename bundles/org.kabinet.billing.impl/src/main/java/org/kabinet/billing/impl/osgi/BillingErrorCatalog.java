package org.kabinet.billing.impl.osgi;

import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.ResourceBundleCatalog;
import org.osgi.service.component.annotations.Component;

/** The texts of billing's error codes, Russian and English (errors.properties beside BillingService). */
@Component(service = ErrorCatalog.class)
public class BillingErrorCatalog extends ResourceBundleCatalog {
    public BillingErrorCatalog() {
        super("org.kabinet.billing.impl.errors");
    }
}
