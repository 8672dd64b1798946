package org.kabinet.kernel.error;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Turns an error into the text a person reads, from whatever catalogs are installed. An edge (REST,
 * portal) keeps one, fed with the catalogs it tracks as OSGi services.
 */
public final class ErrorTexts {
    /** The portal's default language. */
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final String GENERIC_RU = "Не удалось выполнить запрос";
    private static final String GENERIC_EN = "The request could not be completed";

    private final Supplier<List<ErrorCatalog>> catalogs;

    public ErrorTexts(Supplier<List<ErrorCatalog>> catalogs) {
        this.catalogs = catalogs;
    }

    /** The text of {@code code} with its arguments, or empty when no installed catalog knows the code. */
    public Optional<String> text(String code, Locale locale, Object... arguments) {
        Locale language = supported(locale);
        for (ErrorCatalog catalog : catalogs.get()) {
            Optional<String> text = catalog.text(code, language);
            if (text.isPresent()) {
                String pattern = text.get();
                return Optional.of(arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments));
            }
        }
        return Optional.empty();
    }

    /** The text of an error; a code without a text gives a general sentence, never the code alone. */
    public String of(KabinetException e, Locale locale) {
        return text(e.textKey(), locale, e.arguments()).orElseGet(() -> generic(locale));
    }

    public static String generic(Locale locale) {
        return supported(locale).getLanguage().equals("en") ? GENERIC_EN : GENERIC_RU;
    }

    /** The language to answer a request in, from its {@code Accept-Language} (most wanted first). */
    public static Locale supported(List<Locale> wanted) {
        return wanted == null || wanted.isEmpty() ? RUSSIAN : supported(wanted.get(0));
    }

    /** English when asked for, Russian otherwise. */
    public static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : RUSSIAN;
    }
}
