package org.kabinet.accounts.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Limits on guessing registration codes.
 * <p>
 * Failures are counted per (city, number) as typed — whether or not such an account exists, so that
 * the answers (422, then 429) are the same for a number nobody has and tell nobody which accounts
 * exist. After 5 failures on a (city, number) in 15 minutes every wrong try answers 429 until the
 * window has moved on; the right code still links. Refusing the right code would only hand a stranger
 * a way to keep the owner out: what makes guessing hopeless is the code's 50 bits and the limits per
 * tenant and per client address ({@link LinkLimits}: by default 10 and 60 failures in an hour, past
 * which a request is refused unchecked), counted in the same table under keys of their own.
 */
public final class LinkThrottle {
    public static final Duration KEY_WINDOW = Duration.ofMinutes(15);
    public static final int KEY_LIMIT = 5;
    public static final Duration TENANT_WINDOW = Duration.ofHours(1);
    public static final int TENANT_LIMIT = 10;
    /** Failures older than this are deleted: no limit looks further back. */
    static final Duration KEPT = Duration.ofDays(1);

    private LinkThrottle() {
    }

    public static boolean keyLocked(int failuresInWindow) {
        return failuresInWindow >= KEY_LIMIT;
    }

    /** The key of a tenant's failures: SHA-256 of "tenant" and the id (of the same form as a (city, number) key). */
    public static String tenantKey(String tenantId) {
        return sha256("tenant\n" + tenantId);
    }

    /** The key of a client address's failures: SHA-256 of "client" and the address, so no address is kept in clear. */
    public static String clientKey(String clientAddress) {
        return sha256("client\n" + clientAddress.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The counter's key: SHA-256 of the city (its id when known, else the typed name in lower case) and
     * the normalised number, so the table keeps no typed numbers and every key has one length.
     */
    public static String key(String cityIdOrTypedName, String number) {
        String city = cityIdOrTypedName.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
        return sha256(city + "\n" + number);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
