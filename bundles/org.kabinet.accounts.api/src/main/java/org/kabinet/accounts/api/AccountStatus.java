package org.kabinet.accounts.api;

public enum AccountStatus {
    OPEN,
    CLOSED
}
