package org.kabinet.ui.portal;

import java.text.MessageFormat;
import java.util.Locale;
import org.kabinet.kernel.error.ErrorTexts;
import org.kabinet.kernel.error.KabinetException;
import java.util.ResourceBundle;

/** UI texts: Russian by default (messages.properties), English in messages_en.properties. */
final class Messages {
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ErrorTexts errors;

    Messages(Locale locale) {
        this(locale, new ErrorTexts(java.util.List::of));
    }

    Messages(Locale locale, ErrorTexts errors) {
        this.locale = locale;
        this.errors = errors;
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

    /** The text of a module's error, from the installed error catalogs. */
    String error(KabinetException e) {
        return errors.of(e, locale);
    }
}
