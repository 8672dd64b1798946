package org.kabinet.communication.impl.announcements;

import org.kabinet.kernel.error.ValidationException;

/**
 * Input that breaks a rule, with the stable code the API promises ({@code communication.announcement.audience})
 * and a more precise text key for people ({@code communication.announcement.audience.city}).
 */
public final class AnnouncementInputError extends ValidationException {
    private static final long serialVersionUID = 1L;
    private final String textKey;

    public AnnouncementInputError(String field, String code, String textKey, Object... arguments) {
        super(field, code, arguments);
        this.textKey = textKey;
    }

    @Override
    public String textKey() {
        return textKey;
    }
}
