package org.kabinet.persistence;

import java.util.function.Supplier;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Runs work in one transaction, joining a running one, so that a change and what it causes (a
 * letter in the outbox, an audit event) commit or roll back together.
 */
@ConsumerType
@FunctionalInterface
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
