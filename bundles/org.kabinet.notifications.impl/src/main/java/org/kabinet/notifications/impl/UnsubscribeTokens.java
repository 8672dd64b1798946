package org.kabinet.notifications.impl;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.kabinet.notifications.api.NotificationKind;

/**
 * Unsubscribe tokens: {@code tenant:account:kind} signed with HMAC-SHA256 under the portal's key, so
 * a link switches off exactly what it names and nothing can be forged. Nothing is stored per link.
 */
public final class UnsubscribeTokens {
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    /** What a token names. */
    public record Subject(String tenantId, String accountId, NotificationKind kind) {
    }

    private final byte[] key;

    public UnsubscribeTokens(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the key must have at least 256 bits");
        }
        this.key = key.clone();
    }

    public String token(String tenantId, String accountId, NotificationKind kind) {
        String subject = tenantId + ":" + accountId + ":" + kind.name();
        return ENCODE.encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "." + ENCODE.encodeToString(mac(subject));
    }

    /** The subject of a genuine token; empty for anything else. */
    public Optional<Subject> read(String token) {
        if (token == null || token.length() > 400) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            String subject = new String(DECODE.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(mac(subject), DECODE.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = subject.split(":", -1);
            if (parts.length != 3) {
                return Optional.empty();
            }
            return Optional.of(new Subject(parts[0], parts[1], NotificationKind.valueOf(parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
