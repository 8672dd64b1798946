package org.kabinet.accounts.api;

/** No such account — or one the caller may not see: the two are never told apart. */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("Лицевой счёт не найден");
    }
}
