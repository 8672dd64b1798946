package org.kabinet.kernel.error;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * An {@link ErrorCatalog} from a module's properties files: {@code <base>.properties} in Russian
 * (the default) and {@code <base>_en.properties} in English. Subclass it in the module, passing the
 * base name, so the files are read with the module's own class loader.
 */
public abstract class ResourceBundleCatalog implements ErrorCatalog {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private final String baseName;

    protected ResourceBundleCatalog(String baseName) {
        this.baseName = baseName;
    }

    @Override
    public Optional<String> text(String code, Locale locale) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale == null ? ErrorTexts.RUSSIAN : locale,
                    getClass().getClassLoader(), NO_FALLBACK);
            return bundle.containsKey(code) ? Optional.of(bundle.getString(code)) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
