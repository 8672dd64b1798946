package org.kabinet.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.persistence.testing.InMemoryDerby;

class SchemaMigrationsTest {

    private EmbeddedDataSource db;
    private final ClassLoader loader = getClass().getClassLoader();

    @BeforeEach
    void freshDatabase() {
        db = InMemoryDerby.fresh();
    }

    @Test
    void emptyDatabaseGetsEveryScriptOnce() throws SQLException {
        SchemaMigrations migrations = SchemaMigrations.of("t", loader, "db/test", "V1__people.sql", "V2__email.sql");
        assertEquals(2, migrations.migrate(db));
        assertEquals(0, migrations.migrate(db));
        assertEquals(2, migrations.currentVersion(db));
    }

    @Test
    void upgradeKeepsExistingData() throws SQLException {
        SchemaMigrations.of("t", loader, "db/test", "V1__people.sql").migrate(db);
        execute("INSERT INTO T_PEOPLE (ID, NAME) VALUES (2, 'Борис')");

        assertEquals(1, SchemaMigrations.of("t", loader, "db/test", "V1__people.sql", "V2__email.sql").migrate(db));

        assertEquals(2, count("SELECT COUNT(*) FROM T_PEOPLE"));
        execute("UPDATE T_PEOPLE SET EMAIL = 'a@b.ru' WHERE ID = 2");
    }

    @Test
    void failingScriptRollsBackWholeAndNamesItself() throws SQLException {
        SchemaMigrations good = SchemaMigrations.of("t", loader, "db/test", "V1__people.sql", "V2__email.sql");
        good.migrate(db);
        SchemaMigrations broken = SchemaMigrations.of("t", loader, "db/test", "V1__people.sql", "V2__email.sql", "V3__broken.sql");

        SQLException e = assertThrows(SQLException.class, () -> broken.migrate(db));

        assertTrue(e.getMessage().contains("V3__broken.sql"), e.getMessage());
        assertEquals(2, good.currentVersion(db));
        assertFalse(hasColumn("T_PEOPLE", "PHONE"), "the first statement of the failed script must be rolled back");
    }

    @Test
    void gapsInNumberingAreRefused() {
        SchemaMigrations gap = SchemaMigrations.of("t", loader, "db/test", "V2__email.sql");
        assertThrows(IllegalStateException.class, () -> gap.migrate(db));
    }

    @Test
    void statementsSplitAtLineEndSemicolonsAndSkipComments() {
        assertEquals(java.util.List.of("CREATE TABLE A (X INT)", "INSERT INTO A VALUES (1)"),
                SchemaMigrations.statements("-- c\nCREATE TABLE A (X INT);\n\nINSERT INTO A VALUES (1);\n"));
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private int count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private boolean hasColumn(String table, String column) throws SQLException {
        try (Connection c = db.getConnection(); ResultSet rs = c.getMetaData().getColumns(null, null, table, column)) {
            return rs.next();
        }
    }
}
