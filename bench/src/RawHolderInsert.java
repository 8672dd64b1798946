import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The set-up of bench/notices.sh that REST cannot do in reasonable time: a tenant with a confirmed phone
 * on every seeded account. Creating 100 000 tenants over REST means 100 000 Argon2 hashes and confirmation
 * letters, so this writes the accounts module's own rows into the stopped portal's Derby instead — per
 * account one ACC_LINK row to a new random tenant id and one ACC_PHONE row for that tenant with
 * VERIFIED = 1 and a distinct 10-digit mobile number (9000000001, 9000000002, …), as the portal stores
 * them after a tenant links an account and confirms the phone's code (db/accounts/V1, V3). Plain JDBC:
 * addBatch, executeBatch every 1000 rows, one commit. No tenant rows (TEN_*) are made: the debt SMS
 * reads only links and phones.
 *
 * <p>usage: java -cp derby.jar:classes RawHolderInsert &lt;database dir&gt; &lt;account number prefix&gt;
 * &lt;result json&gt; — every account whose number starts with the prefix gets a holder; it stops if one
 * already has a link.
 */
public final class RawHolderInsert {
    private static final int BATCH = 1000;

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: RawHolderInsert <database dir> <account number prefix> <result json>");
            System.exit(2);
        }
        String url = "jdbc:derby:" + args[0];
        int accounts;
        double seconds;
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT ID FROM ACC_ACCOUNT WHERE NUMBER LIKE ? ORDER BY NUMBER")) {
                s.setString(1, args[1] + "%");
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COUNT(*) FROM ACC_LINK l JOIN ACC_ACCOUNT a ON a.ID = l.ACCOUNT_ID WHERE a.NUMBER LIKE ?")) {
                s.setString(1, args[1] + "%");
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        throw new IllegalStateException(r.getInt(1) + " of these accounts are linked already");
                    }
                }
            }
            c.commit();
            if (ids.isEmpty()) {
                throw new IllegalStateException("no account number starts with " + args[1]);
            }
            accounts = ids.size();
            long now = System.currentTimeMillis();
            long started = System.nanoTime();
            try (PreparedStatement link = c.prepareStatement("INSERT INTO ACC_LINK (ID, TENANT_ID, ACCOUNT_ID, LINKED_AT) VALUES (?, ?, ?, ?)");
                 PreparedStatement phone = c.prepareStatement("INSERT INTO ACC_PHONE (TENANT_ID, PHONE, VERIFIED, UPDATED_AT) VALUES (?, ?, 1, ?)")) {
                int pending = 0;
                for (int i = 0; i < ids.size(); i++) {
                    String tenant = UUID.randomUUID().toString();
                    link.setString(1, UUID.randomUUID().toString());
                    link.setString(2, tenant);
                    link.setString(3, ids.get(i));
                    link.setLong(4, now);
                    link.addBatch();
                    phone.setString(1, tenant);
                    phone.setString(2, Long.toString(9_000_000_001L + i));
                    phone.setLong(3, now);
                    phone.addBatch();
                    if (++pending == BATCH) {
                        link.executeBatch();
                        phone.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    link.executeBatch();
                    phone.executeBatch();
                }
            }
            c.commit();
            seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "   %d links and %d confirmed phones inserted in %.2f s%n", accounts, accounts, seconds);
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException expected) {
            // Derby answers a clean shutdown with XJ015
        }
        try (PrintStream out = new PrintStream(args[2], StandardCharsets.UTF_8)) {
            out.printf(Locale.ROOT, "{\"holders\": %d, \"seconds\": %.3f}%n", accounts, seconds);
        }
    }
}
