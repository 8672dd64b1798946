package org.kabinet.ui.spi;

import com.vaadin.ui.Component;
import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page of the tenant cabinet, shown in its menu. Register an implementation as an OSGi service
 * (e.g. {@code @Component(service = CabinetPage.class)}) and the page appears for every signed-in
 * tenant; unregister it and it disappears.
 */
@ConsumerType
public interface CabinetPage {

    /** Stable identifier, also the page's id in the DOM: lower-case letters, digits and dashes. */
    String id();

    /** The menu title in the tenant's language (Russian unless the tenant switched to English). */
    String title(Locale locale);

    /** Position in the menu: lower comes first. Built-in pages use multiples of 100. */
    int order();

    /** Builds the page's content for one tenant's session; called each time the page is opened. */
    Component create(PageContext context);

    /**
     * A count shown beside the menu title, e.g. unread answers; 0 shows none. Asked when the menu is built
     * and again each time a page of the cabinet opens, so keep it to one cheap query.
     *
     * @since 1.3
     */
    default int badge(PageContext context) {
        return 0;
    }
}
