package org.kabinet.registration.impl;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.kabinet.kernel.error.ValidationException;

/** How a tenant wants to be addressed: «Анна Петровна», «Д'Артаньян», «Salt-Karimova A.». */
public final class PersonNames {
    public static final int MAX_LENGTH = 60;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'’-]*");

    private PersonNames() {
    }

    /**
     * The name with spaces tidied, or empty for a blank one.
     *
     * @throws ValidationException on the field "name": {@code name.tooLong} (argument: the limit) or
     *                             {@code name.invalid} (digits, symbols, control characters)
     */
    public static String tidy(String name) {
        if (name == null) {
            return "";
        }
        String tidy = Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (tidy.isEmpty()) {
            return "";
        }
        if (tidy.length() > MAX_LENGTH) {
            throw new ValidationException("name", "name.tooLong", MAX_LENGTH);
        }
        if (!ALLOWED.matcher(tidy).matches()) {
            throw new ValidationException("name", "name.invalid");
        }
        return tidy;
    }
}
