package org.kabinet.persistence;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Named leases in the database (table {@code KBN_LEASE}): work that must run on one node at a time — a
 * scheduled job, the month's debt SMS — runs only while this node holds its lease. A lease is taken by
 * a conditional update that only one node's transaction can win, on Derby and PostgreSQL alike; a node
 * that dies stops renewing and, once the lease has expired, the next node to ask takes it over.
 *
 * <p>Every call uses a connection of its own in auto-commit: call it outside a transaction. Times come
 * from the node's clock, so the nodes' clocks must agree to well within a lease (NTP).
 */
public final class Leases {
    private static final Logger LOG = Logger.getLogger(Leases.class.getName());
    private static final String THIS_NODE = nodeName();

    private final DataSource dataSource;
    private final String holder;
    private final Clock clock;

    private Leases(DataSource dataSource, String holder, Clock clock) {
        this.dataSource = dataSource;
        this.holder = holder;
        this.clock = clock;
    }

    /** The leases of this node (see {@link #thisNode()}); brings their table up to date first. */
    public static Leases open(DataSource dataSource, Clock clock) throws SQLException {
        return open(dataSource, THIS_NODE, clock);
    }

    /** The leases of a named holder: the tests play two nodes in one process. */
    public static Leases open(DataSource dataSource, String holder, Clock clock) throws SQLException {
        if (holder == null || holder.isBlank() || holder.length() > 100) {
            throw new IllegalArgumentException("a lease holder is a name of 1 to 100 characters");
        }
        KabinetTables.migrate(dataSource);
        return new Leases(dataSource, holder, clock);
    }

    /**
     * This node's name as its leases and claims show it: the system property {@code kabinet.node} (or the
     * environment variable {@code KABINET_NODE}), else the host name; then {@code #} and a random tag of
     * this start, so that a restarted node does not pass for the one that died.
     */
    public static String thisNode() {
        return THIS_NODE;
    }

    private static String nodeName() {
        String name = System.getProperty("kabinet.node", System.getenv("KABINET_NODE"));
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                name = "node";
            }
        }
        byte[] tag = new byte[3];
        new SecureRandom().nextBytes(tag);
        name = name.strip().replaceAll("[^\\p{Alnum}._-]", "_");
        return (name.length() > 80 ? name.substring(0, 80) : name) + "#" + HexFormat.of().formatHex(tag);
    }

    /** Takes the lease for {@code ttl} if it is free, expired or already ours; false while another node holds it. */
    public boolean acquire(String name, Duration ttl) {
        long now = clock.millis();
        long until = now + ttl.toMillis();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (Jdbc.update(c, "UPDATE KBN_LEASE SET HOLDER = ?, ACQUIRED_AT = ?, EXPIRES_AT = ? WHERE NAME = ?"
                    + " AND (EXPIRES_AT < ? OR HOLDER = ?)", holder, now, until, name, now, holder) == 1) {
                return true;
            }
            try {
                Jdbc.update(c, "INSERT INTO KBN_LEASE (NAME, HOLDER, ACQUIRED_AT, EXPIRES_AT) VALUES (?, ?, ?, ?)", name, holder, now, until);
                return true;
            } catch (SQLException e) {
                if (Dialect.duplicateKey(e)) {
                    return false; // the row exists: another node holds the lease (or took it a moment ago)
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the lease " + name + ": " + e.getMessage(), e);
        }
    }

    /** Extends a lease this node holds; false when it was lost (expired and taken by another node). */
    public boolean renew(String name, Duration ttl) {
        return update("UPDATE KBN_LEASE SET EXPIRES_AT = ? WHERE NAME = ? AND HOLDER = ?", clock.millis() + ttl.toMillis(), name) == 1;
    }

    /** Gives a lease this node holds back at once. */
    public void release(String name) {
        update("UPDATE KBN_LEASE SET EXPIRES_AT = ? WHERE NAME = ? AND HOLDER = ?", 0L, name);
    }

    private int update(String sql, long expiresAt, String name) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            return Jdbc.update(c, sql, expiresAt, name, holder);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot change the lease " + name + ": " + e.getMessage(), e);
        }
    }

    /** The holder of a lease that has not expired, if any. */
    public Optional<String> heldBy(String name) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement read = c.prepareStatement("SELECT HOLDER FROM KBN_LEASE WHERE NAME = ? AND EXPIRES_AT >= ?")) {
            read.setString(1, name);
            read.setLong(2, clock.millis());
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the lease " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} if this node gets the lease, then gives it back; empty when another node holds it
     * (the work is that node's). The lease must outlast the work: a job that can run longer renews it.
     */
    public <T> Optional<T> callExclusively(String name, Duration ttl, Supplier<T> work) {
        if (!acquire(name, ttl)) {
            LOG.fine(() -> name + " runs on " + heldBy(name).orElse("another node") + ", not here");
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.get());
        } finally {
            release(name);
        }
    }

    /** {@link #callExclusively(String, Duration, Supplier)} for work without a result; true when it ran here. */
    public boolean runExclusively(String name, Duration ttl, Runnable work) {
        return callExclusively(name, ttl, () -> {
            work.run();
            return Boolean.TRUE;
        }).isPresent();
    }
}
