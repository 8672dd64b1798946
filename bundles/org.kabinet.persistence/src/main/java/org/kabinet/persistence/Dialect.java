package org.kabinet.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What differs between the databases the portal runs on: embedded Derby (one node) and PostgreSQL
 * (one or several nodes). Everything else is the SQL both share; the migrations and the few JDBC
 * statements outside JPA ask this class where they must differ.
 */
public enum Dialect {
    DERBY,
    POSTGRESQL;

    /** Derby's large objects, with or without a size ({@code BLOB(32M)}): PostgreSQL's have none. */
    private static final Pattern BLOB = Pattern.compile("\\bBLOB\\b(\\s*\\(\\s*\\d+\\s*[KMG]?\\s*\\))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOB = Pattern.compile("\\bCLOB\\b(\\s*\\(\\s*\\d+\\s*[KMG]?\\s*\\))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOUBLE = Pattern.compile("\\bDOUBLE\\b(?!\\s+PRECISION)", Pattern.CASE_INSENSITIVE);
    /** The advisory lock all nodes take while they migrate (any constant of our own: "kabinet"). */
    private static final long MIGRATION_LOCK = 0x6b6162696e6574L;

    /** The dialect of the database behind a connection; anything that is not PostgreSQL is taken as Derby. */
    public static Dialect of(Connection connection) throws SQLException {
        return named(connection.getMetaData().getDatabaseProductName());
    }

    /** The dialect of a database product name as JDBC reports it. */
    public static Dialect named(String productName) {
        return productName != null && productName.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : DERBY;
    }

    /** A statement of a migration in this database's words: the types named differently are renamed. */
    public String translate(String sql) {
        if (this == DERBY) {
            return sql;
        }
        String s = BLOB.matcher(sql).replaceAll("BYTEA");
        s = CLOB.matcher(s).replaceAll("TEXT");
        return DOUBLE.matcher(s).replaceAll("DOUBLE PRECISION");
    }

    /** A table's name as the catalog keeps it: PostgreSQL folds unquoted names to lower case, Derby to upper. */
    String storedName(Connection connection, String name) throws SQLException {
        return connection.getMetaData().storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** The schema a table is looked for in: PostgreSQL's current one (one database may hold several companies' schemas). */
    String schema(Connection connection) throws SQLException {
        return this == POSTGRESQL ? connection.getSchema() : null;
    }

    /** Waits until no other node migrates (PostgreSQL; Derby embedded has one node). */
    void lockMigrations(Connection connection) throws SQLException {
        if (this == POSTGRESQL) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, MIGRATION_LOCK);
                lock.executeQuery().close();
            }
        }
    }

    void unlockMigrations(Connection connection) throws SQLException {
        if (this == POSTGRESQL) {
            try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, MIGRATION_LOCK);
                unlock.executeQuery().close();
            }
        }
    }

    /**
     * Whether an insert failed because the key is there already (SQLSTATE class 23, an integrity constraint,
     * on Derby and PostgreSQL alike): another node inserted the same row a moment ago.
     */
    public static boolean duplicateKey(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    /**
     * The clause that makes a {@code SELECT … FOR UPDATE} pass over rows another node has locked:
     * {@code SKIP LOCKED} on PostgreSQL; Derby has none (its one node claims with conditional updates).
     */
    public boolean skipsLocked() {
        return this == POSTGRESQL;
    }
}
