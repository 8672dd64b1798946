package org.kabinet.meters.ui;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.DateField;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;
import java.util.List;
import org.kabinet.ui.spi.InputHints;

/** The small building blocks the meters pages share: labels that carry a tone, buttons and fields with ids, a row of fields, a question. */
final class Parts {
    private Parts() {
    }

    static Label text(String text) {
        Label label = new Label(text);
        label.setWidth("100%");
        return label;
    }

    static Label line(String id) {
        Label label = text("");
        label.setId(id);
        return label;
    }

    /** A line in the tone of its note: plain, amber warning, red error, green success. */
    static Label note(MeterTexts.Note note) {
        Label label = text("");
        show(label, note);
        return label;
    }

    /** Puts a note into a label, its tone replacing the previous one; an empty note hides the label. */
    static void show(Label label, MeterTexts.Note note) {
        for (MeterTexts.Tone tone : MeterTexts.Tone.values()) {
            if (!tone.style.isEmpty()) {
                label.removeStyleName(tone.style);
            }
        }
        label.setValue(note.text());
        if (!note.tone().style.isEmpty()) {
            label.addStyleName(note.tone().style);
        }
        label.setVisible(!note.text().isEmpty());
    }

    static void clear(Label label) {
        show(label, new MeterTexts.Note("", MeterTexts.Tone.PLAIN));
    }

    static Label subheading(String text) {
        Label label = text(text);
        label.addStyleName(ValoTheme.LABEL_H3);
        return label;
    }

    /** A button; its listener may come later (null here) when it needs the button itself. */
    private static Button button(String caption, Button.ClickListener listener) {
        Button button = new Button(caption);
        if (listener != null) {
            button.addClickListener(listener);
        }
        return button;
    }

    static Button primary(String id, String caption, Button.ClickListener listener) {
        Button button = button(caption, listener);
        button.setId(id);
        button.addStyleName(ValoTheme.BUTTON_PRIMARY);
        return button;
    }

    static Button link(String id, String caption, Button.ClickListener listener) {
        Button button = button(caption, listener);
        button.setId(id);
        button.addStyleName(ValoTheme.BUTTON_LINK);
        return button;
    }

    static Button plain(String id, String caption, Button.ClickListener listener) {
        Button button = button(caption, listener);
        button.setId(id);
        return button;
    }

    static TextField field(String id, String caption) {
        TextField field = new TextField(caption);
        field.setId(id);
        return field;
    }

    /** A field for a number typed on a phone's number pad (with a decimal comma). */
    static TextField numberField(String id, String caption) {
        TextField field = field(id, caption);
        InputHints.inputMode(field, "decimal");
        InputHints.autocomplete(field, "off");
        return field;
    }

    static DateField date(String id, String caption, Messages m) {
        DateField field = new DateField(caption);
        field.setId(id);
        field.setDateFormat("dd.MM.yyyy");
        field.setLocale(m.locale());
        field.setPlaceholder(m.get("meters.datePlaceholder"));
        field.setTextFieldEnabled(true);
        return field;
    }

    static <T> ComboBox<T> combo(String id, String caption, List<T> items, com.vaadin.ui.ItemCaptionGenerator<T> captions) {
        ComboBox<T> combo = new ComboBox<>(caption, items);
        combo.setId(id);
        combo.setItemCaptionGenerator(captions);
        combo.setTextInputAllowed(false);
        combo.setEmptySelectionAllowed(false);
        combo.setPageLength(0);
        return combo;
    }

    /** Fields side by side on a wide screen, one under another on a phone; each keeps its error under it. */
    static CssLayout cells(Component... fields) {
        CssLayout cells = new CssLayout();
        cells.addStyleName("kabinet-form-cells");
        cells.setWidth("100%");
        for (Component field : fields) {
            VerticalLayout cell = new VerticalLayout(field);
            cell.setMargin(false);
            cell.setSpacing(false);
            cell.setWidthUndefined();
            cell.addStyleName("kabinet-form-cell");
            cells.addComponent(cell);
        }
        return cells;
    }

    /** Buttons in a row that wraps on a phone. */
    static CssLayout buttons(Component... buttons) {
        CssLayout row = new CssLayout(buttons);
        row.addStyleName("kabinet-filters");
        row.setWidth("100%");
        return row;
    }

    static VerticalLayout section(String id, String title, Component... parts) {
        VerticalLayout section = new VerticalLayout(subheading(title));
        section.addComponents(parts);
        section.setMargin(false);
        section.setId(id);
        return section;
    }

    /**
     * A modal question before a step that cannot be taken back: {@code yes} runs only on the first button
     * (id {@code <id>-confirm}); the other ({@code <id>-cancel}) just closes it.
     */
    static void confirm(String id, String title, String text, String yesCaption, String noCaption, Runnable yes) {
        Window dialog = new Window(title);
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
        Button cancel = plain(id + "-cancel", noCaption, e -> dialog.close());
        dialog.setContent(new VerticalLayout(text(text), new HorizontalLayout(ok, cancel)));
        UI.getCurrent().addWindow(dialog);
    }
}
