package org.kabinet.accounts.api;

/** Too many failed linking attempts: the request was refused without checking anything. */
public class TooManyAttemptsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TooManyAttemptsException() {
        super("Слишком много неудачных попыток. Попробуйте позже или обратитесь в управляющую компанию.");
    }
}
