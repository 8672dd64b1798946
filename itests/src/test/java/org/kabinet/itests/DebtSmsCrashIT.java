package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.AfterClass;
import org.junit.Test;

/**
 * Issue #10's promise on the distribution started as a process: the debt SMS run killed mid-way
 * ({@code kill -9} once some of its batches are committed) is marked interrupted at the next start and
 * finished by the scheduler («расписание (продолжение)») — every debtor's tenant then has the month's SMS
 * queued exactly once: the batches queued before the kill are not queued again, and none is skipped.
 * The tenants' links and confirmed phones are written straight into the stopped portal's database
 * (making thousands of tenants over REST would take longer than the rest of the test).
 */
public class DebtSmsCrashIT {
    private static final int PORT = 18981;
    private static final String MANAGER = "debt-sms-manager";
    private static final String MANAGER_PASSWORD = "debt-sms-manager-password";
    private static final String NOTICES = "etc/org.kabinet.billing.notices.cfg";
    /**
     * Debtors, one tenant with a confirmed phone each: six batches of 2,000. Measured on 2 cores: the
     * selection takes about 5 s and a batch 3–6 s (the first, on a cold JVM, the slowest), so the first
     * batch is committed about 12 s after the request and the last some 15 s later — a wide window for
     * the kill, which lands as soon as a batch is seen committed.
     */
    private static final int DEBTORS = 12_000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*}");
    private static final long began = System.nanoTime();
    private static DistributionProcess portal;
    private static Http http;

    @AfterClass
    public static void killPortal() throws Exception {
        if (portal != null) {
            portal.close();
        }
        print("whole class", began);
    }

    @Test
    public void aDebtSmsRunKilledMidwayIsFinishedAtTheNextStartWithEachDebtorQueuedOnce() throws Exception {
        portal = DistributionProcess.unpack("debt-sms-crash-portal", PORT);
        portal.setProperty("etc/users.properties", MANAGER, MANAGER_PASSWORD + ",manager");
        // (DistributionProcess switches debtSmsEnabled off: the scheduler does not run the month before the test does)
        // no quiet hours whatever the time of day, and a slow dispatcher that leaves the database to the run
        portal.setProperty("etc/org.kabinet.sms.cfg", "quietFrom", "00:00");
        portal.setProperty("etc/org.kabinet.sms.cfg", "quietTo", "00:00");
        portal.setProperty("etc/org.kabinet.sms.cfg", "smsPerSecond", "1");
        start("first start");

        YearMonth billed = YearMonth.now(ZONE).minusMonths(1);
        importAccountsBilledFor(billed);
        long t = System.nanoTime();
        portal.stop();
        Map<String, String> tenants = linkTenantsWithConfirmedPhones();
        print("stop and " + DEBTORS + " tenants with confirmed phones written to Derby", t);
        start("start with the tenants");
        assertEquals("no run before the test starts one", List.of(), runs());

        String killed = killMidway();

        // the clock's job on: it finds the interrupted run and finishes the month
        portal.setProperty(NOTICES, "debtSmsEnabled", "true");
        start("start after kill -9");
        t = System.nanoTime();
        Map<String, String> finished = resumed();
        print("the scheduler's run «расписание (продолжение)» done after the start", t);
        System.out.printf("DebtSmsCrashIT: that run itself (selection and %d batches): %.1f s%n", (DEBTORS + 1999) / 2000,
                Duration.between(Instant.parse(finished.get("startedAt")), Instant.parse(finished.get("finishedAt"))).toMillis() / 1e3);

        List<Map<String, String>> runs = runs();
        assertEquals("the killed run and the one that finished it: " + runs, 2, runs.size());
        Map<String, String> interrupted = runs.stream().filter(r -> r.get("id").equals(killed)).findFirst().orElseThrow();
        assertEquals(interrupted.toString(), "INTERRUPTED", interrupted.get("state"));
        assertEquals(interrupted.toString(), MANAGER, interrupted.get("by"));
        int before = integer(interrupted, "queued");
        assertTrue("the kill landed after the first batch and before the last: " + interrupted, before > 0 && before < DEBTORS);
        assertEquals(finished.toString(), interrupted.get("month"), finished.get("month"));
        assertEquals(finished.toString(), DEBTORS, integer(finished, "debtors"));
        assertEquals(finished.toString(), DEBTORS, integer(finished, "found"));
        assertEquals(finished.toString(), 0, integer(finished, "noPhone"));
        assertEquals("the run that finished the month queued exactly the rest: " + finished, DEBTORS - before,
                integer(finished, "queued"));
        assertEquals("and found the killed run's SMS already queued: " + finished, before, integer(finished, "alreadyQueued"));
        System.out.printf("DebtSmsCrashIT: %d SMS queued before the kill, %d after the start%n", before, integer(finished, "queued"));

        t = System.nanoTime();
        portal.stop();
        Map<String, Integer> queued = queuedPerAccount(YearMonth.parse(finished.get("month")), tenants);
        print("stop and the outbox read from Derby", t);
        assertEquals("every debtor's account has the month's SMS", tenants.keySet(), queued.keySet());
        assertEquals("each exactly once", Map.of(1, DEBTORS), count(queued));
    }

    /**
     * {@value #DEBTORS} accounts in one city, each with a service priced by area, billed for the month:
     * every account owes more than the 100 ₽ threshold.
     */
    private static void importAccountsBilledFor(YearMonth month) throws Exception {
        long t = System.nanoTime();
        StringBuilder csv = new StringBuilder("number;city;kind;address;area;residents;status\n");
        for (int i = 1; i <= DEBTORS; i++) {
            csv.append(String.format("86%06d", i)).append(";Сургут;utilities;\"ул. Ленина, д. ").append(i / 200 + 1)
                    .append(", кв. ").append(i % 200 + 1).append("\";").append(30 + i % 50).append(",5;").append(i % 4 + 1)
                    .append(";open\n");
        }
        HttpResponse<String> imported = manager("POST", "/api/v1/admin/accounts/import", "text/csv", csv.toString());
        assertEquals(imported.body(), 200, imported.statusCode());
        assertTrue(imported.body(), imported.body().contains("\"created\":" + DEBTORS + ","));
        print("import of " + DEBTORS + " accounts", t);

        HttpResponse<String> service = manager("POST", "/api/v1/admin/services", "application/json",
                "{\"code\":\"maintenance\",\"nameRu\":\"Содержание и ремонт\",\"nameEn\":\"Maintenance\",\"group\":\"MAINTENANCE\","
                        + "\"unit\":\"M2\",\"base\":\"AREA\",\"accountKinds\":[\"UTILITIES\"]}");
        assertEquals(service.body(), 200, service.statusCode());
        HttpResponse<String> tariff = manager("POST", "/api/v1/admin/tariffs", "application/json",
                "{\"service\":\"maintenance\",\"scope\":\"COMPANY\",\"from\":\"2025-01-01\",\"price\":38.52}");
        assertEquals(tariff.body(), 201, tariff.statusCode());

        t = System.nanoTime();
        HttpResponse<String> started = manager("POST", "/api/v1/admin/billing/periods/" + month + "/runs", null, null);
        assertEquals(started.body(), 202, started.statusCode());
        String path = "/api/v1/admin/billing/periods/" + month + "/runs/" + Tenants.field(started.body(), "id");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        String state;
        do {
            assertTrue("the billing run did not finish within 2 minutes", Instant.now().isBefore(deadline));
            Thread.sleep(200);
            state = manager("GET", path, null, null).body();
        } while (state.contains("\"state\":\"RUNNING\""));
        assertTrue(state, state.contains("\"state\":\"DONE\"") && state.contains("\"accounts\":" + DEBTORS + ","));
        print("billing run of " + month, t);
    }

    /**
     * Starts a run by hand and kills the portal once the run has committed a batch but not all of them.
     *
     * @return the killed run's id
     */
    private static String killMidway() throws Exception {
        long t = System.nanoTime();
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return manager("POST", "/api/v1/admin/debt-sms/runs", null, null);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            assertFalse("the run finished before it could be killed (make DEBTORS bigger): "
                    + (inFlight.isDone() ? inFlight.get().body() : ""), inFlight.isDone());
            List<Map<String, String>> runs = runs();
            if (!runs.isEmpty()) {
                Map<String, String> run = runs.get(0);
                assertEquals(run.toString(), "RUNNING", run.get("state"));
                int queued = integer(run, "queued");
                assertTrue("the run queued every SMS before it could be killed (make DEBTORS bigger): " + run, queued < DEBTORS);
                if (queued > 0) {
                    portal.kill();
                    print("a run killed with " + queued + " of " + DEBTORS + " SMS queued", t);
                    assertTrue("the request dies with the portal", inFlight.handle((answer, error) -> error != null).get());
                    return run.get("id");
                }
            }
            assertTrue("the run queued no batch within 2 minutes: " + runs, Instant.now().isBefore(deadline));
            Thread.sleep(50);
        }
    }

    /** Waits for the scheduler's tick to finish the interrupted month, and answers that run. */
    private static Map<String, String> resumed() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            for (Map<String, String> run : runs()) {
                if ("DONE".equals(run.get("state"))) {
                    assertEquals(run.toString(), "расписание (продолжение)", run.get("by"));
                    return run;
                }
            }
            assertTrue("no run finished the month within 3 minutes of the start: " + runs(), Instant.now().isBefore(deadline));
            Thread.sleep(500);
        }
    }

    /** The debt SMS runs, newest first, each as its fields' text. */
    private static List<Map<String, String>> runs() throws Exception {
        HttpResponse<String> runs = manager("GET", "/api/v1/admin/debt-sms/runs", null, null);
        assertEquals(runs.body(), 200, runs.statusCode());
        List<Map<String, String>> list = new ArrayList<>();
        Matcher object = OBJECT.matcher(runs.body());
        while (object.find()) {
            Map<String, String> fields = new HashMap<>();
            Matcher field = Pattern.compile("\"(\\w+)\":(\"([^\"]*)\"|[^,}]*)").matcher(object.group());
            while (field.find()) {
                fields.put(field.group(1), field.group(3) != null ? field.group(3) : field.group(2));
            }
            list.add(fields);
        }
        return list;
    }

    /**
     * Links each account to a tenant of its own with a confirmed phone, in the stopped portal's database.
     *
     * @return account id → tenant id
     */
    private static Map<String, String> linkTenantsWithConfirmedPhones() throws SQLException {
        Map<String, String> tenants = new HashMap<>();
        try (Connection db = derby()) {
            db.setAutoCommit(false);
            try (ResultSet accounts = db.createStatement().executeQuery("SELECT ID FROM ACC_ACCOUNT")) {
                while (accounts.next()) {
                    tenants.put(accounts.getString(1), UUID.randomUUID().toString());
                }
            }
            assertEquals(DEBTORS, tenants.size());
            long now = System.currentTimeMillis();
            try (PreparedStatement link = db.prepareStatement("INSERT INTO ACC_LINK (ID, TENANT_ID, ACCOUNT_ID, LINKED_AT) VALUES (?, ?, ?, ?)");
                 PreparedStatement phone = db.prepareStatement("INSERT INTO ACC_PHONE (TENANT_ID, PHONE, VERIFIED, UPDATED_AT) VALUES (?, ?, 1, ?)")) {
                int i = 0;
                for (Map.Entry<String, String> account : tenants.entrySet()) {
                    link.setString(1, UUID.randomUUID().toString());
                    link.setString(2, account.getValue());
                    link.setString(3, account.getKey());
                    link.setLong(4, now);
                    link.addBatch();
                    phone.setString(1, account.getValue());
                    phone.setString(2, String.format("9%09d", ++i));
                    phone.setLong(3, now);
                    phone.addBatch();
                }
                link.executeBatch();
                phone.executeBatch();
            }
            db.commit();
        } finally {
            shutDownDerby();
        }
        return tenants;
    }

    /**
     * The month's debt SMS in the stopped portal's outbox, counted per account; each must be addressed
     * to the account's tenant.
     */
    private static Map<String, Integer> queuedPerAccount(YearMonth month, Map<String, String> tenants) throws SQLException {
        Map<String, Integer> queued = new HashMap<>();
        try (Connection db = derby();
             PreparedStatement keys = db.prepareStatement("SELECT IDEMPOTENCY_KEY FROM NOTIF_OUTBOX WHERE IDEMPOTENCY_KEY LIKE ?")) {
            keys.setString(1, "debt-sms:%:" + month);
            try (ResultSet rows = keys.executeQuery()) {
                while (rows.next()) {
                    String[] key = rows.getString(1).split(":");
                    assertEquals(rows.getString(1), tenants.get(key[1]), key[2]);
                    queued.merge(key[1], 1, Integer::sum);
                }
            }
        } finally {
            shutDownDerby();
        }
        return queued;
    }

    private static Connection derby() throws SQLException {
        System.setProperty("derby.stream.error.file", portal.home().resolve("data/log/derby-from-test.log").toString());
        return DriverManager.getConnection("jdbc:derby:" + database());
    }

    /** Closes the database so that the portal can open it; Derby answers a clean shutdown with SQL state 08006. */
    private static void shutDownDerby() {
        try {
            DriverManager.getConnection("jdbc:derby:" + database() + ";shutdown=true").close();
        } catch (SQLException e) {
            assertEquals(e.toString(), "08006", e.getSQLState());
        }
    }

    private static Path database() {
        // etc/org.ops4j.datasource-kabinet.cfg: databaseName=${karaf.data}/derby/kabinet
        return portal.home().resolve("data/derby/kabinet");
    }

    private static Map<Integer, Integer> count(Map<String, Integer> perAccount) {
        Map<Integer, Integer> byCount = new HashMap<>();
        perAccount.values().forEach(n -> byCount.merge(n, 1, Integer::sum));
        return byCount;
    }

    private static void start(String what) throws Exception {
        long t = System.nanoTime();
        portal.start();
        http = new Http(PORT);
        print(what, t);
    }

    private static HttpResponse<String> manager(String method, String path, String type, String body) throws Exception {
        return http.staff(method, path, type, body, MANAGER, MANAGER_PASSWORD);
    }

    private static int integer(Map<String, String> run, String name) {
        assertNotNull(name + " in " + run, run.get(name));
        return Integer.parseInt(run.get(name));
    }

    private static void print(String what, long since) {
        System.out.printf("DebtSmsCrashIT: %s: %.1f s%n", what, (System.nanoTime() - since) / 1e9);
    }
}
