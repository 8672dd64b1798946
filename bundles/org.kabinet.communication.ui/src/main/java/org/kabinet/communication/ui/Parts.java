package org.kabinet.communication.ui;

import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;
import java.util.Map;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.ui.spi.FieldErrors;

/** The small building blocks the communication pages share: lines that carry a tone, buttons and fields with ids, a question. */
final class Parts {
    /** How a line reads: plain, green success, amber warning, red error — told apart by more than colour (the theme adds a bar). */
    enum Tone {
        PLAIN(""), OK("kabinet-ok"), WARNING("kabinet-warning"), ERROR("kabinet-error");

        final String style;

        Tone(String style) {
            this.style = style;
        }
    }

    /** Below this browser width (a phone) grids keep their few telling columns; the others are in the column menu. */
    static final int NARROW = 700;

    private Parts() {
    }

    /** Whether the browser window is a phone's (unknown outside a browser: not narrow). */
    static boolean narrow() {
        com.vaadin.server.Page page = com.vaadin.server.Page.getCurrent();
        return page != null && page.getBrowserWindowWidth() > 0 && page.getBrowserWindowWidth() < NARROW;
    }

    /** Hides these (hidable) columns of a grid on a phone. */
    static void phoneColumns(com.vaadin.ui.Grid<?> grid, String... hidden) {
        if (narrow()) {
            for (String column : hidden) {
                grid.getColumn(column).setHidden(true);
            }
        }
    }

    static Label text(String text) {
        Label label = new Label(text);
        label.setWidth("100%");
        return label;
    }

    static Label text(String id, String text) {
        Label label = text(text);
        label.setId(id);
        return label;
    }

    /** An empty line for an outcome, hidden until {@link #show} fills it. */
    static Label line(String id) {
        Label label = text(id, "");
        label.setVisible(false);
        return label;
    }

    /** Puts a text into a line in its tone, replacing the previous tone; an empty text hides the line. */
    static void show(Label label, String text, Tone tone) {
        for (Tone t : Tone.values()) {
            if (!t.style.isEmpty()) {
                label.removeStyleName(t.style);
            }
        }
        label.setValue(text == null ? "" : text);
        if (!tone.style.isEmpty()) {
            label.addStyleName(tone.style);
        }
        label.setVisible(text != null && !text.isEmpty());
    }

    static void clear(Label label) {
        show(label, "", Tone.PLAIN);
    }

    static Label heading(String text) {
        Label label = text(text);
        label.addStyleName(ValoTheme.LABEL_H3);
        return label;
    }

    static Label heading(String id, String text) {
        Label label = heading(text);
        label.setId(id);
        return label;
    }

    static Button primary(String id, String caption, Button.ClickListener listener) {
        Button button = plain(id, caption, listener);
        button.addStyleName(ValoTheme.BUTTON_PRIMARY);
        return button;
    }

    static Button link(String id, String caption, Button.ClickListener listener) {
        Button button = plain(id, caption, listener);
        button.addStyleName(ValoTheme.BUTTON_LINK);
        return button;
    }

    static Button plain(String id, String caption, Button.ClickListener listener) {
        Button button = new Button(caption);
        button.setId(id);
        if (listener != null) {
            button.addClickListener(listener);
        }
        return button;
    }

    static TextField field(String id, String caption) {
        TextField field = new TextField(caption);
        field.setId(id);
        field.setWidth("100%");
        return field;
    }

    /** A text area that stops at {@code max} characters and says how many are typed («120 / 5000») under it. */
    static CountedText countedText(String id, String caption, int max, Messages m) {
        TextArea area = new TextArea(caption);
        area.setId(id);
        area.setWidth("100%");
        area.setRows(5);
        area.setMaxLength(max);
        Label counter = text(id + "-counter", CommunicationTexts.counter(0, max, m));
        counter.addStyleName(ValoTheme.LABEL_SMALL);
        counter.addStyleName("kabinet-counter");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.addValueChangeListener(e -> counter.setValue(CommunicationTexts.counter(e.getValue().length(), max, m)));
        VerticalLayout block = new VerticalLayout(area, counter);
        block.setMargin(false);
        block.setSpacing(false);
        block.setWidth("100%");
        return new CountedText(area, counter, block);
    }

    /** A text area with its counter; {@code block} holds both (and a field error between them). */
    record CountedText(TextArea area, Label counter, VerticalLayout block) {
    }

    /**
     * Buttons (or small fields) in a row that wraps on a phone. A field with a caption goes into a box of its own:
     * a CSS layout puts the caption beside the field as a separate item, and on a phone the row then wraps
     * between «Тема» and its list; in the box the caption stays above its field, and an error under it.
     */
    static CssLayout row(Component... parts) {
        CssLayout row = new CssLayout();
        for (Component part : parts) {
            row.addComponent(captioned(part) ? fieldBox(part) : part);
        }
        row.addStyleName("kabinet-filters");
        row.setWidth("100%");
        return row;
    }

    private static boolean captioned(Component part) {
        return !(part instanceof Button) && part.getCaption() != null && !part.getCaption().isEmpty();
    }

    private static VerticalLayout fieldBox(Component field) {
        VerticalLayout box = new VerticalLayout(field);
        box.setMargin(false);
        box.setSpacing(false);
        box.setWidthUndefined();
        box.addStyleName("kabinet-field-box");
        return box;
    }

    /** A vertical block without margins, with an id. */
    static VerticalLayout block(String id, Component... parts) {
        VerticalLayout block = new VerticalLayout(parts);
        block.setMargin(false);
        block.setWidth("100%");
        if (id != null) {
            block.setId(id);
        }
        return block;
    }

    /** A white card (the theme's {@code kabinet-card}) with an id. */
    static VerticalLayout card(String id, Component... parts) {
        VerticalLayout card = block(id, parts);
        card.setMargin(true);
        card.addStyleName("kabinet-card");
        return card;
    }

    /**
     * Shows a validation error under the field it is about: the exception's field name, or else the last part of
     * its code ({@code communication.feedback.contact}: {@code contact}), or else under {@code fallback}.
     */
    static void showError(ValidationException e, String text, Map<String, ? extends AbstractComponent> fields, AbstractComponent fallback) {
        AbstractComponent target = fields.get(e.field());
        if (target == null) {
            target = fields.get(CommunicationTexts.codeTail(e.code()));
        }
        FieldErrors.show(target == null ? fallback : target, text);
    }

    /**
     * A modal question before a step that cannot be taken back: {@code yes} runs only on the first button
     * (id {@code <id>-confirm}); the other ({@code <id>-cancel}) just closes it.
     */
    static Window confirm(String id, String title, String text, String yesCaption, String noCaption, Runnable yes) {
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
        Button cancel = plain(id + "-cancel", noCaption, e -> dialog.close());
        Label question = text(id + "-text", text);
        VerticalLayout content = new VerticalLayout(question, new HorizontalLayout(ok, cancel));
        dialog.setContent(content);
        if (UI.getCurrent() != null) {
            UI.getCurrent().addWindow(dialog);
        }
        return dialog;
    }
}
