package org.kabinet.communication.impl.files;

/**
 * Who uploaded a file, as the file store keeps it: {@code tenant:<id>} or {@code staff:<name>}. Messages and
 * announcements both use these, so a file staff upload on one side can be attached on the other. A staff
 * member's name is made one line (control and format characters and runs of whitespace become one space)
 * and cut to {@link #NAME_LENGTH} UTF-16 chars without splitting a pair, as the name columns
 * ({@code ASSIGNEE}, {@code CREATED_BY}, {@code CHANGED_BY}) count.
 */
public final class Owners {
    /** Longest staff member's name kept. */
    public static final int NAME_LENGTH = 100;

    private Owners() {
    }

    /** A staff member's name as stored; "—" for none. */
    public static String staffName(String name) {
        String line = name == null ? "" : name.replaceAll("[\\p{Cc}\\p{Cf}]", " ").replaceAll("\\s+", " ").strip();
        if (line.isEmpty()) {
            return "—";
        }
        if (line.length() > NAME_LENGTH) {
            int end = Character.isHighSurrogate(line.charAt(NAME_LENGTH - 1)) ? NAME_LENGTH - 1 : NAME_LENGTH;
            line = line.substring(0, end).strip();
        }
        return line;
    }

    /** The owner of a staff member's uploads. */
    public static String staff(String name) {
        return "staff:" + staffName(name);
    }

    /** The owner of a tenant's uploads. */
    public static String tenant(String tenantId) {
        return "tenant:" + tenantId;
    }
}
