package org.kabinet.registration.impl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.kabinet.kernel.error.ValidationException;

/**
 * Passwords as NIST SP 800-63B advises: 12–128 characters of any kind, no composition rules,
 * no password from the list of common ones, not the e-mail address itself.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    public PasswordPolicy(Set<String> common) {
        this.common = Set.copyOf(common);
    }

    /** The shipped list (zxcvbn's 30,000 most common passwords). */
    public static PasswordPolicy withShippedList() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the bundle");
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
            return new PasswordPolicy(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return common.size();
    }

    /** NFC so that the same password typed on different keyboards hashes the same. */
    public static String normalize(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }

    /** @throws ValidationException on the field "password" when the password is not acceptable */
    public void check(String password, String email) {
        String value = password == null ? "" : normalize(password);
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH) {
            throw new ValidationException("password", "password.tooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new ValidationException("password", "password.tooLong", MAX_LENGTH);
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || (value.codePoints().distinct().count() == 1)) {
            throw new ValidationException("password", "password.common");
        }
        if (email != null && (lower.equals(email) || lower.equals(email.substring(0, Math.max(0, email.indexOf('@')))))) {
            throw new ValidationException("password", "password.likeEmail");
        }
    }
}
