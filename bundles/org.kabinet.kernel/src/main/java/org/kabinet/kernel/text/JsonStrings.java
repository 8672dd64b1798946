package org.kabinet.kernel.text;

/** JSON string literals for the few places that write JSON by hand (a data download, a webhook body). */
public final class JsonStrings {
    private JsonStrings() {
    }

    /** The text as a JSON string: quoted, with quotes, backslashes, control characters and U+2028/9 escaped. */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        appendQuoted(text, out);
        return out.toString();
    }

    /** Appends the text as a JSON string. */
    public static void appendQuoted(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // control characters must be escaped; U+2028/9 are legal JSON but end a line in JavaScript
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
