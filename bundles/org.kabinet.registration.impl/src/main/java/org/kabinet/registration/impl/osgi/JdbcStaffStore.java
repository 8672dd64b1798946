package org.kabinet.registration.impl.osgi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.kabinet.persistence.Dialect;
import org.kabinet.persistence.Jdbc;
import org.kabinet.persistence.SchemaMigrations;
import org.kabinet.registration.api.StaffMember;
import org.kabinet.registration.impl.StaffSignIn;

/**
 * Staff failures and sessions in the tables {@code STAFF_FAILURE} and {@code STAFF_SESSION}: plain JDBC on
 * connections of their own in auto-commit (a sign-in is not part of any other change).
 */
final class JdbcStaffStore implements StaffSignIn.Store {
    private final DataSource dataSource;

    private JdbcStaffStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static JdbcStaffStore open(DataSource dataSource) throws SQLException {
        SchemaMigrations.of("staff", JdbcStaffStore.class.getClassLoader(), "db/staff", "V1__staff_sessions.sql").migrate(dataSource);
        return new JdbcStaffStore(dataSource);
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private <T> T run(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException("staff sign-in storage failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<StaffSignIn.Failures> failures(String name) {
        return run(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT FAILURES, LAST_AT FROM STAFF_FAILURE WHERE NAME = ?")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new StaffSignIn.Failures(r.getInt(1), Instant.ofEpochMilli(r.getLong(2))))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public void failed(String name, Instant at) {
        run(c -> {
            String increment = "UPDATE STAFF_FAILURE SET FAILURES = FAILURES + 1, LAST_AT = ? WHERE NAME = ?";
            if (Jdbc.update(c, increment, at.toEpochMilli(), name) == 0) {
                try {
                    Jdbc.update(c, "INSERT INTO STAFF_FAILURE (NAME, FAILURES, LAST_AT) VALUES (?, 1, ?)", name, at.toEpochMilli());
                } catch (SQLException e) {
                    if (!Dialect.duplicateKey(e)) {
                        throw e;
                    }
                    Jdbc.update(c, increment, at.toEpochMilli(), name); // another node counted the first one a moment ago
                }
            }
            return null;
        });
    }

    @Override
    public void succeeded(String name) {
        run(c -> Jdbc.update(c, "DELETE FROM STAFF_FAILURE WHERE NAME = ?", name));
    }

    @Override
    public void open(String tokenHash, StaffSignIn.Open session) {
        run(c -> Jdbc.update(c, "INSERT INTO STAFF_SESSION (TOKEN_HASH, NAME, ROLES, EXPIRES_AT) VALUES (?, ?, ?, ?)", tokenHash,
                session.member().name(), String.join(",", session.member().roles()), session.until().toEpochMilli()));
    }

    @Override
    public Optional<StaffSignIn.Open> session(String tokenHash) {
        return run(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT NAME, ROLES, EXPIRES_AT FROM STAFF_SESSION WHERE TOKEN_HASH = ?")) {
                s.setString(1, tokenHash);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    Set<String> roles = Arrays.stream(r.getString(2).split(",")).filter(role -> !role.isBlank())
                            .collect(Collectors.toUnmodifiableSet());
                    return Optional.of(new StaffSignIn.Open(new StaffMember(r.getString(1), roles), Instant.ofEpochMilli(r.getLong(3))));
                }
            }
        });
    }

    @Override
    public void close(String tokenHash) {
        run(c -> Jdbc.update(c, "DELETE FROM STAFF_SESSION WHERE TOKEN_HASH = ?", tokenHash));
    }

    @Override
    public void purge(Instant now) {
        run(c -> Jdbc.update(c, "DELETE FROM STAFF_SESSION WHERE EXPIRES_AT <= ?", now.toEpochMilli()));
    }
}
