package org.kabinet.sms.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.sms.spi.SmsMessage;
import org.kabinet.sms.spi.SmsReceipt;

/** The HTTP gateway against a real HTTP server on loopback, answering as a provider would. */
class HttpSmsGatewayTest {
    private static final SmsMessage SMS = new SmsMessage("9123456789", "Платёж 1 500,00 руб. & «спасибо»", "payment-sms:42");

    private HttpServer server;
    private final List<String> bodies = new ArrayList<>();
    private final List<String> queries = new ArrayList<>();
    private final List<String> authorizations = new ArrayList<>();
    private final CountDownLatch never = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile String answer = "{\"status\":\"OK\",\"id\":\"prov-777\"}";
    private volatile boolean hang;
    /** Generous, so a loaded build machine does not turn an answer into a timeout; short only where a timeout is the point. */
    private Duration readTimeout = Duration.ofSeconds(5);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/send", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        never.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        queries.add(exchange.getRequestURI().getRawQuery());
        authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
        if (hang) {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private HttpSmsGateway gateway(String method, String contentType, String template, String authType) {
        return new HttpSmsGateway(new HttpSmsSettings("http://127.0.0.1:" + server.getAddress().getPort() + "/send",
                method, contentType, template, authType, "X-Api-Key", "header-secret", "kabinet", "basic-secret",
                "api_key", "query-secret", "\"status\":\"OK\"", "\"id\":\"([^\"]+)\"",
                Duration.ofSeconds(2), readTimeout));
    }

    @Test
    void formPostWithBasicAuthIsAcceptedWithTheProvidersId() {
        SmsReceipt receipt = gateway("POST", "application/x-www-form-urlencoded", "to={international}&text={text}&id={key}", "basic")
                .send(SMS);

        assertEquals(SmsReceipt.Outcome.ACCEPTED, receipt.outcome());
        assertEquals("prov-777", receipt.providerMessageId());
        assertEquals("to=%2B79123456789&text=" + java.net.URLEncoder.encode(SMS.text(), StandardCharsets.UTF_8)
                + "&id=payment-sms%3A42", bodies.get(0));
        assertTrue(authorizations.get(0).startsWith("Basic "));
    }

    @Test
    void jsonBodyIsEscaped() {
        gateway("POST", "application/json", "{\"phone\":\"{phone}\",\"message\":\"{text}\"}", "none")
                .send(new SmsMessage("9123456789", "строка \"в кавычках\"\nи вторая", "k"));
        assertEquals("{\"phone\":\"9123456789\",\"message\":\"строка \\\"в кавычках\\\"\\nи вторая\"}", bodies.get(0));
    }

    @Test
    void getPutsFieldsAndTheKeyIntoTheQuery() {
        assertEquals(SmsReceipt.Outcome.ACCEPTED,
                gateway("GET", "application/x-www-form-urlencoded", "phones={phone}&mes={text}", "query").send(SMS).outcome());
        String query = URLDecoder.decode(queries.get(0), StandardCharsets.UTF_8);
        assertTrue(query.startsWith("phones=9123456789&mes=Платёж 1 500,00 руб. & «спасибо»"), query);
        assertTrue(query.endsWith("&api_key=query-secret"), query);
    }

    @Test
    void serverErrorsAndThrottlingAreTemporary() {
        status = 503;
        assertEquals(SmsReceipt.Outcome.TEMPORARY_FAILURE, gateway("POST", "application/json", "{}", "none").send(SMS).outcome());
        status = 429;
        assertEquals(SmsReceipt.Outcome.TEMPORARY_FAILURE, gateway("POST", "application/json", "{}", "none").send(SMS).outcome());
    }

    @Test
    void aProviderThatDoesNotAnswerInTimeIsTemporary() {
        hang = true;
        readTimeout = Duration.ofMillis(500);
        SmsReceipt receipt = gateway("POST", "application/json", "{}", "none").send(SMS);
        assertEquals(SmsReceipt.Outcome.TEMPORARY_FAILURE, receipt.outcome());
        assertTrue(receipt.reason().contains("500 ms"), receipt.reason());
    }

    @Test
    void aDownProviderIsTemporary() {
        server.stop(0);
        assertEquals(SmsReceipt.Outcome.TEMPORARY_FAILURE, gateway("POST", "application/json", "{}", "none").send(SMS).outcome());
    }

    @Test
    void clientErrorsAndUnconfirmedAnswersArePermanentAndKeepSecretsOut() {
        status = 400;
        answer = "{\"status\":\"ERROR\",\"error\":\"invalid phone\"}";
        SmsReceipt rejected = gateway("POST", "application/json", "{}", "header").send(SMS);
        assertEquals(SmsReceipt.Outcome.PERMANENT_FAILURE, rejected.outcome());
        assertTrue(rejected.reason().contains("invalid phone"));
        assertFalse(rejected.reason().contains("header-secret"));

        status = 200;
        SmsReceipt unconfirmed = gateway("POST", "application/json", "{}", "query").send(SMS);
        assertEquals(SmsReceipt.Outcome.PERMANENT_FAILURE, unconfirmed.outcome());
        assertFalse(unconfirmed.reason().contains("query-secret"));
    }

    @Test
    void settingsPrintWithoutSecrets() {
        String printed = new HttpSmsSettings("https://sms.example/send?api_key=secret", "GET", "x", "t", "query", "h", "v",
                "u", "p", "api_key", "secret", "", "", Duration.ZERO, Duration.ZERO).toString();
        assertFalse(printed.contains("secret"), printed);
    }
}
