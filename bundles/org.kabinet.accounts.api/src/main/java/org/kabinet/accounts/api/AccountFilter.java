package org.kabinet.accounts.api;

/** Which accounts to list; null means "any". */
public record AccountFilter(String cityId, AccountStatus status, Boolean linked) {
    public static final AccountFilter ALL = new AccountFilter(null, null, null);
}
