package org.kabinet.communication.rest;

import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.ResourceBundleCatalog;
import org.osgi.service.component.annotations.Component;

/**
 * The texts of the codes the communication module's REST resources answer with themselves (a value not
 * in a list, an instant that is not ISO-8601, an announcement without an audience), Russian and English
 * (errors.properties beside this class). The domain's own codes ({@code communication.text},
 * {@code communication.attachment.size}, …) are in communication.impl's catalog.
 */
@Component(service = ErrorCatalog.class)
public class CommunicationRestErrorCatalog extends ResourceBundleCatalog {
    public CommunicationRestErrorCatalog() {
        super("org.kabinet.communication.rest.errors");
    }
}
