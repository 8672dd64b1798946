package org.kabinet.ui.spi;

import java.util.Locale;
import java.util.Optional;
import org.kabinet.kernel.error.KabinetException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a {@link FooterAction} knows about the visitor.
 *
 * @since 1.3
 */
@ProviderType
public interface FooterContext {
    Locale locale();

    /** The signed-in tenant's id, or empty on a public page and in the staff area. */
    Optional<String> tenantId();

    /** The signed-in tenant's e-mail, or empty. */
    Optional<String> email();

    /** The client's address as the portal sees it, for per-client limits. */
    String clientAddress();

    /** The text of a module's error in the visitor's language. */
    String errorText(KabinetException error);
}
