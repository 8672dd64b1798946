package org.kabinet.communication.impl.files;

import java.util.Locale;

/**
 * A file name as uploaded, made safe to show and to put in a download header: no folders, no control or
 * direction-changing characters, none of {@code "\/:*?<>|}, at most 100 UTF-16 chars (as the column counts), and an extension that
 * matches the file's real type (one is added when the name has none or a different one).
 */
public final class FileNames {
    /** Longest name kept. */
    public static final int MAX_LENGTH = 100;

    private FileNames() {
    }

    public static String clean(String uploaded, FileTypes type) {
        String name = uploaded == null ? "" : uploaded;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                kept.append(' ');
            } else if (!Character.isISOControl(c) && Character.getType(c) != Character.FORMAT) {
                kept.appendCodePoint("\"\\/:*?<>|".indexOf(c) >= 0 ? '_' : c);
            }
        });
        name = kept.toString().replaceAll(" {2,}", " ").strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        String base = name;
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || !type.knownBy(name.substring(dot).toLowerCase(Locale.ROOT))) {
            name = name + type.extension();
            dot = name.length() - type.extension().length();
            base = name.substring(0, dot);
        } else {
            base = name.substring(0, dot);
        }
        String extension = name.substring(dot);
        if (base.isBlank()) {
            base = "file";
        }
        // the column counts UTF-16 chars (an emoji is two): cut by chars, never between the two halves of a pair
        int room = MAX_LENGTH - extension.length();
        if (base.length() > room) {
            int end = Character.isHighSurrogate(base.charAt(room - 1)) ? room - 1 : room;
            base = base.substring(0, end).strip();
            if (base.isBlank()) {
                base = "file";
            }
        }
        return base + extension;
    }
}
