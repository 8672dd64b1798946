package org.kabinet.notifications.impl;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals the secrets that wait in the outbox (a confirmation or reset link, an SMS code) with a key that
 * exists only in this process's memory (AES-256-GCM, a fresh key at every start). The database, its
 * transaction log and every backup of them hold only the sealed form: a link cannot be read back from
 * them even while its letter waits, nor from the bytes an erased row leaves behind in a page. The price:
 * a secret still waiting when the portal stops cannot be opened after the start — that message fails and
 * the person asks for a new link or code (normally a secret waits for about a second).
 *
 * <p>Several nodes sending each other's messages share one key instead ({@link #withKey}), kept in their
 * configuration, never in the database: a database dump alone still opens nothing.
 */
public final class SecretBox {
    /** What a sealed value starts with; a value without it was written before sealing (taken as it is). */
    static final String PREFIX = "s1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private SecretBox(SecretKey key) {
        this.key = key;
    }

    /** A box with a new random key, known to nobody else. */
    public static SecretBox withFreshKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return new SecretBox(generator.generateKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    /**
     * A box with a key shared by the nodes: 32 bytes in Base64 (e.g. {@code head -c 32 /dev/urandom | base64}).
     *
     * @throws IllegalArgumentException with a message fit for the log when the text is not such a key
     */
    public static SecretBox withKey(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the outbox key is not Base64", e);
        }
        if (key.length != 32) {
            throw new IllegalArgumentException("the outbox key must be 32 bytes (44 Base64 characters), not " + key.length);
        }
        return new SecretBox(new javax.crypto.spec.SecretKeySpec(key, "AES"));
    }

    /** The sealed form of {@code secret}, ASCII, 3 + 4/3 × (28 + its UTF-8 length) characters; null for null. */
    public String seal(String secret) {
        if (secret == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a secret", e);
        }
    }

    /**
     * The secret of a sealed value; empty when it was sealed by another start of the portal (or altered).
     * A value that was never sealed (written before sealing existed) comes back as it is.
     */
    public Optional<String> open(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!value.startsWith(PREFIX)) {
            return Optional.of(value);
        }
        try {
            byte[] all = Base64.getUrlDecoder().decode(value.substring(PREFIX.length()));
            if (all.length <= IV_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return Optional.of(new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
