package org.kabinet.ui.portal;

import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.util.Map;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.ui.spi.FieldErrors;

/** Small building blocks shared by the portal's forms. */
final class Forms {
    private Forms() {
    }

    static VerticalLayout card(String id, String title) {
        VerticalLayout card = new VerticalLayout();
        card.setId(id);
        card.addStyleName("kabinet-card");
        card.setWidth("100%");
        Label heading = new Label(title);
        heading.addStyleName(ValoTheme.LABEL_H2);
        card.addComponent(heading);
        return card;
    }

    static Label text(String text) {
        Label label = new Label(text);
        label.setWidth("100%");
        return label;
    }

    static Label message(String id, String text) {
        Label label = text(text);
        label.setId(id);
        return label;
    }

    static Button link(String id, String caption, Button.ClickListener listener) {
        Button button = new Button(caption, listener);
        button.setId(id);
        button.addStyleName(ValoTheme.BUTTON_LINK);
        return button;
    }

    static Button primary(String id, String caption, Button.ClickListener listener) {
        Button button = new Button(caption, listener);
        button.setId(id);
        button.addStyleName(ValoTheme.BUTTON_PRIMARY);
        return button;
    }

    /** Puts a domain validation error under the field it names, or under {@code fallback}. */
    static void show(ValidationException e, String text, Map<String, AbstractComponent> fields, AbstractComponent fallback) {
        FieldErrors.show(e, text, fields, fallback);
    }

    static void clearErrors(AbstractComponent... components) {
        FieldErrors.clear(components);
    }
}
