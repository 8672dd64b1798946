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

    /**
     * A script that sets attributes (name, value, name, value …) on the input of the field with this id —
     * the element itself for a text field, the input inside it for a combo box or a check box.
     */
    static String onInput(String fieldId, String... attributes) {
        String id = fieldId.replace("'", "");
        StringBuilder set = new StringBuilder();
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            set.append("i.setAttribute('").append(attributes[i]).append("','").append(attributes[i + 1].replace("'", "")).append("');");
        }
        return "var f=document.getElementById('" + id + "');"
                + "if(f){var i=f.matches('input,textarea')?f:f.querySelector('input,textarea');if(i){" + set + "}}";
    }

    private static <T extends AbstractComponent> T attribute(T field, String name, String value) {
        if (field.getId() == null || !TOKEN.matcher(value).matches()) {
            throw new IllegalArgumentException("a field with an id and a plain token are needed");
        }
        String script = onInput(field.getId(), name, value);
        field.addAttachListener(e -> JavaScript.getCurrent().execute(script));
        if (field.isAttached()) {
            JavaScript.getCurrent().execute(script);
        }
        return field;
    }
}
