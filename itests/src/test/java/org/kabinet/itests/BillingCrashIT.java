package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Issue #9's promise on the distribution started as a process: {@code kill -9} of the portal while a
 * billing run writes a month's lines, or while a payment registry's transaction writes its payments,
 * then a start — a first run of a month leaves none of its lines or all of them, a run replacing a
 * month's lines leaves one whole set, a registry none of its payments or all of them; running the month
 * again and posting the same file again then completes with every line exactly once. Checked on the
 * ledgers of a sample spread over tens of thousands of accounts.
 */
public class BillingCrashIT {
    private static final int PORT = 18781;
    private static final String MANAGER = "crash-manager";
    private static final String MANAGER_PASSWORD = "crash-manager-password";
    /** Enough for a run to store its lines for seconds, so that the kill lands amid the writing. */
    private static final int ACCOUNTS = 20_000;
    private static final int PAYMENTS = 30_000;
    private static final int SAMPLE = 60;
    private static final int KILL_AT = 75;
    private static final List<String> RENT_SERVICES = List.of("intercom", "rent");
    private static final List<String> UTILITY_SERVICES = List.of("cold-water", "heating", "intercom", "maintenance", "waste");
    private static final Pattern ACCOUNT = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"number\":\"([^\"]+)\"");
    private static final Pattern OBJECT = Pattern.compile("\\{[^{}\\[\\]]*}");
    private static final Pattern CITY = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"name\":\"([^\"]+)\"}");
    /** The known cities by id and name; account i lives in the (i mod n)th. */
    private static final List<String[]> cities = new ArrayList<>();
    private static DistributionProcess portal;
    private static Http http;
    /** Sampled accounts: number → id, spread from the first number to the last. */
    private static final Map<String, String> sample = new HashMap<>();
    private static final long began = System.nanoTime();

    @BeforeClass
    public static void startPortalWithAccountsAndServices() throws Exception {
        portal = DistributionProcess.unpack("billing-crash-portal", PORT);
        portal.setProperty("etc/users.properties", MANAGER, MANAGER_PASSWORD + ",manager");
        long t = System.nanoTime();
        portal.start();
        http = new Http(PORT);
        print("first start", t);

        service("rent", "Плата за наём", "Rent", "RENT", "M2", "AREA", null, "\"RENT\"", "12.37");
        service("maintenance", "Содержание и ремонт", "Maintenance", "MAINTENANCE", "M2", "AREA", null, "\"UTILITIES\"", "38.52");
        service("cold-water", "Холодное водоснабжение", "Cold water", "UTILITIES", "M3", "METERED", "4.2", "\"UTILITIES\"", "62.48");
        service("heating", "Отопление", "Heating", "UTILITIES", "GCAL", "AREA", null, "\"UTILITIES\"", "78.74");
        service("waste", "Обращение с ТКО", "Municipal waste", "UTILITIES", "PERSON", "RESIDENTS", null, "\"UTILITIES\"", "203.15");
        service("intercom", "Домофон", "Intercom", "OTHER", "FIXED", "FIXED", null, "\"RENT\",\"UTILITIES\"", "45.00");

        Matcher city = CITY.matcher(http.get("/api/v1/cities", null).body());
        while (city.find()) {
            cities.add(new String[] {city.group(1), city.group(2)});
        }
        assertTrue(cities.size() > 1);

        t = System.nanoTime();
        Map<String, String> ids = new HashMap<>();
        for (int c = 0; c < cities.size(); c++) {
            StringBuilder csv = new StringBuilder("number;city;kind;address;area;residents;status\n");
            int count = 0;
            for (int i = 1; i <= ACCOUNTS; i++) {
                if (i % cities.size() == c) {
                    csv.append(number(i)).append(';').append(cities.get(c)[1]).append(';').append(rent(i) ? "rent" : "utilities")
                            .append(";\"ул. Мира, д. ").append(i / 200 + 1).append(", кв. ").append(i % 200 + 1).append("\";")
                            .append(30 + i % 50).append(',').append(i % 10).append(';').append(i % 4 + 1).append(";open\n");
                    count++;
                }
            }
            HttpResponse<String> imported = manager("POST", "/api/v1/admin/accounts/import", "text/csv", csv.toString());
            assertEquals(imported.body(), 200, imported.statusCode());
            assertTrue(imported.body(), imported.body().contains("\"created\":" + count + ","));
            // the staff list comes a page at a time (at most 500): walk the pages until an empty one
            for (int page = 0; ; page++) {
                HttpResponse<String> accounts = manager("GET", "/api/v1/admin/accounts?city=" + cities.get(c)[0]
                        + "&size=500&page=" + page, null, null);
                assertEquals(accounts.body(), 200, accounts.statusCode());
                Matcher m = ACCOUNT.matcher(accounts.body());
                int found = 0;
                while (m.find()) {
                    ids.put(m.group(2), m.group(1));
                    found++;
                }
                if (found == 0) {
                    break;
                }
            }
        }
        assertEquals(ACCOUNTS, ids.size());
        print("import of " + ACCOUNTS + " accounts in " + cities.size() + " cities", t);
        for (int j = 0; j < SAMPLE; j++) {
            String number = number(1 + j * (ACCOUNTS - 1) / (SAMPLE - 1));
            sample.put(number, ids.get(number));
        }
        assertTrue(sample.keySet().stream().anyMatch(n -> rent(index(n))) && sample.keySet().stream().anyMatch(n -> !rent(index(n))));
    }

    @AfterClass
    public static void killPortal() throws Exception {
        if (portal != null) {
            portal.close();
        }
        print("whole class", began);
    }

    @Test
    public void aBillingRunKilledWhileStoringLeavesNoHalfMonthAndRunsAgainToExactlyOneSetOfLines() throws Exception {
        long t = System.nanoTime();
        String billed = finished(start("2026-08"));
        assertRun(billed);
        print("a run of 2026-08", t);
        assertEquals(Map.of("FULL", sample.size()), linesOfMonth("2026-08"));

        killWhileStoring(start("2026-09"));
        restart();
        Map<String, Integer> firstRun = linesOfMonth("2026-09");
        System.out.println("BillingCrashIT: after the kill the sampled accounts hold of 2026-09: " + firstRun);
        assertEquals("a run is one transaction: every sampled account has none of its lines or all: " + firstRun, 1, firstRun.size());
        assertEquals(Map.of("FULL", sample.size()), linesOfMonth("2026-08"));

        killWhileStoring(start("2026-08"));
        restart();
        assertEquals("a run killed while replacing a month's lines leaves the old ones or the new ones, whole",
                Map.of("FULL", sample.size()), linesOfMonth("2026-08"));
        assertEquals(firstRun, linesOfMonth("2026-09"));

        t = System.nanoTime();
        String again = finished(start("2026-09"));
        assertRun(again);
        assertEquals(summary(billed), summary(again));
        print("the run of 2026-09 again", t);
        assertEquals(Map.of("FULL", sample.size()), linesOfMonth("2026-09"));
        assertEquals(Map.of("FULL", sample.size()), linesOfMonth("2026-08"));
    }

    @Test
    public void aPaymentRegistryKilledInFlightLeavesNoHalfFileAndPostsEachPaymentOnceWhenSentAgain() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Yekaterinburg"));
        String first = registry("A-", today.minusDays(2).toString());
        long t = System.nanoTime();
        HttpResponse<String> posted = manager("POST", "/api/v1/admin/payments/import", "text/csv", first);
        assertEquals(posted.body(), 200, posted.statusCode());
        assertTrue(posted.body(), posted.body().contains("\"posted\":" + PAYMENTS + ",\"alreadyPosted\":0"));
        print("a registry of " + PAYMENTS + " payments", t);

        String second = registry("B-", today.minusDays(1).toString());
        t = System.nanoTime();
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return manager("POST", "/api/v1/admin/payments/import", "text/csv", second);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!writingPayments()) {
            assertFalse("the registry was posted before it was seen writing its payments: " + (inFlight.isDone() ? inFlight.get().body() : ""),
                    inFlight.isDone());
            assertTrue("the registry was not seen writing its payments within 2 minutes", Instant.now().isBefore(deadline));
            Thread.sleep(100);
        }
        portal.kill();
        print("a registry killed while its transaction writes the payments", t);
        assertTrue("the request dies with the portal", inFlight.handle((answer, error) -> error != null).get());

        restart();
        Map<String, Integer> afterCrash = payments("B-");
        System.out.println("BillingCrashIT: after the kill the sampled accounts hold of the killed registry: " + afterCrash);
        assertEquals("a registry is one transaction: every sampled account has all its payments or none: " + afterCrash,
                1, afterCrash.size());
        assertEquals(Map.of("ONCE", sample.size()), payments("A-"));

        t = System.nanoTime();
        HttpResponse<String> again = manager("POST", "/api/v1/admin/payments/import", "text/csv", second);
        assertEquals(again.body(), 200, again.statusCode());
        int postedNow = integer(again.body(), "posted");
        int postedBefore = integer(again.body(), "alreadyPosted");
        assertEquals(again.body(), PAYMENTS, postedNow + postedBefore);
        assertEquals(again.body(), afterCrash.containsKey("ONCE") ? PAYMENTS : 0, postedBefore);
        print("the killed registry again (" + postedNow + " posted, " + postedBefore + " already)", t);
        HttpResponse<String> once = manager("POST", "/api/v1/admin/payments/import", "text/csv", second);
        assertTrue(once.body(), once.body().contains("\"posted\":0,\"alreadyPosted\":" + PAYMENTS));
        assertEquals(Map.of("ONCE", sample.size()), payments("B-"));
        assertEquals(Map.of("ONCE", sample.size()), payments("A-"));

        // the payments' notices, noted in the registries' transactions (the killed one's too, if it committed), are all
        // handled after the restart, none failed (no tenant is linked to these accounts, so nothing is sent)
        t = System.nanoTime();
        // a promise of completeness, not of speed (bench/notices.sh measures that): 60 000 notices take about 2 minutes
        // on a quiet machine, so the wait is generous for a shared CI machine
        Instant drained = Instant.now().plusSeconds(420);
        String notices;
        while (!(notices = manager("GET", "/api/v1/admin/payments/notices", null, null).body()).equals("{\"pending\":0,\"failed\":0}")) {
            assertTrue("payment notices not handled within 7 minutes: " + notices, Instant.now().isBefore(drained));
            Thread.sleep(500);
        }
        print("the payment notices of " + 2 * PAYMENTS + " payments handled", t);
    }

    /**
     * Whether the portal's thread posting a payment registry is in EclipseLink's commit, writing the
     * transaction's payments to the database; seen in a thread dump of its JVM by the JDK's {@code jcmd}.
     */
    private static boolean writingPayments() throws Exception {
        String home = "-Dkaraf.home=" + portal.home();
        ProcessHandle karaf = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(home) && c.contains("org.apache.karaf.main.Main")).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no Karaf process of " + home));
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(karaf.pid()), "Thread.print").redirectErrorStream(true).start();
        String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        for (String thread : dump.split("\n\n")) {
            if (thread.contains("BillingService.importPayments") && thread.contains("CommitManager")) {
                return true;
            }
        }
        return false;
    }

    private static void restart() throws Exception {
        long t = System.nanoTime();
        portal.start();
        http = new Http(PORT);
        print("start after kill -9", t);
    }

    private static String number(int i) {
        return String.format("86%06d", i);
    }

    private static boolean rent(int i) {
        return i % 2 == 1;
    }

    private static int index(String number) {
        return Integer.parseInt(number.substring(2));
    }

    private static void service(String code, String ru, String en, String group, String unit, String base, String norm, String kinds,
                                String price) throws Exception {
        HttpResponse<String> saved = manager("POST", "/api/v1/admin/services", "application/json",
                "{\"code\":\"" + code + "\",\"nameRu\":\"" + ru + "\",\"nameEn\":\"" + en + "\",\"group\":\"" + group + "\",\"unit\":\""
                        + unit + "\",\"base\":\"" + base + "\"" + (norm == null ? "" : ",\"normPerPerson\":" + norm)
                        + ",\"accountKinds\":[" + kinds + "]}");
        assertEquals(saved.body(), 200, saved.statusCode());
        HttpResponse<String> tariff = manager("POST", "/api/v1/admin/tariffs", "application/json",
                "{\"service\":\"" + code + "\",\"scope\":\"COMPANY\",\"from\":\"2025-01-01\",\"price\":" + price + "}");
        assertEquals(tariff.body(), 201, tariff.statusCode());
    }

    /** Payment k goes to account k mod ACCOUNTS + 1; ids are prefixed so that each registry's payments can be told apart. */
    private static String registry(String prefix, String paidOn) {
        StringBuilder csv = new StringBuilder("payment_id;paid_on;account;city;amount;period\n");
        for (int k = 0; k < PAYMENTS; k++) {
            int i = k % ACCOUNTS + 1;
            csv.append(prefix).append(k).append(';').append(paidOn).append(';').append(number(i)).append(';')
                    .append(cities.get(i % cities.size())[1]).append(';').append(100 + k % 900).append(',')
                    .append(String.format("%02d", k % 100)).append(";2026-09\n");
        }
        return csv.toString();
    }

    private static HttpResponse<String> manager(String method, String path, String type, String body) throws Exception {
        return http.staff(method, path, type, body, MANAGER, MANAGER_PASSWORD);
    }

    private static HttpResponse<String> start(String period) throws Exception {
        HttpResponse<String> started = manager("POST", "/api/v1/admin/billing/periods/" + period + "/runs", null, null);
        assertEquals(started.body(), 202, started.statusCode());
        return started;
    }

    private static String state(String period, String id) throws Exception {
        HttpResponse<String> state = manager("GET", "/api/v1/admin/billing/periods/" + period + "/runs/" + id, null, null);
        assertEquals(state.body(), 200, state.statusCode());
        return state.body();
    }

    /**
     * Kills the portal once the run reports {@value #KILL_AT} % done: every account computed (the first
     * half) and about half of its lines written to the database, not yet committed.
     */
    private static void killWhileStoring(HttpResponse<String> started) throws Exception {
        long t = System.nanoTime();
        String id = Tenants.field(started.body(), "id");
        String period = Tenants.field(started.body(), "period");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            String state = state(period, id);
            assertTrue("the run ended before it could be killed: " + state, state.contains("\"state\":\"RUNNING\""));
            if (integer(state, "percent") >= KILL_AT) {
                portal.kill();
                print("a run of " + period + " killed at " + integer(state, "percent") + " %", t);
                return;
            }
            assertTrue("the run did not get to " + KILL_AT + " % within 2 minutes: " + state, Instant.now().isBefore(deadline));
            Thread.sleep(20);
        }
    }

    private static String finished(HttpResponse<String> started) throws Exception {
        String id = Tenants.field(started.body(), "id");
        String period = Tenants.field(started.body(), "period");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            String state = state(period, id);
            if (!state.contains("\"state\":\"RUNNING\"")) {
                assertTrue(state, state.contains("\"state\":\"DONE\""));
                return state;
            }
            assertTrue("the run did not finish within 2 minutes: " + state, Instant.now().isBefore(deadline));
            Thread.sleep(100);
        }
    }

    private static void assertRun(String state) {
        int rents = (ACCOUNTS + 1) / 2;
        int lines = rents * RENT_SERVICES.size() + (ACCOUNTS - rents) * UTILITY_SERVICES.size();
        assertEquals(state, ACCOUNTS, integer(state, "accounts"));
        assertEquals(state, lines, integer(state, "lines"));
        assertTrue(state, state.contains("\"skipped\":[]"));
    }

    private static String summary(String state) {
        return state.replaceAll("(?s).*(\"summary\":\\{[^}]*}).*", "$1");
    }

    private static int integer(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        assertTrue(name + " in " + json, m.find());
        return Integer.parseInt(m.group(1));
    }

    private static String text(String object, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(object);
        return m.find() ? m.group(1) : null;
    }

    /** The objects of one array of an account's ledger (charges and payments hold no nested objects). */
    private static List<String> ledger(String accountId, String array) throws Exception {
        HttpResponse<String> ledger = manager("GET", "/api/v1/admin/accounts/" + accountId + "/ledger", null, null);
        assertEquals(ledger.body(), 200, ledger.statusCode());
        Matcher part = Pattern.compile("\"" + array + "\":\\[([^\\]]*)]").matcher(ledger.body());
        assertTrue(ledger.body(), part.find());
        List<String> objects = new ArrayList<>();
        Matcher object = OBJECT.matcher(part.group(1));
        while (object.find()) {
            objects.add(object.group());
        }
        return objects;
    }

    /**
     * The sampled accounts by what they hold of a month's run lines: NONE or FULL (each service of the
     * account's kind exactly once); any other set fails at once, naming the account and its lines.
     */
    private static Map<String, Integer> linesOfMonth(String period) throws Exception {
        Map<String, Integer> found = new HashMap<>();
        for (Map.Entry<String, String> account : sample.entrySet()) {
            List<String> services = new ArrayList<>();
            for (String charge : ledger(account.getValue(), "charges")) {
                if (period.equals(text(charge, "period")) && "RUN".equals(text(charge, "origin"))) {
                    services.add(text(charge, "service"));
                }
            }
            services.sort(null);
            List<String> expected = rent(index(account.getKey())) ? RENT_SERVICES : UTILITY_SERVICES;
            if (!services.isEmpty() && !services.equals(expected)) {
                fail("account " + account.getKey() + " holds " + services + " of " + period + " instead of none or " + expected);
            }
            found.merge(services.isEmpty() ? "NONE" : "FULL", 1, Integer::sum);
        }
        return found;
    }

    /**
     * The sampled accounts by what they hold of a registry's payments: NONE or ONCE (each of the account's
     * payments exactly once); any other set fails at once.
     */
    private static Map<String, Integer> payments(String prefix) throws Exception {
        Map<String, Integer> found = new HashMap<>();
        for (Map.Entry<String, String> account : sample.entrySet()) {
            List<String> ids = new ArrayList<>();
            for (String payment : ledger(account.getValue(), "payments")) {
                String id = text(payment, "id");
                if (id != null && id.startsWith(prefix)) {
                    ids.add(id);
                }
            }
            ids.sort(null);
            List<String> expected = new ArrayList<>();
            for (int k = index(account.getKey()) - 1; k < PAYMENTS; k += ACCOUNTS) {
                expected.add(prefix + k);
            }
            expected.sort(null);
            if (!ids.isEmpty() && !ids.equals(expected)) {
                fail("account " + account.getKey() + " holds the payments " + ids + " instead of none or " + expected);
            }
            found.merge(ids.isEmpty() ? "NONE" : "ONCE", 1, Integer::sum);
        }
        return found;
    }

    private static void print(String what, long since) {
        System.out.printf("BillingCrashIT: %s: %.1f s%n", what, (System.nanoTime() - since) / 1e9);
    }
}
