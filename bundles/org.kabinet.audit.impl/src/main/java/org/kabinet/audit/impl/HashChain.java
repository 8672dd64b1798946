package org.kabinet.audit.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.kabinet.audit.api.AuditEvent;

/**
 * The tamper evidence of the trail: each row's hash is SHA-256 over the previous row's hash and the row's
 * own fields, so changing or removing a row in the middle breaks every later link.
 */
public final class HashChain {
    /** The previous hash of the very first row. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    public static String hash(long seq, String prevHash, AuditEvent e) {
        String row = String.join("\u001f", Long.toString(seq), prevHash, Long.toString(e.at().toEpochMilli()),
                e.actorKind().name(), e.actor(), e.clientIp(), e.action(), e.target(), e.outcome().name(), e.detail());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(row.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException(e1);
        }
    }
}
