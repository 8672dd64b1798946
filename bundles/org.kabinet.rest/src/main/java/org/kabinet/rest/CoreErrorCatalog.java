package org.kabinet.rest;

import org.kabinet.kernel.error.ResourceBundleCatalog;

/** Texts of the errors the API itself answers with (malformed requests, access, overload). */
final class CoreErrorCatalog extends ResourceBundleCatalog {
    CoreErrorCatalog() {
        super("org.kabinet.rest.errors");
    }
}
