package org.kabinet.communication.impl.messages;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kabinet.kernel.error.ValidationException;

/** The checks and clean-ups of what people type into messages and the feedback form. */
public final class MessageText {
    /** Longest message, reply or answer. */
    public static final int MAX_TEXT = 5000;
    /** Files one post may carry. */
    public static final int MAX_ATTACHMENTS = 5;
    /** Longest subject shown in lists. */
    public static final int SUBJECT_LENGTH = 80;

    private MessageText() {
    }

    /**
     * The text with line ends made {@code \n}, control characters other than line ends and tabs removed
     * and blanks around it stripped; refused with {@code code} when empty or longer than {@code max}.
     */
    public static String text(String typed, int max, String field, String code) {
        String clean = typed == null ? "" : typed.replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").strip();
        if (clean.isEmpty() || clean.length() > max) {
            throw new ValidationException(field, code, max);
        }
        return clean;
    }

    /** A one-line value (a name): whitespace of any kind made single spaces, control characters removed. */
    public static String line(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\p{Cc}\\p{Cf}]", " ").replaceAll("\\s+", " ").strip();
    }

    /** The first non-blank line of the text, at most 80 characters. */
    public static String subject(String text) {
        String first = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        first = first.replace('\t', ' ');
        return first.length() <= SUBJECT_LENGTH ? first : first.substring(0, SUBJECT_LENGTH - 1).strip() + "…";
    }

    /** The ids of files to attach: at most 5, no blanks, each once; {@code communication.attachments} otherwise. */
    public static List<String> attachmentIds(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Set<String> unique = new LinkedHashSet<>();
        for (String id : ids) {
            if (id == null || id.isBlank() || !unique.add(id.strip())) {
                throw new ValidationException("attachments", "communication.attachments");
            }
        }
        if (unique.size() > MAX_ATTACHMENTS) {
            throw new ValidationException("attachments", "communication.attachments");
        }
        return List.copyOf(unique);
    }
}
