package org.kabinet.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DialectTest {

    @Test
    void theDatabaseIsKnownByItsProductName() {
        assertEquals(Dialect.POSTGRESQL, Dialect.named("PostgreSQL"));
        assertEquals(Dialect.DERBY, Dialect.named("Apache Derby"));
        assertEquals(Dialect.DERBY, Dialect.named(null));
        assertTrue(Dialect.POSTGRESQL.skipsLocked());
        assertFalse(Dialect.DERBY.skipsLocked());
    }

    @Test
    void postgresqlGetsItsOwnNamesForTheTypesTheScriptsShare() {
        String derby = "CREATE TABLE X (CONTENT BLOB(32M), NOTE CLOB, RATE DOUBLE, SHARE DOUBLE PRECISION, BLOBS INT, SMALL blob (2 K))";

        assertEquals("CREATE TABLE X (CONTENT BYTEA, NOTE TEXT, RATE DOUBLE PRECISION, SHARE DOUBLE PRECISION, BLOBS INT, SMALL BYTEA)",
                Dialect.POSTGRESQL.translate(derby));
        assertEquals(derby, Dialect.DERBY.translate(derby));
    }
}
