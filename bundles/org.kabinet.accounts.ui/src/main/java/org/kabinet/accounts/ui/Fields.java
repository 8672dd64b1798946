package org.kabinet.accounts.ui;

import com.vaadin.ui.Button;
import com.vaadin.ui.themes.ValoTheme;

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
}
