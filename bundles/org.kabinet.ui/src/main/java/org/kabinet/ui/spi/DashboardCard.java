package org.kabinet.ui.spi;

import com.vaadin.ui.Component;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A card on the cabinet's home page («Главная»): what matters from one module at a glance (the
 * linked accounts, later the balance, the meter-reading window, unread messages). Register an
 * implementation as an OSGi service; the home page shows the cards in {@link #order()}.
 */
@ConsumerType
public interface DashboardCard {

    /** Stable identifier; the card's DOM id is {@code card-<id>}. */
    String id();

    /** Position on the home page: lower comes first. */
    int order();

    /** The card for this tenant; open a page from it with {@code Page.getCurrent().setUriFragment("!<page id>")}. */
    Component create(PageContext context);
}
