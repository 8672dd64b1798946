package org.kabinet.accounts.ui;

import com.vaadin.ui.Button;
import com.vaadin.ui.themes.ValoTheme;

/** Small helpers the accounts pages share. */
final class Fields {
    private Fields() {
    }

    /**
     * A city picker: all cities in one scrolling list (the company's city first, as the service orders
     * them), filtered by any part of the name as one types, «е» and «ё» alike.
     */
    static com.vaadin.ui.ComboBox<org.kabinet.accounts.api.City> cities(String caption, java.util.List<org.kabinet.accounts.api.City> cities) {
        com.vaadin.ui.ComboBox<org.kabinet.accounts.api.City> city = new com.vaadin.ui.ComboBox<>(caption);
        city.setItemCaptionGenerator(org.kabinet.accounts.api.City::name);
        city.setItems((name, typed) -> fold(name).contains(fold(typed)), cities);
        city.setPageLength(0);
        return city;
    }

    private static String fold(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е').strip();
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

    /**
     * A modal question before a step that cannot be taken back: {@code yes} runs only on the first
     * button (id {@code <id>-confirm}); the other ({@code <id>-cancel}) just closes it.
     */
    static void confirm(String id, String title, String text, String yesCaption, String noCaption, Runnable yes) {
        com.vaadin.ui.Window dialog = new com.vaadin.ui.Window(title);
        dialog.setId(id + "-dialog");
        dialog.setModal(true);
        dialog.setResizable(false);
        dialog.setWidth("90%");
        dialog.addStyleName("kabinet-dialog");
        Button ok = primary(id + "-confirm", yesCaption, e -> {
            dialog.close();
            yes.run();
        });
        ok.addStyleName(ValoTheme.BUTTON_DANGER);
        Button cancel = new Button(noCaption, e -> dialog.close());
        cancel.setId(id + "-cancel");
        dialog.setContent(new com.vaadin.ui.VerticalLayout(text(text), new com.vaadin.ui.HorizontalLayout(ok, cancel)));
        com.vaadin.ui.UI.getCurrent().addWindow(dialog);
    }
}
