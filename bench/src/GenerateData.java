import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * bench/run's data generator, by JDBC in the stopped portal's Derby: N accounts seeded over REST (numbers
 * with a prefix, a cold-water meter each) get what REST cannot give them in reasonable time — a tenant
 * each (signing up N tenants means N Argon2 hashes and letters), a link, a session, 3 years of charges and
 * payments and a reading a month.
 *
 * <p>The tenant, charges and payments are copies of a template the script made over REST: a tenant who
 * signed up, confirmed the mailed link and linked the template account, whose 10 years of 8 charges a
 * month and payments (some late or short: debt and пени) went through the portal's own imports. Rows are
 * copied column by column ({@code SELECT *}), so a column a migration adds is copied too; only keys,
 * owners and the e-mail change. Each tenant's copy gets its own password-hash copy (the template's: every
 * generated tenant has the template's password) and a session token {@code bench-<i>-<random>} whose
 * SHA-256 is stored, as the portal stores sessions. Readings: one accepted, current reading a month per
 * meter for the same months, rising by 2–6 m³.
 *
 * <p>Plain JDBC: addBatch, executeBatch every 1000 rows of a table, a commit every 500 accounts.
 *
 * <p>usage: java -cp derby.jar:classes GenerateData &lt;database dir&gt; &lt;template e-mail&gt; &lt;template
 * account number&gt; &lt;account number prefix&gt; &lt;months&gt; &lt;tokens file&gt; &lt;result json&gt;<br>
 * The tokens file gets a line per account: {@code <session token> <account id> <e-mail>}.
 */
