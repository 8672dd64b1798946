package org.kabinet.accounts.impl;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.eclipse.persistence.sessions.Session;
import org.kabinet.persistence.testing.LocalJpa;

/** Counts the SQL statements EclipseLink sends to the database, through the unit's session log. */
final class SqlStatements extends AbstractSessionLog {
    private final AtomicInteger count = new AtomicInteger();
    private volatile boolean counting;

    private SqlStatements() {
        setLevel(SessionLog.WARNING);
        setLevel(SessionLog.FINE, SessionLog.SQL);
    }

    /** Installs a counter on the unit behind {@code jpa} (for the entity managers opened from now on). */
    static SqlStatements on(LocalJpa jpa) {
        SqlStatements log = new SqlStatements();
        jpa.inTransaction(() -> jpa.with(m -> {
            Session session = m.unwrap(JpaEntityManager.class).getServerSession();
            session.setSessionLog(log);
            return null;
        }));
        return log;
    }

    /** The statements {@code work} sent. */
    int count(Runnable work) {
        return during(() -> {
            work.run();
            return null;
        });
    }

    private int during(Supplier<Object> work) {
        count.set(0);
        counting = true;
        try {
            work.get();
        } finally {
            counting = false;
        }
        return count.get();
    }

    @Override
    public void log(SessionLogEntry entry) {
        if (counting && SessionLog.SQL.equals(entry.getNameSpace())) {
            count.incrementAndGet();
        }
    }
}
