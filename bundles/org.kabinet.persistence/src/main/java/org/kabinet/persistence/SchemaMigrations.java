package org.kabinet.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Applies a domain's numbered SQL scripts that the database has not seen yet, each in its own
 * transaction, and records them in the table {@code <DOMAIN>_SCHEMA_VERSION}.
 *
 * <p>Scripts are named {@code V<n>__<description>.sql} and listed explicitly (bundle class loaders
 * cannot enumerate resources portably). Statements are separated by a line that ends with {@code ;}.
 * A script that was applied is never run again, so existing data survives an upgrade; a failing
 * script rolls back and stops the migration with the script's name in the message.
 *
 * <p>The scripts are written once, in the SQL Derby and PostgreSQL share; {@link Dialect} turns the few
 * types they name differently ({@code BLOB}, {@code CLOB}, {@code DOUBLE}) into the database's own. Nodes
 * that start together on one database migrate one after another: a PostgreSQL advisory lock across
 * nodes, a lock of this class within one (the bundles of a node share it).
 */
public final class SchemaMigrations {

    private static final Pattern SCRIPT_NAME = Pattern.compile("V(\\d+)__([\\w-]+)\\.sql");

    private final String domain;
    private final ClassLoader loader;
    private final String folder;
    private final List<String> scripts;

    private SchemaMigrations(String domain, ClassLoader loader, String folder, List<String> scripts) {
        if (!domain.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("domain must be a plain identifier: " + domain);
        }
        this.domain = domain.toUpperCase();
        this.loader = loader;
        this.folder = folder;
        this.scripts = List.copyOf(scripts);
    }

    /**
     * @param domain  the table prefix of the owning bundle, e.g. {@code reg}
     * @param loader  the class loader that sees the scripts (the owning bundle's)
     * @param folder  the resource folder of the scripts, e.g. {@code db/registration}
     * @param scripts the script names in order, e.g. {@code V1__users.sql}
     */
    public static SchemaMigrations of(String domain, ClassLoader loader, String folder, String... scripts) {
        return new SchemaMigrations(domain, loader, folder, List.of(scripts));
    }

    /** Applies the missing scripts; returns how many were applied. */
    public int migrate(DataSource dataSource) throws SQLException {
        LOCAL.lock();
        try (Connection connection = dataSource.getConnection()) {
            Dialect dialect = Dialect.of(connection);
            boolean autoCommit = connection.getAutoCommit();
            dialect.lockMigrations(connection);
            connection.setAutoCommit(false);
            try {
                ensureVersionTable(connection, dialect);
                int current = currentVersion(connection);
                int applied = 0;
                int expected = 1;
                for (String script : scripts) {
                    int version = versionOf(script);
                    if (version != expected++) {
                        throw new IllegalStateException("migrations of " + domain + " must be numbered 1, 2, 3…: " + script);
                    }
                    if (version <= current) {
                        continue;
                    }
                    apply(connection, dialect, version, script);
                    applied++;
                }
                return applied;
            } finally {
                connection.setAutoCommit(true);
                dialect.unlockMigrations(connection);
                connection.setAutoCommit(autoCommit);
            }
        } finally {
            LOCAL.unlock();
        }
    }

    /** One migration at a time in this node: the data-owning bundles start in parallel. */
    private static final java.util.concurrent.locks.ReentrantLock LOCAL = new java.util.concurrent.locks.ReentrantLock();

    /** The highest applied version, 0 for an empty database. */
    public int currentVersion(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            ensureVersionTable(connection, Dialect.of(connection));
            return currentVersion(connection);
        }
    }

    private String versionTable() {
        return domain + "_SCHEMA_VERSION";
    }

    private void ensureVersionTable(Connection connection, Dialect dialect) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, dialect.schema(connection),
                dialect.storedName(connection, versionTable()), null)) {
            if (tables.next()) {
                return;
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE " + versionTable()
                    + " (VERSION INT NOT NULL PRIMARY KEY, SCRIPT VARCHAR(200) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL)");
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT MAX(VERSION) FROM " + versionTable())) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void apply(Connection connection, Dialect dialect, int version, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(read(script))) {
                statement.executeUpdate(dialect.translate(sql));
            }
            try (PreparedStatement record = connection.prepareStatement(
                    "INSERT INTO " + versionTable() + " (VERSION, SCRIPT, APPLIED_AT) VALUES (?, ?, ?)")) {
                record.setInt(1, version);
                record.setString(2, script);
                record.setTimestamp(3, Timestamp.from(Instant.now()));
                record.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw new SQLException("migration " + folder + "/" + script + " failed: " + e.getMessage(), e);
        }
    }

    private static int versionOf(String script) {
        Matcher m = SCRIPT_NAME.matcher(script);
        if (!m.matches()) {
            throw new IllegalArgumentException("migration script must be named V<n>__<name>.sql: " + script);
        }
        return Integer.parseInt(m.group(1));
    }

    private String read(String script) {
        String path = folder + "/" + script;
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("migration script not found: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration script " + path, e);
        }
    }

    static List<String> statements(String text) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                result.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
