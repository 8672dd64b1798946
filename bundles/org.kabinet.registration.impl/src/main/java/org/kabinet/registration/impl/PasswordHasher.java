package org.kabinet.registration.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}), so the parameters travel with each hash
 * and can be raised later without breaking stored ones.
 */
public final class PasswordHasher {
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();
    private static final int HASH_BYTES = 32;

    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random;
    private final HashingGate gate;
    private final String dummy;

    /** OWASP's recommended Argon2id setting: m=19456 KiB, t=2, p=1. */
    public static PasswordHasher recommended(SecureRandom random) {
        return new PasswordHasher(19456, 2, 1, random, HashingGate.perCore());
    }

    public PasswordHasher(int memoryKiB, int iterations, int parallelism, SecureRandom random, HashingGate gate) {
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
        this.random = random;
        this.gate = gate;
        this.dummy = hash("dummy password to spend the same time on unknown accounts");
    }

    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKiB, iterations, parallelism);
        return "$argon2id$v=19$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    public boolean verify(String password, String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 6 || !parts[1].equals("argon2id")) {
            return false;
        }
        int m = 0;
        int t = 0;
        int p = 0;
        for (String param : parts[3].split(",")) {
            String[] kv = param.split("=");
            switch (kv[0]) {
                case "m" -> m = Integer.parseInt(kv[1]);
                case "t" -> t = Integer.parseInt(kv[1]);
                case "p" -> p = Integer.parseInt(kv[1]);
                default -> {
                    return false;
                }
            }
        }
        byte[] salt = B64D.decode(parts[4]);
        byte[] expected = B64D.decode(parts[5]);
        return MessageDigest.isEqual(expected, derive(password, salt, m, t, p));
    }

    /** Spends the time of one verification without an account, so unknown addresses answer as slowly as known ones. */
    public void verifyDummy(String password) {
        verify(password == null ? "" : password, dummy);
    }

    /** Every hash passes the gate: at most as many at once as it allows, the rest wait briefly or get {@code busy}. */
    private byte[] derive(String password, byte[] salt, int m, int t, int p) {
        return gate.run(() -> argon2(password, salt, m, t, p));
    }

    private static byte[] argon2(String password, byte[] salt, int m, int t, int p) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(m).withIterations(t).withParallelism(p).withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[HASH_BYTES];
        generator.generateBytes(PasswordPolicy.normalize(password).getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
