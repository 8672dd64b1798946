package org.kabinet.billing.ui;

import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.DateField;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.kernel.money.Money;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.FieldErrors;

/**
 * What the billing staff pages share: fields with ids, a section with a heading, reading numbers and
 * months as people type them, and saving a form — the error under its field and at the top, or a
 * confirmation line.
 */
final class StaffForms {
    private StaffForms() {
    }

    static TextField text(String id, String caption) {
        TextField field = new TextField(caption);
        field.setId(id);
        return field;
    }

    static DateField date(String id, String caption, Messages m) {
        DateField field = new DateField(caption);
        field.setId(id);
        field.setDateFormat("dd.MM.yyyy");
        field.setLocale(m.locale());
        field.setPlaceholder(m.get("admin.datePlaceholder"));
        return field;
    }

    static Button primary(String id, String caption, Button.ClickListener click) {
        Button button = new Button(caption, click);
        button.setId(id);
        button.addStyleName(ValoTheme.BUTTON_PRIMARY);
        return button;
    }

    static Label line(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWidth("100%");
        return label;
    }

    static Label subheading(String text) {
        Label label = new Label(text);
        label.addStyleName(ValoTheme.LABEL_BOLD);
        label.setWidth("100%");
        return label;
    }

    static VerticalLayout section(String id, String title, Component... parts) {
        Label heading = new Label(title);
        heading.addStyleName(ValoTheme.LABEL_H3);
        VerticalLayout section = new VerticalLayout(heading);
        section.addComponents(parts);
        section.setMargin(false);
        section.setId(id);
        return section;
    }

    /** A number as typed («12,37», «1 234.5»); blank is null; anything else is refused for {@code field} with {@code code}. */
    static BigDecimal number(TextField input, String field, String code) {
        String text = input.getValue().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Money.parse(text);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, code);
        }
    }

    /** A month typed as 2026-03; blank is null. */
    static YearMonth month(TextField input, String field) {
        String text = input.getValue().strip();
        try {
            return text.isEmpty() ? null : YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "billing.period.invalid");
        }
    }

    /**
     * Runs a save: on success clears the errors and writes {@code done}'s sentence in {@code result}; a
     * validation error goes under its field (or the first one) and into {@code summary}; another refusal
     * into {@code result}.
     */
    static boolean save(AdminContext context, Map<String, ? extends AbstractComponent> fields, AbstractComponent first,
                        Label summary, Label result, Supplier<String> done) {
        FieldErrors.clear(fields.values().toArray(AbstractComponent[]::new));
        FieldErrors.clearSummary(summary);
        result.removeStyleName("kabinet-ok");
        result.removeStyleName("kabinet-error");
        try {
            result.setValue(done.get());
            result.addStyleName("kabinet-ok");
            return true;
        } catch (ValidationException e) {
            result.setValue("");
            FieldErrors.show(e, context.errorText(e), fields, first, summary);
        } catch (KabinetException e) {
            result.setValue(context.errorText(e));
            result.addStyleName("kabinet-error");
        }
        return false;
    }
}
