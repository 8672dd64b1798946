package org.kabinet.ui.spi;

import com.vaadin.shared.Registration;
import com.vaadin.ui.AbstractComponent;

/**
 * Keeps a staff page current without «Обновить»: while {@code component} is on screen the browser
 * asks the server every {@code millis} and {@code load} runs; when the page is left, polling stops.
 * (Vaadin push would need a second transport through every proxy; a poll every few seconds on the
 * few staff screens that list events is cheaper and always works.)
 */
public final class LiveRefresh {
    private LiveRefresh() {
    }

    public static void every(AbstractComponent component, int millis, Runnable load) {
        Registration[] polling = new Registration[1];
        component.addAttachListener(e -> {
            component.getUI().setPollInterval(millis);
            polling[0] = component.getUI().addPollListener(p -> load.run());
        });
        component.addDetachListener(e -> {
            if (polling[0] != null) {
                polling[0].remove();
                polling[0] = null;
                component.getUI().setPollInterval(-1);
            }
        });
    }
}
