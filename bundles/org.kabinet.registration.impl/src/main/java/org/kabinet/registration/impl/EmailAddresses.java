package org.kabinet.registration.impl;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;
import org.kabinet.kernel.error.ValidationException;

/**
 * E-mail addresses as identities: only a plain addr-spec {@code local@domain} is accepted, kept
 * trimmed and in lower case, so that what is stored is exactly where letters go. No display name,
 * angle brackets, quotes, comments, lists, spaces or control characters: a parser of the SMTP side
 * could read such a value as a different address (or several) than the one the tenant is known by.
 * <ul>
 * <li>local part: a dot-atom of RFC 5322 {@code atext} (Latin letters, digits and
 * {@code !#$%&'*+/=?^_`{|}~-}), dots not first, last or doubled, at most 64 characters;</li>
 * <li>domain: at least two labels of Latin letters, digits and inner hyphens (at most 63 each), a top
 * label that is not all digits (no IP literals). A domain in another script (пример.рф) is accepted and
 * kept in its ASCII form (xn--e1afmkfd.xn--p1ai), so both spellings are one identity; a non-Latin local
 * part needs SMTPUTF8, which the portal's mail does not promise, and is refused with its own message;</li>
 * <li>at most 254 characters in all (in the ASCII form).</li>
 * </ul>
 */
public final class EmailAddresses {
    static final int MAX_LENGTH = 254;
    static final int MAX_LOCAL = 64;
    private static final Pattern LOCAL = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private EmailAddresses() {
    }

    public static String normalize(String email) {
        String value = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new ValidationException("email", "email.required");
        }
        // checked on the raw value first, so an overlong input is never handed to the IDN conversion
        if (value.length() > MAX_LENGTH) {
            throw invalid();
        }
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@') || at == value.length() - 1) {
            throw invalid();
        }
        String local = value.substring(0, at);
        String domain = asciiDomain(value.substring(at + 1));
        if (local.length() > MAX_LOCAL || !LOCAL.matcher(local).matches()) {
            // letters of another script where the rest would pass: say why, not just "invalid"
            boolean nonLatin = local.codePoints().anyMatch(c -> c > 127)
                    && LOCAL.matcher(local.replaceAll("[\\p{L}\\p{N}]", "a")).matches();
            throw nonLatin ? new ValidationException("email", "email.localNotLatin") : invalid();
        }
        String address = local + "@" + domain;
        if (address.length() > MAX_LENGTH) {
            throw invalid();
        }
        return address;
    }

    /** The domain in ASCII, non-Latin labels in Punycode; refuses anything that is not a host name. */
    private static String asciiDomain(String domain) {
        String ascii = domain;
        if (domain.chars().anyMatch(c -> c > 127)) {
            if (!domain.codePoints().allMatch(c -> c == '.' || c == '-' || Character.isLetterOrDigit(c))) {
                throw invalid();
            }
            try {
                ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException e) {
                throw invalid();
            }
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || DIGITS.matcher(labels[labels.length - 1]).matches()) {
            throw invalid();
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw invalid();
            }
        }
        return ascii;
    }

    private static ValidationException invalid() {
        return new ValidationException("email", "email.invalid");
    }
}
