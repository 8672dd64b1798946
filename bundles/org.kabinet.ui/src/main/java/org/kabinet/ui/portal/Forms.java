package org.kabinet.ui.portal;

import com.vaadin.server.UserError;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.util.Map;
import org.kabinet.kernel.error.ValidationException;

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

    /** Puts a domain validation error on the field it names, or on {@code fallback}. */
    static void show(ValidationException e, String text, Map<String, AbstractComponent> fields,
                     AbstractComponent fallback) {
        AbstractComponent target = fields.getOrDefault(e.field(), fallback);
        target.setComponentError(new UserError(text));
    }

    static void clearErrors(AbstractComponent... components) {
        for (AbstractComponent c : components) {
            c.setComponentError(null);
        }
    }
}
