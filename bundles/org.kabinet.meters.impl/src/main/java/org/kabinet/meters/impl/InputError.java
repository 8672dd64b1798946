package org.kabinet.meters.impl;

import org.kabinet.kernel.error.ValidationException;

/**
 * Input that breaks a rule, with a stable code for machines ({@code meters.values}) and a more precise
 * text key for people ({@code meters.values.count}): several texts for one code.
 */
public final class InputError extends ValidationException {
    private static final long serialVersionUID = 1L;
    private final String textKey;

    public InputError(String field, String code, String textKey, Object... arguments) {
        super(field, code, arguments);
        this.textKey = textKey;
    }

    @Override
    public String textKey() {
        return textKey;
    }
}
