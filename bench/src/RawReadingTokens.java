import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The set-up and the final count of bench/readings.sh, by JDBC in the stopped portal's Derby.
 *
 * <p>{@code insert}: what REST cannot do in reasonable time — a tenant with a personal reading token for
 * every group of K seeded accounts (K = 1: a smart meter or Home Assistant per flat). Signing up 10 000
 * tenants means 10 000 Argon2 hashes and letters, so this writes the modules' own rows instead, as the
 * portal stores them after a tenant links an account (ACC_LINK, db/accounts/V1) and creates a token
 * (MET_TOKEN, db/meters/V1: only the SHA-256 of the secret {@code kbr_} + 32 random bytes in base64url,
 * valid for a year, never used). Tenant ids are random; no tenant rows (TEN_*) are made: a token names
 * its tenant, and the meters module reads only links. Plain JDBC: addBatch, executeBatch every 1000
 * rows, one commit. The plan file gets one line per meter of those accounts, in account order:
 * {@code <secret> <serial> <initial value>} — what the wrk script sends.
 *
 * <p>{@code count}: the readings of those accounts' meters in a period, by status, source and whether
 * current — the exact number the portal stored, whatever the load generator counted.
 *
 * <p>usage: java -cp derby.jar:classes RawReadingTokens insert &lt;database dir&gt; &lt;account number
 * prefix&gt; &lt;accounts per tenant&gt; &lt;plan file&gt; &lt;result json&gt;<br>
 * java -cp derby.jar:classes RawReadingTokens count &lt;database dir&gt; &lt;account number prefix&gt;
 * &lt;period yyyy-MM&gt; &lt;result json&gt;
 */
public final class RawReadingTokens {
    private static final int BATCH = 1000;
    private static final long YEAR_MILLIS = 365L * 24 * 3600 * 1000;

    public static void main(String[] args) throws Exception {
        if (args.length == 6 && args[0].equals("insert")) {
            insert(args[1], args[2], Integer.parseInt(args[3]), args[4], args[5]);
        } else if (args.length == 5 && args[0].equals("count")) {
            count(args[1], args[2], args[3], args[4]);
        } else {
            System.err.println("usage: RawReadingTokens insert <database dir> <account number prefix> <accounts per tenant> <plan file> <result json>\n"
                    + "       RawReadingTokens count <database dir> <account number prefix> <period yyyy-MM> <result json>");
            System.exit(2);
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException expected) {
            // Derby answers a clean shutdown with XJ015
        }
    }

    private record MeterRow(String accountId, String serial, BigDecimal initial) {
    }

