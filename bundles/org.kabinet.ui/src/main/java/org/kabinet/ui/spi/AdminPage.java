package org.kabinet.ui.spi;

import com.vaadin.server.Resource;
import com.vaadin.ui.Component;
import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page of the staff area at {@code /admin}, shown as a tab to staff members with
 * {@link #requiredRole()}. Register an implementation as an OSGi service and the tab appears for the
 * next staff page opened; unregister it and it disappears.
 */
@ConsumerType
public interface AdminPage {

    /** Stable identifier, also the tab's id in the DOM ({@code admin-tab-<id>}): lower-case letters, digits and dashes. */
    String id();

    /** The tab's title in the staff member's language. */
    String title(Locale locale);

    /** Position among the tabs: lower comes first. Built-in pages use multiples of 100. */
    int order();

    /** The JAAS role a member needs to see the page; {@code admin} members see every page. */
    default String requiredRole() {
        return "manager";
    }

    /** An icon for the tab, or null. */
    default Resource icon() {
        return null;
    }

    /** Builds the page for one staff member's session; called each time the staff area is opened. */
    Component create(AdminContext context);
}
