package org.kabinet.accounts.api;

/** No such account — or one the caller may not see: the two are never told apart ({@code not.found}). */
public class NotFoundException extends org.kabinet.kernel.error.NotFoundException {
    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("not.found");
    }

    @Override
    public String textKey() {
        return "account.notFound";
    }
}
