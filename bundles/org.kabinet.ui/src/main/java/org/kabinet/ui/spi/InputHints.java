package org.kabinet.ui.spi;

import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.JavaScript;
import java.util.regex.Pattern;

/**
 * Tells the browser what a field holds, so password managers fill and save sign-ins, phones offer
 * the right keyboard and browsers suggest the tenant's own e-mail: {@code autocomplete} and
 * {@code inputmode} on the field's input element. The field needs an id.
 */
public final class InputHints {
    private static final Pattern TOKEN = Pattern.compile("[a-z-]+( [a-z-]+)*");

    private InputHints() {
    }

    /** Sets {@code autocomplete} (e.g. "username", "current-password", "new-password", "tel-national", "name"). */
    public static <T extends AbstractComponent> T autocomplete(T field, String value) {
        return attribute(field, "autocomplete", value);
    }

    /** Sets {@code inputmode} (e.g. "email", "numeric", "tel"). */
    public static <T extends AbstractComponent> T inputMode(T field, String value) {
        return attribute(field, "inputmode", value);
    }

    private static <T extends AbstractComponent> T attribute(T field, String name, String value) {
        if (field.getId() == null || !TOKEN.matcher(value).matches()) {
            throw new IllegalArgumentException("a field with an id and a plain token are needed");
        }
        String id = field.getId().replace("'", "");
        String script = "var f=document.getElementById('" + id + "');"
                + "if(f){var i=f.matches('input,textarea')?f:f.querySelector('input,textarea');"
                + "if(i){i.setAttribute('" + name + "','" + value + "');}}";
        field.addAttachListener(e -> JavaScript.getCurrent().execute(script));
        if (field.isAttached()) {
            JavaScript.getCurrent().execute(script);
        }
        return field;
    }
}
