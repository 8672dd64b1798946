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

    /**
     * What follows the page's id in the address the page was opened with: {@code invitation/<token>} for
     * {@code /#!accounts/invitation/<token>}; empty for {@code /#!accounts} and when the tenant opened the page from
     * the menu. Such an address in a letter opens the page at one thing, also through the sign-in: a tenant who
     * follows it signed out signs in first and then lands there.
     *
     * @since 1.4
     */
    default String parameter() {
        return "";
    }

    /**
     * Takes the {@link #parameter()} out of the address without a new entry in the browser's history: the address
     * becomes {@code /#!<page id>}. Call it once the page has read a secret from it (a one-time token), so that the
     * secret stays neither in the address bar nor behind Back, and a reload shows the page without it.
     * {@link #parameter()} still answers what the page was opened with.
     *
     * @since 1.4
     */
    default void clearParameter() {
    }
}
