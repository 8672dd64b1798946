package org.kabinet.notifications.impl;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook deliveries. Each endpoint has its own secret, derived from the portal's webhook key and the
 * endpoint's id ({@code whsec_} + Base64url of HMAC-SHA256(key, "endpoint:" + id)): it is shown to staff
 * once and never stored, and a dump of the database alone cannot forge a delivery. A delivery carries
 * {@code Kabinet-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>} with the
 * {@code Kabinet-Timestamp} it was signed at (Unix seconds), so a receiver can refuse an old one replayed.
 */
public final class WebhookSigner {
    private static final String ALGORITHM = "HmacSHA256";
    private final byte[] key;

    /** @param key the portal's webhook key: 32 random bytes */
    public WebhookSigner(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the webhook key must be at least 32 bytes, not " + key.length);
        }
        this.key = key.clone();
    }

    /** The endpoint's signing secret. */
    public String secretFor(String endpointId) {
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, "endpoint:" + endpointId));
    }

    /** The {@code Kabinet-Signature} header of a body sent to the endpoint at {@code timestamp} (Unix seconds). */
    public String signature(String endpointId, long timestamp, String body) {
        return sign(secretFor(endpointId), timestamp, body);
    }

    /** {@code v1=} and the hex HMAC-SHA256 of {@code "<timestamp>.<body>"} under the secret (as a receiver computes it). */
    public static String sign(String secret, long timestamp, String body) {
        return "v1=" + HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), timestamp + "." + body));
    }

    private static byte[] hmac(byte[] secret, String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
