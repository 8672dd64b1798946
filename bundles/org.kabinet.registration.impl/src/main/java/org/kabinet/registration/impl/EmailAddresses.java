package org.kabinet.registration.impl;

import java.util.Locale;
import java.util.regex.Pattern;
import org.kabinet.kernel.error.ValidationException;

/** E-mail addresses are compared case-insensitively: they are kept trimmed and in lower case. */
public final class EmailAddresses {
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddresses() {
    }

    public static String normalize(String email) {
        String value = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new ValidationException("email", "email.required");
        }
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new ValidationException("email", "email.invalid");
        }
        return value;
    }
}
