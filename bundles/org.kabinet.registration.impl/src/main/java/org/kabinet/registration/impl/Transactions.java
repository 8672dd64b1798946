package org.kabinet.registration.impl;

import java.util.function.Supplier;

/** Runs work in one transaction (joining a running one), so a change and its letter commit together. */
@FunctionalInterface
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
