package org.kabinet.communication.impl.announcements.osgi;

import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.ResourceBundleCatalog;
import org.osgi.service.component.annotations.Component;

/** The texts of the announcements' error codes, Russian and English (announcements/errors.properties). */
@Component(service = ErrorCatalog.class)
public class AnnouncementsErrorCatalog extends ResourceBundleCatalog {
    public AnnouncementsErrorCatalog() {
        super("org.kabinet.communication.impl.announcements.errors");
    }
}
