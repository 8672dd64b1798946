package org.kabinet.sms.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.sms.spi.DeliveryReport;
import org.kabinet.sms.spi.DeliveryReport.Status;

/** Delivery reports of the HTTP gateway: callbacks as providers send them, and polling a real status endpoint. */
class HttpDeliveryReportsTest {
    private static final String SECRET = "s3cr3t-0f-the-portal-and-the-provider";

    private HttpServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final Map<String, String> statuses = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/status", this::status);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Answers like SMS.ru's status API: {"status":"OK","sms":{"<id>":{"status_code":103,…}}}; 404 for an unknown id. */
    private void status(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        asked.add(query);
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("X-Api-Key")));
        String id = DeliveryReportReader.form(query).get("id").get(0);
        String code = statuses.get(id);
        byte[] bytes = (code == null ? "{\"status\":\"ERROR\"}"
                : "{\"status\":\"OK\",\"status_code\":100,\"sms\":{\"" + id + "\":{\"status\":\"OK\",\"status_code\":" + code
                + ",\"status_text\":\"текст\"}}}").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(code == null ? 404 : 200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static HttpSmsSettings sending(String url, String authType) {
        return new HttpSmsSettings(url, "POST", "application/json", "{}", authType, "X-Api-Key", "header-secret",
                "u", "p", "api_key", "query-secret", "", "", Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    private static HttpDeliverySettings callbacks(String idField, String statusField, String timeField) {
        return new HttpDeliverySettings(HttpDeliverySettings.Mode.CALLBACK, SECRET, "secret", "X-Kabinet-Secret",
                idField, statusField, timeField, "err", HttpDeliverySettings.list("delivered,DELIVRD,1"),
                HttpDeliverySettings.list("failed,UNDELIV,expired,3,20"), "", Duration.ofMinutes(5));
    }

    private static HttpSmsGateway callbackGateway() {
        return new HttpSmsGateway(sending("http://127.0.0.1:1/send", "none"), callbacks("id", "status", "time"));
    }

    private static Map<String, List<String>> query(String... pairs) {
        Map<String, List<String>> q = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            q.put(pairs[i], List.of(pairs[i + 1]));
        }
        return q;
    }

    @Test
    void aFormCallbackLikeSmscIsReadWithTheProvidersTime() {
        Optional<List<DeliveryReport>> reports = callbackGateway().callback(query("secret", SECRET), Map.of(),
                "id=7001&phone=79123456789&status=1&time=1795000000&err=0");

        assertTrue(reports.isPresent());
        assertEquals(List.of(new DeliveryReport("7001", Status.DELIVERED, Instant.ofEpochSecond(1795000000L), "status=1, err=0")),
                reports.get());
    }

    @Test
    void aJsonArrayCarriesSeveralReportsAndStatusesUnderWayReportNothing() {
        String body = "[{\"id\":\"a1\",\"status\":\"DELIVRD\",\"time\":\"2026-11-24T12:03:00+05:00\"},"
                + "{\"id\":\"a2\",\"status\":\"ENROUTE\"},{\"id\":\"a3\",\"status\":\"expired\",\"err\":\"absent subscriber\"}]";

        List<DeliveryReport> reports = callbackGateway().callback(Map.of(), Map.of("x-kabinet-secret", List.of(SECRET)), body)
                .orElseThrow();

        assertEquals(2, reports.size());
        assertEquals(new DeliveryReport("a1", Status.DELIVERED, Instant.parse("2026-11-24T07:03:00Z"), "status=DELIVRD"),
                reports.get(0));
        assertEquals(Status.FAILED, reports.get(1).status());
        assertEquals("status=expired, err=absent subscriber", reports.get(1).detail());
        assertNull(reports.get(1).at(), "no time given: the portal records when it learnt it");
    }

    @Test
    void aGetCallbackWithEverythingInTheQueryWorksToo() {
        List<DeliveryReport> reports = callbackGateway().callback(query("secret", SECRET, "id", "g-5", "status", "UNDELIV"),
                Map.of(), "").orElseThrow();
        assertEquals(List.of(new DeliveryReport("g-5", Status.FAILED, null, "status=UNDELIV")), reports);
    }

    @Test
    void aWrongMissingOrMerelyPrefixedSecretIsNotGenuine() {
        HttpSmsGateway gateway = callbackGateway();
        String body = "id=7001&status=1";
        assertFalse(gateway.callback(query("secret", "guess"), Map.of(), body).isPresent());
        assertFalse(gateway.callback(Map.of(), Map.of(), body).isPresent());
        assertFalse(gateway.callback(query("secret", SECRET.substring(0, 10)), Map.of(), body).isPresent());
        assertFalse(gateway.callback(query("secret", SECRET + "x"), Map.of(), body).isPresent());
        assertFalse(gateway.callback(query("id", "7001", "status", "1"), Map.of("X-Other", List.of(SECRET)), "").isPresent(),
                "the secret counts only in its own parameter or header");
    }

    @Test
    void withoutASecretOrInAnotherModeNoCallbackIsTaken() {
        HttpDeliverySettings noSecret = new HttpDeliverySettings(HttpDeliverySettings.Mode.CALLBACK, "", "secret", "X-Kabinet-Secret",
                "id", "status", "", "", List.of("1"), List.of("20"), "", Duration.ofMinutes(5));
        HttpSmsGateway open = new HttpSmsGateway(sending("http://127.0.0.1:1/send", "none"), noSecret);
        assertTrue(open.acceptsCallbacks());
        assertFalse(open.callback(query("secret", ""), Map.of(), "id=1&status=1").isPresent(), "an empty secret matches nothing");

        HttpSmsGateway plain = new HttpSmsGateway(sending("http://127.0.0.1:1/send", "none"));
        assertFalse(plain.acceptsCallbacks());
        assertFalse(plain.callback(query("secret", SECRET), Map.of(), "id=1&status=1").isPresent());
        assertTrue(plain.pollInterval().isEmpty());
        assertTrue(plain.poll(List.of("1")).isEmpty());
        assertTrue(callbackGateway().pollInterval().isEmpty(), "a callback provider is not polled");
    }

    @Test
    void malformedCallbacksReportNothingButDoNotFail() {
        HttpSmsGateway gateway = callbackGateway();
        assertEquals(List.of(), gateway.callback(query("secret", SECRET), Map.of(), "{\"id\":\"1\",\"status\":").orElseThrow());
        assertEquals(List.of(), gateway.callback(query("secret", SECRET), Map.of(), "id=%zz&status=1").orElseThrow());
        assertEquals(List.of(), gateway.callback(query("secret", SECRET), Map.of(), "status=1").orElseThrow(), "no id");
    }

    private HttpSmsGateway pollingGateway(String authType) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        HttpDeliverySettings poll = new HttpDeliverySettings(HttpDeliverySettings.Mode.POLL, "", "secret", "X-Kabinet-Secret",
                "id", "sms.{id}.status_code", "", "", List.of("103"), List.of("104", "105", "106", "107", "108", "150"),
                base + "/status?id={id}", Duration.ofMinutes(10));
        return new HttpSmsGateway(sending(base + "/send", authType), poll);
    }

    @Test
    void pollingAsksTheStatusUrlWithTheSendingCredentialsAndReportsFinalStatusesOnly() {
        statuses.put("000-1", "103");
        statuses.put("000-2", "102"); // in transit
        statuses.put("000-3", "104"); // expired
        HttpSmsGateway gateway = pollingGateway("query");

        assertEquals(Optional.of(Duration.ofMinutes(10)), gateway.pollInterval());
        List<DeliveryReport> reports = gateway.poll(List.of("000-1", "000-2", "000-3", "unknown"));

        assertEquals(List.of(new DeliveryReport("000-1", Status.DELIVERED, null, "status_code=103"),
                new DeliveryReport("000-3", Status.FAILED, null, "status_code=104")), reports);
        assertEquals(4, asked.size(), "one question per id; a 404 for an unknown id reports nothing");
        assertEquals("id=000-1&api_key=query-secret", asked.get(0));
    }

    @Test
    void headerAuthenticationGoesWithTheStatusQuestionToo() {
        statuses.put("9", "103");
        assertEquals(1, pollingGateway("header").poll(List.of("9")).size());
        assertEquals("header-secret", authorizations.get(0));
    }

    @Test
    void aProviderThatIsDownEndsThePollAtOnce() {
        statuses.put("1", "103");
        HttpSmsGateway gateway = pollingGateway("none");
        server.stop(0);
        assertEquals(List.of(), gateway.poll(List.of("1", "2", "3")));
        assertTrue(asked.isEmpty());
    }

    @Test
    void plainAndFormStatusAnswersAreUnderstood() {
        DeliveryReportReader reader = new DeliveryReportReader(callbacks("id", "status", ""));
        assertEquals(Optional.of(new DeliveryReport("5", Status.DELIVERED, null, "status=DELIVRD")),
                reader.fromStatusAnswer("5", " DELIVRD\n"));
        assertEquals(Status.FAILED, reader.fromStatusAnswer("5", "status=20&err=1").orElseThrow().status());
        assertTrue(reader.fromStatusAnswer("5", "status=0").isEmpty(), "0 is SMSC's 'sent to the operator'");
    }

    @Test
    void jsonValuesFindNestedFieldsAndKeepNumbersAsText() {
        Object json = JsonValues.parse("{\"result\":{\"status\":1,\"text\":\"\\u0434\\\"a\\\"\",\"ok\":true,\"none\":null},\"list\":[1,2]}");
        assertEquals("1", JsonValues.find(json, "status"));
        assertEquals("1", JsonValues.find(json, "result.status"));
        assertEquals("д\"a\"", JsonValues.find(json, "text"));
        assertEquals("true", JsonValues.find(json, "ok"));
        assertNull(JsonValues.find(json, "none"));
        assertNull(JsonValues.find(json, "list"));
        assertNull(JsonValues.find(json, "result.missing"));
    }

    @Test
    void deliveryTimesAreUnixSecondsMillisOrIsoWithOffset() {
        assertEquals(Instant.ofEpochSecond(1795000000L), DeliveryReportReader.time("1795000000"));
        assertEquals(Instant.ofEpochMilli(1795000000123L), DeliveryReportReader.time("1795000000123"));
        assertEquals(Instant.parse("2026-11-24T07:03:00Z"), DeliveryReportReader.time("2026-11-24T12:03:00+05:00"));
        assertNull(DeliveryReportReader.time("24.11.2026 12:03:00"), "a local time of unknown zone is not guessed");
    }

    @Test
    void secretsStayOutOfLogsAndSettings() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(HttpSmsGateway.class.getName());
        log.addHandler(capture);
        log.setLevel(Level.ALL);
        try {
            HttpSmsGateway gateway = callbackGateway();
            gateway.callback(query("secret", "wrong-" + SECRET), Map.of(), "id=1&status=1");
            gateway.callback(query("secret", SECRET), Map.of(), "id=1&status=1");
        } finally {
            log.removeHandler(capture);
            log.setLevel(null);
        }
        assertFalse(String.join("\n", logged).contains(SECRET));
        String printed = callbacks("id", "status", "").toString();
        assertFalse(printed.contains(SECRET), printed);
        assertTrue(printed.contains("secret set"), printed);
    }
}
