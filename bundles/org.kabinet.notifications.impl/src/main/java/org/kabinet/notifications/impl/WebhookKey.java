package org.kabinet.notifications.impl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The portal's webhook key: from the configuration when set (several nodes share it), else from a file the
 * first start writes (readable by the portal's user only). Never in the database: a dump cannot sign.
 */
public final class WebhookKey {
    private WebhookKey() {
    }

    /**
     * @throws IllegalArgumentException with a message fit for the log when the configured key is not 32+ bytes of Base64
     */
    public static byte[] load(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            return decoded(configured, "etc/org.kabinet.webhooks.cfg key");
        }
        try {
            if (Files.exists(file)) {
                return decoded(Files.readString(file), file.toString());
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "webhooks", ".key");
            try {
                try {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the data folder's own permissions apply
                }
                Files.writeString(temporary, Base64.getEncoder().encodeToString(key));
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                return decoded(Files.readString(file), file.toString());
            } finally {
                Files.deleteIfExists(temporary);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the webhook key " + file, e);
        }
    }

    private static byte[] decoded(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the webhook key in " + where + " is not Base64", e);
        }
        if (key.length < 32) {
            throw new IllegalArgumentException("the webhook key in " + where + " must be 32 bytes (44 Base64 characters), not "
                    + key.length);
        }
        return key;
    }
}
