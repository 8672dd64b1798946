package org.kabinet.ui.portal;

import com.vaadin.osgi.resources.OsgiVaadinTheme;
import org.osgi.service.component.annotations.Component;

/**
 * Publishes this bundle's {@code VAADIN/themes/kabinet} (compiled from SASS at build time, with the
 * font files) beside Valo in Vaadin's resource context, as vaadin-themes does for Valo.
 */
@Component(service = OsgiVaadinTheme.class, immediate = true)
public class KabinetTheme implements OsgiVaadinTheme {
    static final String NAME = "kabinet";

    @Override
    public String getName() {
        return NAME;
    }
}
