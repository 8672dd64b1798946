package org.kabinet.accounts.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.kabinet.accounts.api.PhoneVerificationException;

/**
 * Confirming a phone by SMS: a 6-digit code from SecureRandom, valid 10 minutes, at most 5 tries,
 * a new code at most once a minute. Only the code's hash (salted with the tenant id) is kept.
 */
public final class PhoneVerification {
    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final Duration COOLDOWN = Duration.ofMinutes(1);
    static final int MAX_ATTEMPTS = 5;

    private final SecureRandom random;

    public PhoneVerification(SecureRandom random) {
        this.random = random;
    }

    /** Puts a new code on the row and returns it for the SMS. */
    public String newCode(PhoneRow row, Instant now) {
        if (row.codeSentAt != null && now.isBefore(row.codeSentAt.plus(COOLDOWN))) {
            throw new PhoneVerificationException("phone.cooldown");
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        row.codeHash = hash(row.tenantId, code);
        row.codeExpiresAt = now.plus(LIFETIME);
        row.codeAttempts = 0;
        row.codeSentAt = now;
        return code;
    }

    /** Checks a typed code; counts the try; marks the phone verified on success. */
    public static void check(PhoneRow row, String typed, Instant now) {
        if (row.codeHash == null) {
            throw new PhoneVerificationException("phone.code.none");
        }
        if (!now.isBefore(row.codeExpiresAt)) {
            throw new PhoneVerificationException("phone.code.expired");
        }
        if (row.codeAttempts >= MAX_ATTEMPTS) {
            throw new PhoneVerificationException("phone.code.attempts");
        }
        row.codeAttempts++;
        String digits = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!MessageDigest.isEqual(hash(row.tenantId, digits).getBytes(StandardCharsets.UTF_8),
                row.codeHash.getBytes(StandardCharsets.UTF_8))) {
            int left = MAX_ATTEMPTS - row.codeAttempts;
            throw new PhoneVerificationException("phone.code.wrong", left);
        }
        row.verified = true;
        row.codeHash = null;
        row.codeExpiresAt = null;
    }

    static String hash(String tenantId, String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((tenantId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
