package org.kabinet.accounts.impl;

import java.time.Clock;
import java.util.List;
import org.kabinet.persistence.Transactions;

/**
 * Makes the {@code ACC_LINK_LOCK} rows that requests lock in turn ({@link AccountStore#lockLinkKeys}): the linking
 * limits' counters and a household's changes. Each is made in a transaction of its own before the request's, so a
 * failed insert (a parallel request made it) spoils nothing.
 */
final class LockRows {
    private LockRows() {
    }

    static void ensure(AccountStore store, Transactions tx, Clock clock, List<String> keys) {
        for (String key : keys) {
            try {
                tx.inTransaction(() -> {
                    store.ensureLinkLock(key, clock.instant());
                    return null;
                });
            } catch (RuntimeException madeByAParallelRequest) {
                // another request (or another portal on the same database) made it: it is there, all this was for
            }
        }
    }
}
