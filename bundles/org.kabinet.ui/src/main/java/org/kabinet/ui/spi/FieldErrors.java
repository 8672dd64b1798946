package org.kabinet.ui.spi;

import com.vaadin.server.UserError;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.AbstractOrderedLayout;
import com.vaadin.ui.JavaScript;
import com.vaadin.ui.Label;
import java.util.Map;
import org.kabinet.kernel.error.ValidationException;

/**
 * The portal's one way to show what is wrong with a field: the field turns red and the sentence
 * stands as text right under it (id {@code <field id>-error}, tied to the field with
 * {@code aria-describedby}), so it is seen on a phone and read by screen readers — not only in a
 * tooltip. Every form of the portal and of its modules uses it. A long form also names the error
 * at its top ({@link #summary}), where the eye and the screen reader start.
 */
public final class FieldErrors {
    private static final String STYLE = "kabinet-field-error";

    private FieldErrors() {
    }

    /** Shows {@code text} under {@code field}. */
    public static void show(AbstractComponent field, String text) {
        field.setComponentError(new UserError(text));
        remove(field);
        if (field.getParent() instanceof AbstractOrderedLayout layout) {
            Label label = new Label(text);
            label.addStyleName(STYLE);
            label.setWidth("100%");
            if (field.getId() != null) {
                label.setId(field.getId() + "-error");
                JavaScript.eval(InputHints.onInput(field.getId(), "aria-describedby", field.getId() + "-error", "aria-invalid", "true"));
            }
            layout.addComponent(label, layout.getComponentIndex(field) + 1);
            field.setData(label);
        }
    }

    /** Shows a validation error under the field it names, or under {@code fallback}. */
    public static void show(ValidationException e, String text, Map<String, ? extends AbstractComponent> fields,
                            AbstractComponent fallback) {
        show(fields.containsKey(e.field()) ? fields.get(e.field()) : fallback, text);
    }

    /** A line for the top of a long form; hidden until {@link #summarize} fills it. */
    public static Label summary(String id) {
        Label summary = new Label();
        summary.setId(id);
        summary.addStyleName("kabinet-error-summary");
        summary.setWidth("100%");
        summary.setVisible(false);
        return summary;
    }

    /**
     * Shows a validation error under its field and, in {@code summary}, as «field: text» at the top of
     * the form, announced to screen readers ({@code role=alert}).
     */
    public static void show(ValidationException e, String text, Map<String, ? extends AbstractComponent> fields,
                            AbstractComponent fallback, Label summary) {
        AbstractComponent field = fields.containsKey(e.field()) ? fields.get(e.field()) : fallback;
        show(field, text);
        summarize(summary, field, text);
    }

    /** Fills the summary line for an error shown under {@code field}. */
    public static void summarize(Label summary, AbstractComponent field, String text) {
        String caption = field.getCaption();
        summary.setValue(caption == null || caption.isBlank() ? text : caption + ": " + text);
        summary.setVisible(true);
        if (summary.getId() != null) {
            String id = summary.getId().replace("'", "");
            JavaScript.eval("var s=document.getElementById('" + id + "');if(s){s.setAttribute('role','alert');}");
        }
    }

    /** Hides the summary line. */
    public static void clearSummary(Label summary) {
        summary.setValue("");
        summary.setVisible(false);
    }

    /** Takes the errors off these fields. */
    public static void clear(AbstractComponent... fields) {
        for (AbstractComponent field : fields) {
            field.setComponentError(null);
            remove(field);
        }
    }

    private static void remove(AbstractComponent field) {
        if (field.getData() instanceof Label label && label.getParent() instanceof AbstractOrderedLayout layout) {
            layout.removeComponent(label);
        }
        if (field.getData() instanceof Label) {
            field.setData(null);
        }
    }
}
