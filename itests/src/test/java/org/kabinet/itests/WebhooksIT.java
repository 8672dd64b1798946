package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue #16 item 5: an administrator adds a webhook endpoint (a real HTTP server on loopback here); a payment posted over
 * REST reaches it once, signed with the secret the administrator was shown; the receiver then fails the next payment's
 * delivery and the distribution restarts with it waiting: after the restart it arrives, once, verifying with the same
 * secret, and the delivered first one is never sent again. Bad input and a manager without the admin role are refused. On the page «Вебхуки» (a real browser at
 * 1366×900 and as a 390×844 phone) an administrator adds an endpoint, sees a refusal under the address first and
 * then the secret, once; screenshots go to {@code target/screens/admin-webhooks-*.png}.
 */
public class WebhooksIT extends BrowserTest {
    /** Ports 18841–18844: away from the other distribution tests. */
    private static final int PORT = 18841;
    private static final String ADMIN = "hook-admin";
    private static final String ADMIN_PASSWORD = "hook-admin-password";
    private static final String MANAGER = "hook-manager";
    private static final String MANAGER_PASSWORD = "hook-manager-password";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"");
    private static DistributionProcess portal;
    private static HttpServer receiver;
    /** What the receiver got: headers, body and the status it answered, in order. */
    private record Request(Map<String, List<String>> headers, String body, int status) {
    }

    private static final List<Request> requests = new CopyOnWriteArrayList<>();
    /** The status the receiver answers with now. */
    private static volatile int answer = 204;

    @BeforeClass
    public static void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/kabinet-events", exchange -> {
            int status = answer;
            requests.add(new Request(Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        portal = DistributionProcess.unpack("webhooks-portal", PORT);
        portal.setProperty("etc/users.properties", ADMIN, ADMIN_PASSWORD + ",admin");
        portal.setProperty("etc/users.properties", MANAGER, MANAGER_PASSWORD + ",manager");
        portal.setProperty("etc/org.kabinet.webhooks.cfg", "pollMillis", "500");
        portal.setProperty("etc/org.kabinet.webhooks.cfg", "retryFirstSeconds", "1");
        portal.setProperty("etc/org.kabinet.webhooks.cfg", "retryCapSeconds", "2");
        // the stop gives its claims back; were it not to, a claim would hold 30 s (not 5 min) before the next start sends
        portal.setProperty("etc/org.kabinet.cluster.cfg", "claimSeconds", "30");
        portal.start();
    }

    @AfterClass
    public static void stop() throws Exception {
        if (portal != null) {
            portal.close();
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    public void aPaymentReachesTheReceiverSignedOnceAndNotAgainAfterARestart() throws Exception {
        Http http = new Http(PORT);
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/kabinet-events";

        // refused: plain http to another machine, an unknown event, and a manager (the admin role is needed)
        HttpResponse<String> insecure = http.staff("POST", "/api/v1/admin/webhooks", "application/json",
                "{\"url\":\"http://example.org/hook\",\"events\":[\"payment.posted\"]}", ADMIN, ADMIN_PASSWORD);
        assertEquals(insecure.body(), 422, insecure.statusCode());
        assertTrue(insecure.body(), insecure.body().contains("\"field\":\"url\"") && insecure.body().contains("webhook.url.insecure"));
        HttpResponse<String> unknown = http.staff("POST", "/api/v1/admin/webhooks", "application/json",
                "{\"url\":\"" + url + "\",\"events\":[\"payment.deleted\"]}", ADMIN, ADMIN_PASSWORD);
        assertEquals(unknown.body(), 422, unknown.statusCode());
        assertEquals(403, http.staff("GET", "/api/v1/admin/webhooks", null, null, MANAGER, MANAGER_PASSWORD).statusCode());

        HttpResponse<String> added = http.staff("POST", "/api/v1/admin/webhooks", "application/json",
                "{\"url\":\"" + url + "\",\"events\":[\"payment.posted\",\"period.closed\"],\"description\":\"1С\"}",
                ADMIN, ADMIN_PASSWORD);
        assertEquals(added.body(), 201, added.statusCode());
        String secret = group(SECRET, added.body());
        assertTrue(secret.startsWith("whsec_"));
        String listed = http.staff("GET", "/api/v1/admin/webhooks", null, null, ADMIN, ADMIN_PASSWORD).body();
        assertTrue(listed, listed.contains(url) && !listed.contains(secret));

        HttpResponse<String> account = served(http, "/api/v1/admin/accounts",
                "{\"number\":\"77001\",\"city\":\"surgut\",\"kind\":\"RENT\",\"address\":\"ул. Вебхуков, д. 1\",\"areaM2\":40.5,"
                        + "\"residents\":2}");
        assertEquals(account.body(), 201, account.statusCode());
        String accountId = group(ID, account.body());
        String payment = "{\"id\":\"HOOK-1\",\"account\":\"" + accountId + "\",\"paidOn\":\"" + LocalDate.now() + "\",\"amount\":150}";
        HttpResponse<String> posted = served(http, "/api/v1/admin/payments", payment);
        assertTrue(posted.body(), posted.statusCode() / 100 == 2);

        Request first = waitFor("payment.posted:HOOK-1", 204);
        String body = first.body();
        assertTrue(body, body.startsWith("{\"id\":\"payment.posted:HOOK-1\",\"type\":\"payment.posted\""));
        assertTrue(body, body.contains("\"accountNumber\":\"77001\"") && body.contains("\"amount\":\"150.00\""));
        assertEquals(signature(secret, header(first, "Kabinet-Timestamp"), body), header(first, "Kabinet-Signature"));
        long age = Instant.now().getEpochSecond() - Long.parseLong(header(first, "Kabinet-Timestamp"));
        assertTrue("signed just now: " + age, age >= 0 && age < 120);
        // the receiver answered; the dispatcher records it a moment later
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        String log;
        do {
            Thread.sleep(200);
            log = http.staff("GET", "/api/v1/admin/outbox?channel=WEBHOOK", null, null, ADMIN, ADMIN_PASSWORD).body();
        } while (!log.contains("\"state\":\"SENT\"") && Instant.now().isBefore(until));
        assertTrue(log, log.contains("\"state\":\"SENT\"") && log.contains("payment.posted:HOOK-1"));

        // the receiver fails the next payment's delivery; the portal stops with it waiting for its retry
        answer = 503;
        String second = payment.replace("HOOK-1", "HOOK-2");
        assertTrue(served(http, "/api/v1/admin/payments", second)
                .statusCode() / 100 == 2);
        waitFor("payment.posted:HOOK-2", 503);
        portal.stop();
        answer = 204;
        portal.start();
        // after the restart the waiting one arrives; the same payment posted again is not posted again, so no event
        Request retried = waitFor("payment.posted:HOOK-2", 204);
        assertEquals("the secret survives the restart", signature(secret, header(retried, "Kabinet-Timestamp"), retried.body()),
                header(retried, "Kabinet-Signature"));
        HttpResponse<String> again = served(http, "/api/v1/admin/payments", payment);
        assertTrue(again.body(), again.statusCode() / 100 == 2);
        Thread.sleep(3000); // several more dispatcher passes: nothing else may arrive
        assertEquals("each event is delivered once: " + requests, 1, delivered("payment.posted:HOOK-1"));
        assertEquals("each event is delivered once: " + requests, 1, delivered("payment.posted:HOOK-2"));
        assertEquals("HOOK-1 was never sent again: " + requests, 1,
                requests.stream().filter(r -> header(r, "Kabinet-Event-Id").equals("payment.posted:HOOK-1")).count());
    }

    @Test
    public void anAdministratorAddsAnEndpointOnThePageAndSeesItsSecretOnce() throws Exception {
        for (boolean phone : new boolean[] {false, true}) {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/page-events-" + (phone ? "phone" : "wide");
            openBrowser(phone); // the wide one is closed first; the phone one after the test, or on its failure
            browser.get(portal.url("/admin#!webhooks"));
            type("admin-name", ADMIN);
            type("admin-password", ADMIN_PASSWORD);
            click("admin-submit");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("admin-webhook-form")));
            // plain http to another machine: the error under the address, nothing added
            type("admin-webhook-url", "http://example.org/hook");
            browser.findElement(By.xpath("//*[@id='admin-webhook-events']//label[contains(., 'message.received')]")).click();
            click("admin-webhook-add");
            WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("admin-webhook-url-error")));
            assertTrue(error.getText(), error.getText().contains("https"));
            assertTrue(browser.findElements(By.id("admin-webhook-secret")).isEmpty());

            type("admin-webhook-url", url);
            click("admin-webhook-add");
            WebElement secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("admin-webhook-secret")));
            assertTrue(secret.getAttribute("value"), secret.getAttribute("value").startsWith("whsec_"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-webhooks"), url));
            settled();
            fits("the webhooks page");
            shot(phone ? "admin-webhooks-secret-390" : "admin-webhooks-secret-1366");
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                    browser.findElement(By.id("admin-tabs")));
            settled();
            shot(phone ? "admin-webhooks-390" : "admin-webhooks-1366");
            // the secret is shown once: the list over REST and the page opened again do not have it
            String listed = new Http(PORT).staff("GET", "/api/v1/admin/webhooks", null, null, ADMIN, ADMIN_PASSWORD).body();
            assertTrue(listed, listed.contains(url) && !listed.contains(secret.getAttribute("value")));
            browser.navigate().refresh();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-webhooks"), url));
            assertTrue(browser.findElements(By.id("admin-webhook-secret")).stream().noneMatch(WebElement::isDisplayed));
        }
    }

    /**
     * A manager's POST once the module serving it is up: after a start each module's resources join the API on their
     * own, and until then CXF answers 404 «No service was found». The POSTs here are idempotent (same id, same answer).
     */
    private static HttpResponse<String> served(Http http, String path, String json) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            HttpResponse<String> answer = http.staff("POST", path, "application/json", json, MANAGER, MANAGER_PASSWORD);
            if (answer.statusCode() != 404 || !answer.body().contains("No service was found") || Instant.now().isAfter(until)) {
                return answer;
            }
            Thread.sleep(250);
        }
    }

    /** Waits for a request of that event the receiver answered with that status. */
    private static Request waitFor(String eventId, int status) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            for (Request r : requests) {
                if (r.status() == status && eventId.equals(header(r, "Kabinet-Event-Id"))) {
                    return r;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + eventId + " answered " + status + " in 60 s: " + requests);
    }

    private static long delivered(String eventId) {
        return requests.stream().filter(r -> r.status() / 100 == 2 && eventId.equals(header(r, "Kabinet-Event-Id"))).count();
    }

    private static String header(Request request, String name) {
        return request.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                .map(e -> e.getValue().get(0)).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    /** What a receiver computes: v1= and the hex HMAC-SHA256 of "<timestamp>.<body>" under the secret. */
    private static String signature(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v1=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertTrue(text, m.find());
        return m.group(1);
    }
}
