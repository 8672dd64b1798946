package org.kabinet.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The one JDBC step the database-backed rules outside JPA share (leases, throttles, staff sign-in). */
public final class Jdbc {
    private Jdbc() {
    }

    /** Runs one changing statement with its parameters, in order; answers how many rows it changed. */
    public static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            return s.executeUpdate();
        }
    }
}
