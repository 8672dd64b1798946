package org.kabinet.accounts.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The accounts pages' texts: Russian by default (messages.properties), English in messages_en.properties. */
final class Messages {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.kabinet.accounts.ui.messages", locale,
                Messages.class.getClassLoader(), NO_FALLBACK);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }
}
