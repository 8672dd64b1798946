package org.kabinet.ui.portal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** UI texts: Russian by default (messages.properties), English in messages_en.properties. */
final class Messages {
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.kabinet.ui.portal.messages", locale,
                Messages.class.getClassLoader(), NO_FALLBACK);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        String text = bundle.getString(key);
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    /** The text of a domain error: the translation of its code if there is one, else the domain's (Russian) message. */
    String error(String code, String fallback) {
        try {
            return code == null ? fallback : bundle.getString("error." + code);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
