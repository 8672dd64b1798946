package org.kabinet.accounts.api;

/**
 * Linking failed. Deliberately the same whatever was wrong — the number, the city or the code —
 * so that nobody can learn which accounts exist.
 */
public class LinkRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LinkRefusedException() {
        super("Лицевой счёт не найден или код регистрации неверен. Проверьте номер счёта, город и код "
                + "из письма управляющей компании.");
    }
}
