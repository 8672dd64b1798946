package org.kabinet.notifications.impl.osgi;

import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.ResourceBundleCatalog;
import org.osgi.service.component.annotations.Component;

/** The texts of the outbox's error codes (the daily SMS cap), Russian and English. */
@Component(service = ErrorCatalog.class)
public class NotificationsErrorCatalog extends ResourceBundleCatalog {
    public NotificationsErrorCatalog() {
        super("org.kabinet.notifications.impl.errors");
    }
}
