package org.kabinet.accounts.impl;

import java.util.function.Supplier;

/** Runs work in one transaction (joining a running one). */
@FunctionalInterface
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
