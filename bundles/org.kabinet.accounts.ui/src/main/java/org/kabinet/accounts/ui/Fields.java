package org.kabinet.accounts.ui;

import com.vaadin.server.UserError;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.themes.ValoTheme;
import java.util.Map;
import org.kabinet.kernel.error.ValidationException;

/** Small helpers the accounts pages share. */
final class Fields {
    private Fields() {
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

    static com.vaadin.ui.Label text(String text) {
        com.vaadin.ui.Label label = new com.vaadin.ui.Label(text);
        label.setWidth("100%");
        return label;
    }

    /** Puts a validation error's text on the field it names, or on {@code fallback}. */
    static void show(ValidationException e, String text, Map<String, AbstractComponent> fields, AbstractComponent fallback) {
        fields.getOrDefault(e.field(), fallback).setComponentError(new UserError(text));
    }

    static void clearErrors(AbstractComponent... components) {
        for (AbstractComponent c : components) {
            c.setComponentError(null);
        }
    }
}