    private static void insert(String database, String prefix, int perTenant, String planFile, String resultFile) throws Exception {
        if (perTenant < 1) {
            throw new IllegalArgumentException("accounts per tenant: at least 1");
        }
        List<String> accounts = new ArrayList<>();
        List<MeterRow> meters = new ArrayList<>();
        int tenants;
        double seconds;
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + database)) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("SELECT ID FROM ACC_ACCOUNT WHERE NUMBER LIKE ? ORDER BY NUMBER")) {
                s.setString(1, prefix + "%");
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        accounts.add(r.getString(1));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT a.ID, m.SERIAL_NUMBER, m.INITIAL1 FROM MET_METER m JOIN ACC_ACCOUNT a ON a.ID = m.ACCOUNT_ID"
                    + " WHERE a.NUMBER LIKE ? AND m.STATE = 'ACTIVE' AND m.ZONES = 1 ORDER BY a.NUMBER, m.SERIAL_NUMBER")) {
                s.setString(1, prefix + "%");
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        meters.add(new MeterRow(r.getString(1), r.getString(2), r.getBigDecimal(3)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COUNT(*) FROM ACC_LINK l JOIN ACC_ACCOUNT a ON a.ID = l.ACCOUNT_ID WHERE a.NUMBER LIKE ?")) {
                s.setString(1, prefix + "%");
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        throw new IllegalStateException(r.getInt(1) + " of these accounts are linked already");
                    }
                }
            }
            c.commit();
            if (accounts.isEmpty() || meters.isEmpty()) {
                throw new IllegalStateException("no account number starting with " + prefix + " has an active meter of one zone");
            }
            tenants = (accounts.size() + perTenant - 1) / perTenant;
            SecureRandom random = new SecureRandom();
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            Map<String, String> secretByAccount = new java.util.HashMap<>();
            long now = System.currentTimeMillis();
            long started = System.nanoTime();
            try (PreparedStatement link = c.prepareStatement("INSERT INTO ACC_LINK (ID, TENANT_ID, ACCOUNT_ID, LINKED_AT) VALUES (?, ?, ?, ?)");
                 PreparedStatement token = c.prepareStatement("INSERT INTO MET_TOKEN (ID, TENANT_ID, NAME, SECRET_HASH, CREATED_AT, EXPIRES_AT,"
                         + " LAST_USED_AT, REVOKED) VALUES (?, ?, ?, ?, ?, ?, NULL, FALSE)")) {
                int pending = 0;
                for (int t = 0; t < tenants; t++) {
                    String tenant = UUID.randomUUID().toString();
                    byte[] bytes = new byte[32];
                    random.nextBytes(bytes);
                    String secret = "kbr_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                    token.setString(1, UUID.randomUUID().toString());
                    token.setString(2, tenant);
                    token.setString(3, "Стенд " + (t + 1));
                    token.setString(4, HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8))));
                    token.setLong(5, now);
                    token.setLong(6, now + YEAR_MILLIS);
                    token.addBatch();
                    for (int a = t * perTenant; a < Math.min(accounts.size(), (t + 1) * perTenant); a++) {
                        link.setString(1, UUID.randomUUID().toString());
                        link.setString(2, tenant);
                        link.setString(3, accounts.get(a));
                        link.setLong(4, now);
                        link.addBatch();
                        secretByAccount.put(accounts.get(a), secret);
                        if (++pending == BATCH) {
                            link.executeBatch();
                            token.executeBatch();
                            pending = 0;
                        }
                    }
                }
                link.executeBatch();
                token.executeBatch();
            }
            c.commit();
            seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "   %d tenants with a personal token, %d links (%d per tenant) inserted in %.2f s%n",
                    tenants, accounts.size(), perTenant, seconds);
            try (PrintStream plan = new PrintStream(planFile, StandardCharsets.UTF_8)) {
                for (MeterRow m : meters) {
                    plan.printf(Locale.ROOT, "%s %s %s%n", secretByAccount.get(m.accountId()), m.serial(), m.initial().toPlainString());
                }
            }
        }
        try (PrintStream out = new PrintStream(resultFile, StandardCharsets.UTF_8)) {
            out.printf(Locale.ROOT, "{\"accounts\": %d, \"meters\": %d, \"tenants\": %d, \"accountsPerTenant\": %d, \"seconds\": %.3f}%n",
                    accounts.size(), meters.size(), tenants, perTenant, seconds);
        }
    }

    private static void count(String database, String prefix, String period, String resultFile) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        long total = 0;
        long meters;
        try (Connection c = DriverManager.getConnection("jdbc:derby:" + database)) {
            try (PreparedStatement s = c.prepareStatement("SELECT r.STATUS, r.SOURCE, r.IS_CURRENT, COUNT(*) FROM MET_READING r"
                    + " JOIN MET_METER m ON m.ID = r.METER_ID JOIN ACC_ACCOUNT a ON a.ID = m.ACCOUNT_ID"
                    + " WHERE a.NUMBER LIKE ? AND r.PERIOD = ? GROUP BY r.STATUS, r.SOURCE, r.IS_CURRENT")) {
                s.setString(1, prefix + "%");
                s.setString(2, period);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String key = r.getString(1) + " " + r.getString(2) + (r.getBoolean(3) ? " current" : " replaced");
                        counts.put(key, r.getLong(4));
                        total += r.getLong(4);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(DISTINCT r.METER_ID) FROM MET_READING r"
                    + " JOIN MET_METER m ON m.ID = r.METER_ID JOIN ACC_ACCOUNT a ON a.ID = m.ACCOUNT_ID WHERE a.NUMBER LIKE ? AND r.PERIOD = ?")) {
                s.setString(1, prefix + "%");
                s.setString(2, period);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    meters = r.getLong(1);
                }
            }
        }
        StringBuilder json = new StringBuilder("{\"period\": \"" + period + "\", \"readings\": " + total + ", \"meters\": " + meters + ", \"by\": {");
        String sep = "";
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            json.append(sep).append('"').append(e.getKey()).append("\": ").append(e.getValue());
            sep = ", ";
        }
        json.append("}}");
        System.out.printf(Locale.ROOT, "   MET_READING, period %s: %d readings of %d meters (%s)%n", period, total, meters, counts);
        try (PrintStream out = new PrintStream(resultFile, StandardCharsets.UTF_8)) {
            out.println(json);
        }
    }
}
