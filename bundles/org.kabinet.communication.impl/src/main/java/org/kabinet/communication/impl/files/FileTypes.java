package org.kabinet.communication.impl.files;

import java.util.Optional;

/**
 * The file types the portal takes, told by their first bytes ("magic numbers") and never by the name or
 * the type the browser claims: a program renamed {@code photo.jpg} is still refused.
 */
public enum FileTypes {
    JPEG("image/jpeg", ".jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", ".png", new byte[]{(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", ".pdf", new byte[]{0x25, 0x50, 0x44, 0x46, 0x2D});

    private final String contentType;
    private final String extension;
    private final byte[] magic;

    FileTypes(String contentType, String extension, byte[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    public String contentType() {
        return contentType;
    }

    /** The usual extension, with its dot. */
    public String extension() {
        return extension;
    }

    /** Whether a file name's extension (lower case, with the dot) is one this type is known by. */
    boolean knownBy(String dottedExtension) {
        return extension.equals(dottedExtension) || this == JPEG && dottedExtension.equals(".jpeg");
    }

    /** The type the content starts like, or empty for anything else. */
    public static Optional<FileTypes> of(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        for (FileTypes type : values()) {
            if (startsWith(content, type.magic)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
