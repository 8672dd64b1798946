package org.kabinet.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Token buckets in the database (table {@code KBN_THROTTLE}): {@code burst} requests at once, then one every
 * {@code refill}, per key — shared by every node on the database, so a limit holds however many nodes a
 * client's requests reach. A request takes its bucket's row lock (an update that changes nothing: Derby's
 * {@code SELECT … FOR UPDATE} on a read-only cursor holds no lock) for the moment it changes the level, so
 * requests at once on one key each count, one after another. Full buckets
 * are forgotten now and then, so a crowd of addresses cannot grow the table without bound.
 *
 * <p>Every call uses a connection of its own in auto-commit: call it outside a transaction.
 */
public final class Throttles {
    private static final int PURGE_EVERY = 1000;

    private final DataSource dataSource;
    private final Clock clock;
    private final AtomicInteger calls = new AtomicInteger();

    private Throttles(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The buckets on this database; brings their table up to date first. */
    public static Throttles open(DataSource dataSource, Clock clock) throws SQLException {
        KabinetTables.migrate(dataSource);
        return new Throttles(dataSource, clock);
    }

    /** The buckets of one limit, e.g. {@code bucket("rest-client", 10, 6 s)}; the keys are per client. */
    public Bucket bucket(String name, int burst, Duration refill) {
        if (burst < 1 || refill.isNegative() || refill.isZero()) {
            throw new IllegalArgumentException("a bucket holds at least one request and refills after a positive time");
        }
        return new Bucket(name, burst, refill);
    }

    /** One limit's buckets. */
    public final class Bucket {
        private final String name;
        private final long capacity;
        private final long refillMillis;

        private Bucket(String name, int burst, Duration refill) {
            this.name = name;
            this.capacity = burst * 1000L;
            this.refillMillis = refill.toMillis();
        }

        private String key(String client) {
            String key = name + ":" + (client == null ? "" : client);
            return key.length() > 200 ? key.substring(0, 200) : key;
        }

        /** The level of a bucket last at {@code tokens} (thousandths) at {@code at}, refilled until {@code now}. */
        private long level(long tokens, long at, long now) {
            long refilled = Math.max(0, now - at) * 1000 / refillMillis;
            return Math.min(capacity, tokens + refilled);
        }

        /** Takes one request from the client's bucket; false when it is empty. */
        public boolean tryAcquire(String client) {
            String key = key(client);
            long now = clock.millis();
            purgeNowAndThen(now);
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    // twice at most: a bucket another request made between our read and our insert is there the second time
                    for (int attempt = 0; attempt < 2; attempt++) {
                        long[] row = lock(c, key) ? read(c, key) : null;
                        if (row == null) {
                            if (insert(c, key, capacity - 1000, now)) {
                                c.commit();
                                return true;
                            }
                            c.rollback(); // PostgreSQL ends a transaction at a failed insert
                            continue;
                        }
                        long tokens = level(row[0], row[1], now);
                        boolean granted = tokens >= 1000;
                        if (granted) {
                            take(c, key, tokens - 1000, now);
                        }
                        c.commit();
                        return granted;
                    }
                    return false;
                } catch (SQLException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("throttle " + name + " failed: " + e.getMessage(), e);
            }
        }

        /** Seconds until the client's bucket holds a request again (at least 1). */
        public long retryAfterSeconds(String client) {
            try (Connection c = dataSource.getConnection()) {
                long[] row = read(c, key(client));
                long missing = row == null ? 0 : Math.max(0, 1000 - level(row[0], row[1], clock.millis()));
                return Math.max(1, (missing * refillMillis / 1000 + 999) / 1000);
            } catch (SQLException e) {
                throw new IllegalStateException("throttle " + name + " failed: " + e.getMessage(), e);
            }
        }

        private void purgeNowAndThen(long now) {
            if (calls.incrementAndGet() % PURGE_EVERY != 0) {
                return;
            }
            // a bucket untouched for burst × refill is full again: no row means the same
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                Jdbc.update(c, "DELETE FROM KBN_THROTTLE WHERE BUCKET_KEY LIKE ? AND TOUCHED_AT < ?", name.replace("%", "") + ":%",
                        now - capacity / 1000 * refillMillis);
            } catch (SQLException e) {
                throw new IllegalStateException("throttle " + name + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** Locks a bucket's row until the transaction ends; false when it has none. */
    private static boolean lock(Connection c, String key) throws SQLException {
        return Jdbc.update(c, "UPDATE KBN_THROTTLE SET TOUCHED_AT = TOUCHED_AT WHERE BUCKET_KEY = ?", key) == 1;
    }

    /** The level (thousandths) and time of a bucket; null when it has none. */
    private static long[] read(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT TOKENS_MILLI, TOUCHED_AT FROM KBN_THROTTLE WHERE BUCKET_KEY = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new long[] {r.getLong(1), r.getLong(2)} : null;
            }
        }
    }

    private static boolean insert(Connection c, String key, long tokens, long now) throws SQLException {
        try {
            Jdbc.update(c, "INSERT INTO KBN_THROTTLE (BUCKET_KEY, TOKENS_MILLI, TOUCHED_AT) VALUES (?, ?, ?)", key, tokens, now);
            return true;
        } catch (SQLException e) {
            if (Dialect.duplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    private static void take(Connection c, String key, long tokens, long now) throws SQLException {
        Jdbc.update(c, "UPDATE KBN_THROTTLE SET TOKENS_MILLI = ?, TOUCHED_AT = ? WHERE BUCKET_KEY = ?", tokens, now, key);
    }
}
