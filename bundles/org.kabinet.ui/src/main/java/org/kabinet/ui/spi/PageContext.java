package org.kabinet.ui.spi;

import java.util.Locale;
import org.kabinet.kernel.error.KabinetException;
import org.osgi.annotation.versioning.ProviderType;

/** What a {@link CabinetPage} knows about the signed-in tenant. */
@ProviderType
public interface PageContext {

    /** The tenant's id: the key to ask other modules' APIs for the tenant's data. */
    String tenantId();

    String email();

    Locale locale();

    /** The session token, for calling APIs that act on behalf of the tenant. */
    String sessionToken();

    /** The text of a module's error in the tenant's language, from the installed error catalogs. */
    String errorText(KabinetException error);

    /**
     * Tells the cabinet that what a page's {@link CabinetPage#badge} counts has changed (the tenant
     * opened an unread answer), so the menu shows the new counts now rather than at the next page.
     *
     * @since 1.3
     */
    default void badgesChanged() {
    }
}
