package org.kabinet.accounts.api;

/** What an account is for: a tenant usually has one of each. */
public enum AccountKind {
    /** Плата за наём. */
    RENT,
    /** Жилищно-коммунальные услуги. */
    UTILITIES
}
