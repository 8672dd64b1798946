import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The baseline of bench/billing.sh: the same charge rows as the portal wrote, inserted again into the
 * same Derby database with plain JDBC — a PreparedStatement, addBatch, executeBatch every 1000 rows and
 * one commit at the end (one transaction, like the portal's run and import).
 *
 * <p>It reads the rows the portal stored (not timed): the billing run's ({@code ORIGIN='RUN'} of the run's
 * period) and the charge import's ({@code ORIGIN='IMPORT'}, except the 10-year account's). It inserts them
 * again into BENCH_RAW_CHARGE, a copy of BIL_CHARGE created in the same database with the same columns,
 * primary key, unique import key and indexes, in the portal's sequence: first the run's rows into the empty
 * table (as the portal's run found it), then the import's rows on top of them (as the portal's import found it).
 * Each row gets a new id, a UUID made per row as the portal does. The copy is dropped at the end, so the
 * portal's tables are not touched. An untimed warm-up (up to 18 000 rows into the copy, then dropped and
 * created again) comes first.
 *
 * <p>usage: java -cp derby.jar:classes RawChargeInsert &lt;database dir&gt; &lt;run period yyyy-MM&gt;
 * &lt;10-year account id&gt; &lt;result json&gt;
 */
public final class RawChargeInsert {
    private static final int BATCH = 1000;
    private static final String COLUMNS = "ID, ACCOUNT_ID, PERIOD, SERVICE_CODE, KIND, VOLUME, UNIT, TARIFF, AMOUNT, VOLUME_SOURCE, "
            + "ORIGIN, IMPORT_KEY, REASON, CREATED_AT";

    /** A BIL_CHARGE row without its id and time. */
    private record Row(String accountId, String period, String serviceCode, String kind, BigDecimal volume, String unit,
                       BigDecimal tariff, BigDecimal amount, String volumeSource, String origin, String importKey, String reason) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: RawChargeInsert <database dir> <run period> <10-year account id> <result json>");
            System.exit(2);
        }
        String url = "jdbc:derby:" + args[0];
        long at = System.currentTimeMillis();
        double runSeconds;
        double importSeconds;
        int runRows;
        int importRows;
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            List<Row> run = read(c, "ORIGIN = 'RUN' AND PERIOD = ?", args[1]);
            List<Row> imported = read(c, "ORIGIN = 'IMPORT' AND ACCOUNT_ID <> ?", args[2]);
            runRows = run.size();
            importRows = imported.size();
            System.out.printf("   read %d run rows and %d import rows from BIL_CHARGE%n", runRows, importRows);
            if (runRows == 0 || importRows == 0) {
                throw new IllegalStateException("no rows to copy: did the run and the import store anything?");
            }

            // warm-up (JIT, Derby's statement cache), not timed
            dropCopy(c);
            createCopy(c);
            for (int round = 0; round < 5; round++) {
                insert(c, run.subList(0, Math.min(run.size(), 3 * BATCH)), at);
            }
            insert(c, imported.subList(0, Math.min(imported.size(), 3 * BATCH)), at);
            dropCopy(c);
            createCopy(c);

            runSeconds = insert(c, run, at);
            System.out.printf(Locale.ROOT, "   run rows:    %d inserted in %.2f s (into the empty copy)%n", runRows, runSeconds);
            importSeconds = insert(c, imported, at);
            System.out.printf(Locale.ROOT, "   import rows: %d inserted in %.2f s (on top of the run rows)%n", importRows, importSeconds);
            dropCopy(c);
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException expected) {
            // Derby answers a clean shutdown with XJ015
        }
        try (PrintStream out = new PrintStream(args[3], StandardCharsets.UTF_8)) {
            out.printf(Locale.ROOT, "{\"runRows\": %d, \"runSeconds\": %.3f, \"importRows\": %d, \"importSeconds\": %.3f}%n",
                    runRows, runSeconds, importRows, importSeconds);
        }
    }

    private static List<Row> read(Connection c, String where, String parameter) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM BIL_CHARGE WHERE " + where + " ORDER BY CREATED_AT, ID")) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(r.getString("ACCOUNT_ID"), r.getString("PERIOD"), r.getString("SERVICE_CODE"), r.getString("KIND"),
                            r.getBigDecimal("VOLUME"), r.getString("UNIT"), r.getBigDecimal("TARIFF"), r.getBigDecimal("AMOUNT"),
                            r.getString("VOLUME_SOURCE"), r.getString("ORIGIN"), r.getString("IMPORT_KEY"), r.getString("REASON")));
                }
            }
        }
        c.commit();
        return rows;
    }

    /** Inserts copies of the rows in batches of 1000 and commits once; the seconds it took. */
    private static double insert(Connection c, List<Row> rows, long at) throws SQLException {
        long started = System.nanoTime();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO BENCH_RAW_CHARGE (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Row row : rows) {
                s.setString(1, UUID.randomUUID().toString());
                s.setString(2, row.accountId());
                s.setString(3, row.period());
                s.setString(4, row.serviceCode());
                s.setString(5, row.kind());
                setDecimal(s, 6, row.volume());
                setString(s, 7, row.unit());
                setDecimal(s, 8, row.tariff());
                s.setBigDecimal(9, row.amount());
                setString(s, 10, row.volumeSource());
                s.setString(11, row.origin());
                setString(s, 12, row.importKey());
                setString(s, 13, row.reason());
                s.setLong(14, at);
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
        c.commit();
        return (System.nanoTime() - started) / 1e9;
    }

    /** BENCH_RAW_CHARGE: BIL_CHARGE's columns, keys and indexes (db/billing/V1__billing.sql). */
    private static void createCopy(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("""
                    CREATE TABLE BENCH_RAW_CHARGE (
                      ID VARCHAR(36) NOT NULL PRIMARY KEY,
                      ACCOUNT_ID VARCHAR(36) NOT NULL,
                      PERIOD VARCHAR(7) NOT NULL,
                      SERVICE_CODE VARCHAR(40) NOT NULL,
                      KIND VARCHAR(15) NOT NULL,
                      VOLUME DECIMAL(16, 4),
                      UNIT VARCHAR(10),
                      TARIFF DECIMAL(14, 4),
                      AMOUNT DECIMAL(14, 2) NOT NULL,
                      VOLUME_SOURCE VARCHAR(300),
                      ORIGIN VARCHAR(10) NOT NULL,
                      IMPORT_KEY VARCHAR(64),
                      REASON VARCHAR(300),
                      CREATED_AT BIGINT NOT NULL,
                      CONSTRAINT BENCH_RAW_CHARGE_IMPORT_KEY UNIQUE (IMPORT_KEY)
                    )""");
            s.executeUpdate("CREATE INDEX BENCH_RAW_CHARGE_BY_ACCOUNT ON BENCH_RAW_CHARGE (ACCOUNT_ID, PERIOD)");
            s.executeUpdate("CREATE INDEX BENCH_RAW_CHARGE_BY_PERIOD ON BENCH_RAW_CHARGE (PERIOD, ORIGIN)");
        }
        c.commit();
    }

    private static void dropCopy(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DROP TABLE BENCH_RAW_CHARGE");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            if (!"42Y55".equals(e.getSQLState())) { // 42Y55: no such table
                throw e;
            }
        }
    }

    private static void setString(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }

    private static void setDecimal(PreparedStatement s, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DECIMAL);
        } else {
            s.setBigDecimal(index, value);
        }
    }
}
