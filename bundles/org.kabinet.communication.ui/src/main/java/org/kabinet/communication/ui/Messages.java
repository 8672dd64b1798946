package org.kabinet.communication.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The communication pages' texts (messages.properties beside this class), Russian unless English is chosen. */
final class Messages {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private final ResourceBundle bundle;
    private final Locale locale;

    Messages(Locale locale) {
        this.locale = locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("ru");
        this.bundle = ResourceBundle.getBundle("org.kabinet.communication.ui.messages", this.locale, Messages.class.getClassLoader(),
                NO_FALLBACK);
    }

    Locale locale() {
        return locale;
    }

    /** Every text goes through MessageFormat, with or without arguments, so an apostrophe is written '' in all of them. */
    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