public final class GenerateData {
    private static final int BATCH = 1000;
    private static final int COMMIT_EVERY = 500;
    private static final long SESSION_MILLIS = 7L * 24 * 3600 * 1000;

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: GenerateData <database dir> <template e-mail> <template account number> <account number prefix> <months> <tokens file> <result json>");
            System.exit(2);
        }
        try {
            new GenerateData().run(args[0], args[1], args[2], args[3], Integer.parseInt(args[4]), Path.of(args[5]), Path.of(args[6]));
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby answers a clean shutdown with XJ015
            }
        }
    }

    /** One INSERT statement's batch: executed every {@value #BATCH} rows and before each commit. */
    private static final class Batch {
        final PreparedStatement insert;
        int pending;
        long written;

        Batch(PreparedStatement insert) {
            this.insert = insert;
        }

        void add() throws SQLException {
            insert.addBatch();
            written++;
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }
    }

    /** A table's rows of one owner, read once, written again for each account with some columns replaced. */
    private static final class Template {
        final List<String> columns = new ArrayList<>();
        final List<Object[]> rows = new ArrayList<>();
        final Batch batch;

        Template(Connection c, String table, String where, Object... parameters) throws SQLException {
            try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table + " WHERE " + where)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                try (ResultSet r = s.executeQuery()) {
                    ResultSetMetaData m = r.getMetaData();
                    for (int i = 1; i <= m.getColumnCount(); i++) {
                        columns.add(m.getColumnName(i));
                    }
                    while (r.next()) {
                        Object[] row = new Object[columns.size()];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = r.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
            }
            batch = new Batch(c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(x -> "?").toList()) + ")"));
        }

        /** Each template row again, with the given columns replaced (a null too) and, when asked, a fresh UUID as ID. */
        void copy(Map<String, Object> replaced, boolean freshIds) throws SQLException {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    String column = columns.get(i);
                    Object value = replaced.containsKey(column) ? replaced.get(column) : row[i];
                    if (freshIds && column.equals("ID")) {
                        value = UUID.randomUUID().toString();
                    }
                    batch.insert.setObject(i + 1, value);
                }
                batch.add();
            }
        }
    }

    private void run(String database, String templateEmail, String templateNumber, String prefix, int months,
                     Path tokensFile, Path resultFile) throws Exception {
        long started = System.nanoTime();
        SecureRandom secure = new SecureRandom();
        Random random = new Random(14);
        long now = System.currentTimeMillis();
        YearMonth last = YearMonth.now().minusMonths(1);
        YearMonth first = last.minusMonths(months - 1);
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + database)) {
            c.setAutoCommit(false);
            String templateUser = single(c, "SELECT ID FROM REG_USER WHERE EMAIL = ?", templateEmail);
            String templateAccount = single(c, "SELECT ID FROM ACC_ACCOUNT WHERE NUMBER = ?", templateNumber);
            Template user = new Template(c, "REG_USER", "ID = ?", templateUser);
            Template consent = new Template(c, "REG_CONSENT", "USER_ID = ?", templateUser);
            Template charges = new Template(c, "BIL_CHARGE", "ACCOUNT_ID = ? AND PERIOD >= ?", templateAccount, first.toString());
            Template payments = new Template(c, "BIL_PAYMENT", "ACCOUNT_ID = ? AND PAID_ON >= ?", templateAccount, first.atDay(1).toString());
            if (user.rows.size() != 1 || charges.rows.isEmpty()) {
                throw new IllegalStateException("the template tenant or its account's charges are missing");
            }

            Map<String, List<Object[]>> metersByAccount = new HashMap<>();
            Map<String, String> accounts = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT ID, NUMBER FROM ACC_ACCOUNT WHERE NUMBER LIKE ? ORDER BY NUMBER")) {
                s.setString(1, prefix + "%");
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        accounts.put(r.getString(1), r.getString(2));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT m.ID, m.ACCOUNT_ID, m.INITIAL1 FROM MET_METER m JOIN ACC_ACCOUNT a ON a.ID = m.ACCOUNT_ID WHERE a.NUMBER LIKE ?")) {
                s.setString(1, prefix + "%");
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        metersByAccount.computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(new Object[] {r.getString(1), r.getBigDecimal(3)});
                    }
                }
            }

            Batch links = new Batch(c.prepareStatement("INSERT INTO ACC_LINK (ID, TENANT_ID, ACCOUNT_ID, LINKED_AT) VALUES (?, ?, ?, ?)"));
            Batch sessions = new Batch(c.prepareStatement("INSERT INTO REG_SESSION (TOKEN_HASH, USER_ID, CREATED_AT, LAST_SEEN_AT, EXPIRES_AT) VALUES (?, ?, ?, ?, ?)"));
            Batch readings = new Batch(c.prepareStatement("INSERT INTO MET_READING (ID, METER_ID, PERIOD, TAKEN_ON, SUBMITTED_AT, VALUE1, CONSUMPTION, STATUS, REASON, SOURCE, SUBMITTED_BY, IS_CURRENT)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, 'ACCEPTED', '', 'CABINET', ?, TRUE)"));
            List<Batch> all = List.of(user.batch, consent.batch, links, sessions, charges.batch, payments.batch, readings);
            Map<String, Object> noImportKey = new HashMap<>();
            noImportKey.put("IMPORT_KEY", null);

            int i = 0;
                try (PrintWriter tokens = new PrintWriter(Files.newBufferedWriter(tokensFile, StandardCharsets.UTF_8))) {
                for (Map.Entry<String, String> account : accounts.entrySet()) {
                    i++;
                    String tenant = UUID.randomUUID().toString();
                    String email = "bench-" + i + "@bench.example";
                    user.copy(Map.of("ID", tenant, "EMAIL", email), false);
                    consent.copy(Map.of("USER_ID", tenant), true);
                    PreparedStatement link = links.insert;
                    link.setString(1, UUID.randomUUID().toString());
                    link.setString(2, tenant);
                    link.setString(3, account.getKey());
                    link.setLong(4, now);
                    links.add();
                    byte[] secret = new byte[24];
                    secure.nextBytes(secret);
                    String token = "bench-" + i + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
                    PreparedStatement session = sessions.insert;
                    session.setString(1, sha256(token));
                    session.setString(2, tenant);
                    session.setLong(3, now);
                    session.setLong(4, now);
                    session.setLong(5, now + SESSION_MILLIS);
                    sessions.add();
                    tokens.println(token + " " + account.getKey() + " " + email);
                    noImportKey.put("ACCOUNT_ID", account.getKey());
                    charges.copy(noImportKey, true);
                    payments.copy(Map.of("ACCOUNT_ID", account.getKey()), true);
                    for (Object[] meter : metersByAccount.getOrDefault(account.getKey(), List.of())) {
                        BigDecimal value = (BigDecimal) meter[1];
                        for (YearMonth period = first; !period.isAfter(last); period = period.plusMonths(1)) {
                            BigDecimal used = BigDecimal.valueOf(2000 + random.nextInt(4000), 3);
                            value = value.add(used);
                            LocalDate taken = period.atDay(20);
                            PreparedStatement reading = readings.insert;
                            reading.setString(1, UUID.randomUUID().toString());
                            reading.setString(2, (String) meter[0]);
                            reading.setString(3, period.toString());
                            reading.setString(4, taken.toString());
                            reading.setLong(5, taken.atStartOfDay().toInstant(java.time.ZoneOffset.ofHours(5)).toEpochMilli());
                            reading.setBigDecimal(6, value.setScale(3, RoundingMode.HALF_UP));
                            reading.setBigDecimal(7, used);
                            reading.setString(8, tenant);
                            readings.add();
                                                    }
                    }
                    if (i % COMMIT_EVERY == 0) {
                        for (Batch b : all) {
                            b.flush();
                        }
                        c.commit();
                        if (i % (COMMIT_EVERY * 10) == 0) {
                            System.out.printf("   %,d of %,d accounts (%.0f s)%n", i, accounts.size(), (System.nanoTime() - started) / 1e9);
                        }
                    }
                }
            }
            for (Batch b : all) {
                b.flush();
            }
            c.commit();
            double seconds = (System.nanoTime() - started) / 1e9;
            long rows = user.batch.written + consent.batch.written + links.written + sessions.written + charges.batch.written + payments.batch.written + readings.written;
            String json = String.format(java.util.Locale.ROOT,
                    "{\"accounts\": %d, \"months\": %d, \"from\": \"%s\", \"to\": \"%s\", \"tenants\": %d, \"charges\": %d, \"payments\": %d, \"readings\": %d, \"rows\": %d, \"seconds\": %.1f}%n",
                    accounts.size(), months, first, last, user.batch.written, charges.batch.written, payments.batch.written, readings.written, rows, seconds);
            Files.writeString(resultFile, json);
            System.out.printf("   %,d accounts: %,d tenants with a link and a session, %,d charges, %,d payments, %,d readings — %,d rows in %.1f s%n",
                    accounts.size(), user.batch.written, charges.batch.written, payments.batch.written, readings.written, rows, seconds);
        }
    }

    private static String single(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("not found: " + sql + " with " + parameter);
                }
                return r.getString(1);
            }
        }
    }

    private static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
