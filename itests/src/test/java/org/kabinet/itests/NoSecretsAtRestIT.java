package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.mail.internet.MimeMessage;
import org.junit.AfterClass;
import org.junit.Test;

/**
 * Issue #13's promise "grep over data/ and the database after a full sign-up, reset and phone
 * confirmation finds no usable link or code once delivered", on the distribution started as a process
 * exactly as an administrator runs it: letters go to a real SMTP server (GreenMail, in this JVM) and SMS
 * to an HTTP provider (a small server in this JVM), so that what was delivered lives outside the
 * portal's {@code data/}. After the tenant signed up and confirmed, reset the password and confirmed a
 * phone by its code, the portal is stopped and every file under {@code data/} (Derby's data and
 * transaction log, karaf.log with the {@code org.kabinet} loggers at DEBUG, everything else) and every
 * text and binary column of every table are searched for the confirmation token, the reset token and
 * the SMS code. Staff's outbox view is checked too.
 */
public class NoSecretsAtRestIT {
    private static final int PORT = 18621; // +1 ssh, +2 and +3 RMI
    private static final int SMTP_PORT = 18625;
    private static final int SMS_PORT = 18626;
    private static final String EMAIL = "secret-keeper@example.ru";
    private static final String PHONE = "9226667788";
    private static final String PASSWORD = "надёжная фраза из слов";
    private static final String NEW_PASSWORD = "другая длинная фраза для входа";
    private static final String MANAGER = "secrets-manager";
    private static final String MANAGER_PASSWORD = "secrets-manager-password";

    private static DistributionProcess portal;
    private static GreenMail smtp;
    private static HttpServer provider;

