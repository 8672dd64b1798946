package org.kabinet.persistence;

import java.sql.SQLException;
import javax.sql.DataSource;

/** The tables of this bundle's own (prefix {@code KBN_}): leases and throttles, for every module. */
final class KabinetTables {
    private KabinetTables() {
    }

    static void migrate(DataSource dataSource) throws SQLException {
        SchemaMigrations.of("kbn", KabinetTables.class.getClassLoader(), "db/kabinet", "V1__leases.sql", "V2__throttles.sql")
                .migrate(dataSource);
    }
}
