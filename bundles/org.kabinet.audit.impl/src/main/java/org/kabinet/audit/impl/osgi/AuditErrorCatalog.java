package org.kabinet.audit.impl.osgi;

import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.ResourceBundleCatalog;
import org.osgi.service.component.annotations.Component;

/** The texts of the audit trail's error codes (a bad page, size or period of a query), in Russian and English. */
@Component(service = ErrorCatalog.class)
public class AuditErrorCatalog extends ResourceBundleCatalog {
    public AuditErrorCatalog() {
        super("org.kabinet.audit.impl.errors");
    }
}
