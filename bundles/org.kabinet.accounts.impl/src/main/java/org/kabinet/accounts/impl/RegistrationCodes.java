package org.kabinet.accounts.impl;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Registration codes: 10 characters of Crockford's base32 (50 bits from SecureRandom), shown as
 * {@code XXXXX-XXXXX}: no I, L, O or U to confuse when dictated or typed. Typed codes are forgiving
 * (lower case, spaces, dashes, O for 0, I and L for 1). Stored only as a salted PBKDF2 hash.
 */
public final class RegistrationCodes {
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 10;
    private static final int ITERATIONS = 10_000;

    private final SecureRandom random;

    public RegistrationCodes(SecureRandom random) {
        this.random = random;
    }

    /** A fresh code in its display form, e.g. {@code 7KQ2M-D9XWR}. */
    public String generate() {
        StringBuilder code = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The canonical 10 characters of a typed code, or null if it cannot be a code at all. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        StringBuilder code = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || c == '\u2013' || c == '\u2014') {
                continue;
            }
            char mapped = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(mapped) < 0) {
                return null;
            }
            code.append(mapped);
        }
        return code.length() == LENGTH ? code.toString() : null;
    }

    public String hash(String code) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return "pbkdf2-sha256$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(derive(normalize(code), salt, ITERATIONS));
    }

    /** Whether a typed code matches a stored hash; a malformed code or hash never matches. */
    public static boolean matches(String typed, String stored) {
        String code = normalize(typed);
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (code == null || parts.length != 4) {
            return false;
        }
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(code, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1])));
    }

    /** Spends the time of one check, so a missing account answers as slowly as a wrong code. */
    public static void matchDummy() {
        derive("0000000000", new byte[16], ITERATIONS);
    }

    private static byte[] derive(String code, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
