package org.kabinet.accounts.api;

/**
 * How a tenant reaches a personal account.
 *
 * @since 2.3
 */
public enum AccountAccess {
    /** Linked it with the registration code: sees and changes everything, and manages the household. */
    HOLDER,
    /** A household member with full rights: also submits readings, writes messages about the account and changes its notifications. */
    FULL,
    /** A household member who only looks: balance, charges, statements, meters, announcements. */
    VIEW;

    /** Whether readings, messages about the account and its notification settings may be changed. */
    public boolean canWrite() {
        return this != VIEW;
    }
}
