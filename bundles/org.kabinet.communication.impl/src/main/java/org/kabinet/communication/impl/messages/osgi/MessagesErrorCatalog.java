package org.kabinet.communication.impl.messages.osgi;

import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.ResourceBundleCatalog;
import org.osgi.service.component.annotations.Component;

/** The texts of the error codes of messages, feedback and files, Russian and English (errors.properties beside the messages classes). */
@Component(service = ErrorCatalog.class)
public class MessagesErrorCatalog extends ResourceBundleCatalog {
    public MessagesErrorCatalog() {
        super("org.kabinet.communication.impl.messages.errors");
    }
}
