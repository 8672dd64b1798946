package org.kabinet.billing.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The billing pages' texts (messages.properties beside this class), Russian unless English is chosen. */
final class Messages {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private final ResourceBundle bundle;
    private final Locale locale;

    Messages(Locale locale) {
        this.locale = locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("ru");
        this.bundle = ResourceBundle.getBundle("org.kabinet.billing.ui.messages", this.locale, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }
}