    @AfterClass
    public static void stopAll() throws Exception {
        if (portal != null) {
            portal.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (provider != null) {
            provider.stop(0);
        }
    }

    @Test
    public void noUsableLinkOrCodeIsLeftInDataOrTheDatabaseOnceDelivered() throws Exception {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        List<String> sms = new CopyOnWriteArrayList<>();
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", SMS_PORT), 0);
        provider.createContext("/send", exchange -> {
            sms.add(URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8));
            byte[] ok = ("{\"status\":\"OK\",\"id\":\"p" + sms.size() + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        provider.start();

        portal = DistributionProcess.unpack("no-secrets-portal", PORT);
        portal.setProperty("etc/org.kabinet.mail.cfg", "host", "127.0.0.1");
        portal.setProperty("etc/org.kabinet.mail.cfg", "port", String.valueOf(SMTP_PORT));
        portal.setProperty("etc/org.kabinet.mail.cfg", "smtpSecurity", "none"); // GreenMail 1.6 offers no STARTTLS
        portal.setProperty("etc/org.kabinet.sms.cfg", "quietFrom", "00:00");
        portal.setProperty("etc/org.kabinet.sms.cfg", "quietTo", "00:00");
        portal.setProperty("etc/users.properties", MANAGER, MANAGER_PASSWORD + ",manager,admin");
        // our own loggers at DEBUG: not even a debug line may carry a link or a code
        portal.setProperty("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.kabinet.name", "org.kabinet");
        portal.setProperty("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.kabinet.level", "DEBUG");
        // SMS through the HTTP gateway to the provider above (the log gateway would keep them in data/sms/)
        Files.writeString(portal.home().resolve("etc/org.kabinet.sms.http.cfg"),
                "url = http://127.0.0.1:" + SMS_PORT + "/send\n"
                        + "bodyTemplate = to={phone}&text={text}&key={key}\n"
                        + "successPattern = \"status\":\"OK\"\n"
                        + "messageIdPattern = \"id\":\"([^\"]+)\"\n", StandardCharsets.UTF_8);
        Path features = portal.home().resolve("etc/org.apache.karaf.features.cfg");
        String boot = Files.readString(features);
        assertTrue(boot.contains("featuresBoot = \\\n"));
        Files.writeString(features, boot.replace("featuresBoot = \\\n", "featuresBoot = \\\n    kabinet-sms-http, \\\n"));
        portal.start();
        Http http = new Http(PORT);

        // sign-up and confirmation by the letter's link
        Instant signedUp = Instant.now();
        assertEquals(202, http.post("/api/v1/registrations",
                "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\",\"consent\":true}", null).statusCode());
        String confirmation = token(letter(1), "/confirmemail/");
        HttpResponse<String> confirmed = http.post("/api/v1/registrations/confirmations",
                "{\"token\":\"" + confirmation + "\"}", null);
        assertEquals(confirmed.body(), 200, confirmed.statusCode());
        String tenant = signIn(http, PASSWORD);

        // a phone confirmed by the SMS code, which reached the provider
        assertEquals(202, http.post("/api/v1/me/phone", "{\"phone\":\"" + PHONE + "\"}", tenant).statusCode());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (sms.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals(sms.toString(), 1, sms.size());
        Matcher digits = Pattern.compile("text=\\D*(\\d{6})\\D").matcher(sms.get(0));
        assertTrue(sms.get(0), digits.find());
        String code = digits.group(1);
        HttpResponse<String> verified = http.post("/api/v1/me/phone/verification", "{\"code\":\"" + code + "\"}", tenant);
        assertEquals(verified.body(), 200, verified.statusCode());

        // password reset by the letter's link (one letter to an address per 30 s)
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), signedUp.plusSeconds(32)).toMillis()));
        assertEquals(202, http.post("/api/v1/password-resets", "{\"email\":\"" + EMAIL + "\"}", null).statusCode());
        String reset = token(letter(2), "/resetpassword/");
        HttpResponse<String> changed = http.put("/api/v1/password-resets/" + reset, "{\"password\":\"" + NEW_PASSWORD + "\"}", null);
        assertEquals(changed.body(), 204, changed.statusCode());
        signIn(http, NEW_PASSWORD);

        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("confirmation token", confirmation);
        secrets.put("reset token", reset);
        secrets.put("SMS code", code);

        // every message settled (SENT) before the portal stops; staff's view shows none of the secrets
        String outbox = "";
        deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            outbox = http.staff("GET", "/api/v1/admin/outbox?limit=500", null, null, MANAGER, MANAGER_PASSWORD).body();
            if (outbox.contains("\"state\":\"SENT\"") && !outbox.contains("\"state\":\"PENDING\"")) {
                break;
            }
            Thread.sleep(250);
        }
        assertFalse(outbox, outbox.contains("\"state\":\"PENDING\""));
        assertTrue(outbox, outbox.contains("confirm-email:") && outbox.contains("password-reset:") && outbox.contains("phone-code:"));
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            assertFalse("staff's outbox shows the " + secret.getKey() + ": " + outbox, outbox.contains(secret.getValue()));
        }

        portal.stop();

        Path data = portal.home().resolve("data");
        assertFalse("the search reads Derby's files: the tenant's address is found there",
                find(data.resolve("derby"), EMAIL.getBytes(StandardCharsets.UTF_8), false).isEmpty());
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            // a code is a number: found only where no digit is beside it (not inside a longer number such as a time)
            boolean standalone = secret.getKey().equals("SMS code");
            for (String where : find(data, secret.getValue().getBytes(StandardCharsets.UTF_8), standalone)) {
                found.add("the " + secret.getKey() + " " + secret.getValue() + " in " + where);
            }
        }
        found.addAll(inTables(secrets));
        assertEquals("no usable link or code at rest:\n" + String.join("\n", found), List.of(), found);
    }

    private static String signIn(Http http, String password) throws Exception {
        HttpResponse<String> session = http.post("/api/v1/sessions",
                "{\"email\":\"" + EMAIL + "\",\"password\":\"" + password + "\"}", null);
        assertEquals(session.body(), 200, session.statusCode());
        return Tenants.field(session.body(), "token");
    }

    /** The n-th letter to the tenant (waits for it), as its plain text. */
    private static String letter(int n) throws Exception {
        assertTrue("letter " + n + " arrives", smtp.waitForIncomingEmail(30_000, n));
        MimeMessage[] letters = smtp.getReceivedMessages();
        return MailFolder.text(letters[n - 1]);
    }

    private static String token(String letter, String path) {
        Matcher m = Pattern.compile(Pattern.quote(path) + "([A-Za-z0-9_-]{43})/").matcher(letter);
        assertTrue(letter, m.find());
        return m.group(1);
    }

    /** Every file under {@code root} holding {@code needle}, with the bytes around the first place. */
    private static List<String> find(Path root, byte[] needle, boolean standaloneNumber) throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (IOException gone) {
                    continue;
                }
                int at = indexOf(bytes, needle, standaloneNumber);
                if (at >= 0) {
                    int from = Math.max(0, at - 60);
                    int to = Math.min(bytes.length, at + needle.length + 60);
                    hits.add(root.relativize(file) + " at " + at + ": …"
                            + new String(bytes, from, to - from, StandardCharsets.UTF_8).replaceAll("[\\p{Cntrl}]", "·") + "…");
                }
            }
        }
        return hits;
    }

    private static int indexOf(byte[] bytes, byte[] needle, boolean standaloneNumber) {
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            if (standaloneNumber && (i > 0 && isDigit(bytes[i - 1])
                    || i + needle.length < bytes.length && isDigit(bytes[i + needle.length]))) {
                continue;
            }
            return i;
        }
        return -1;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** Every cell of every table of the portal's database that holds a secret (the portal is stopped). */
    private static List<String> inTables(Map<String, String> secrets) throws SQLException {
        Path database = portal.home().resolve("data/derby/kabinet");
        System.setProperty("derby.stream.error.file", portal.home().resolve("data/log/derby-from-test.log").toString());
        List<String> hits = new ArrayList<>();
        int tables = 0;
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + database)) {
            List<String> names = new ArrayList<>();
            try (ResultSet t = db.createStatement().executeQuery("SELECT S.SCHEMANAME, T.TABLENAME FROM SYS.SYSTABLES T"
                    + " JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID WHERE T.TABLETYPE = 'T'")) {
                while (t.next()) {
                    names.add("\"" + t.getString(1) + "\".\"" + t.getString(2) + "\"");
                }
            }
            for (String table : names) {
                tables++;
                try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            String cell = text(rows.getObject(c));
                            for (Map.Entry<String, String> secret : secrets.entrySet()) {
                                if (cell != null && cell.contains(secret.getValue())) {
                                    hits.add("the " + secret.getKey() + " in " + table + "."
                                            + rows.getMetaData().getColumnName(c) + ": " + cell);
                                }
                            }
                        }
                    }
                }
            }
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
            } catch (SQLException e) {
                assertEquals(e.toString(), "08006", e.getSQLState());
            }
        }
        assertTrue("the portal's tables were read: " + tables, tables > 20);
        return hits;
    }

    private static String text(Object cell) throws SQLException {
        if (cell instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (cell instanceof Blob blob) {
            return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
        }
        if (cell instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return cell == null ? null : cell.toString();
    }
}
