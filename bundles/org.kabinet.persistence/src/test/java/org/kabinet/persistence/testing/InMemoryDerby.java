package org.kabinet.persistence.testing;

import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;

/** A fresh, empty in-memory Derby database for one test (two "nodes" of a test share it). */
public final class InMemoryDerby {
    private InMemoryDerby() {
    }

    public static EmbeddedDataSource fresh() {
        EmbeddedDataSource db = new EmbeddedDataSource();
        db.setDatabaseName("memory:" + UUID.randomUUID());
        db.setCreateDatabase("create");
        return db;
    }
}
