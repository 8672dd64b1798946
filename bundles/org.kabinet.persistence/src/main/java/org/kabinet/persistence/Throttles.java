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
 * client's requests reach. A bucket changes by compare-and-set on its version; a request that loses that race
 * three times in a row (a flood on one key) is refused, which is what a flood deserves. Full buckets are
 * forgotten now and then, so a crowd of addresses cannot grow the table without bound.
 *
 * <p>Every call uses a connection of its own in auto-commit: call it outside a transaction.
 */
public final class Throttles {
    private static final int TRIES = 3;
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
                c.setAutoCommit(true);
                for (int attempt = 0; attempt < TRIES; attempt++) {
                    long[] row = read(c, key);
                    if (row == null) {
                        if (insert(c, key, capacity - 1000, now)) {
                            return true;
                        }
                        continue; // another node made the bucket a moment ago
                    }
                    long tokens = level(row[0], row[1], now);
                    if (tokens < 1000) {
                        return false;
                    }
                    if (swap(c, key, tokens - 1000, now, row[2])) {
                        return true;
                    }
                }
                return false;
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
            try (Connection c = dataSource.getConnection();
                 PreparedStatement purge = c.prepareStatement("DELETE FROM KBN_THROTTLE WHERE BUCKET_KEY LIKE ? AND TOUCHED_AT < ?")) {
                c.setAutoCommit(true);
                purge.setString(1, name.replace("%", "") + ":%");
                purge.setLong(2, now - capacity / 1000 * refillMillis);
                purge.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("throttle " + name + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** tokens, at, version of a bucket; null when it has none. */
    private static long[] read(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT TOKENS_MILLI, TOUCHED_AT, VERSION FROM KBN_THROTTLE WHERE BUCKET_KEY = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new long[] {r.getLong(1), r.getLong(2), r.getLong(3)} : null;
            }
        }
    }

    private static boolean insert(Connection c, String key, long tokens, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO KBN_THROTTLE (BUCKET_KEY, TOKENS_MILLI, TOUCHED_AT, VERSION) VALUES (?, ?, ?, 0)")) {
            s.setString(1, key);
            s.setLong(2, tokens);
            s.setLong(3, now);
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (Dialect.duplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean swap(Connection c, String key, long tokens, long now, long version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE KBN_THROTTLE SET TOKENS_MILLI = ?, TOUCHED_AT = ?, VERSION = VERSION + 1 WHERE BUCKET_KEY = ? AND VERSION = ?")) {
            s.setLong(1, tokens);
            s.setLong(2, now);
            s.setString(3, key);
            s.setLong(4, version);
            return s.executeUpdate() == 1;
        }
    }
}
