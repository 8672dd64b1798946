package org.kabinet.kernel.error;

import java.util.Locale;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The people-facing texts of one module's error codes. A module registers its catalog as an OSGi
 * service; the REST API and the portal look codes up in every registered catalog, in the language
 * of the request. Usually a {@link ResourceBundleCatalog}.
 */
@ConsumerType
public interface ErrorCatalog {

    /** The text for {@code code} in {@code locale} (Russian when the locale has none), or empty if the code is not this module's. */
    Optional<String> text(String code, Locale locale);
}
