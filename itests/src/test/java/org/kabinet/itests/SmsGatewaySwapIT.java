package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.inject.Inject;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.api.SmsRequest;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;

/**
 * Swapping the SMS gateway on a running portal: messages that wait in the queue go out exactly once
 * through the HTTP gateway installed afterwards, with no restart; the provider's delivery callback
 * (with the shared secret) marks a message delivered.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SmsGatewaySwapIT extends KabinetContainer {
    private static final String SECRET = "itest-delivery-secret-0123456789";

    @Inject
    Outbox outbox;

    @Inject
    @Filter("(osgi.unit.name=kabinet-notifications)")
    JpaTemplate notificationsUnit;

    @Inject
    org.kabinet.notifications.api.OutboxAdministration administration;

    @Inject
    FeaturesService features;

    @Inject
    BundleContext context;

    @Inject
    org.osgi.service.component.runtime.ServiceComponentRuntime scr;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void queuedMessagesGoOutOnceThroughTheNewGatewayWithoutARestart() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/send", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] ok = ("{\"status\":\"OK\",\"id\":\"p" + received.size() + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        provider.start();
        try {
            // hold the queue: with the log gateway's component disabled no gateway is in use, so messages
            // wait. (Stopping its bundle is not enough: installing a feature restarts the stopped bundles
            // of installed features, and the log gateway then took the messages in a few runs.)
            org.osgi.framework.Bundle logGateway = java.util.Arrays.stream(context.getBundles())
                    .filter(b -> "org.kabinet.sms.log".equals(b.getSymbolicName())).findFirst().orElseThrow();
            String component = "org.kabinet.sms.log.LogSmsGateway";
            waitFor("the log gateway's component", () -> scr.getComponentDescriptionDTO(logGateway, component) != null);
            scr.disableComponent(scr.getComponentDescriptionDTO(logGateway, component)).getValue();
            Thread.sleep(1500); // a dispatcher run that began with the old gateway ends (runs last milliseconds)
            for (int i = 0; i < 5; i++) {
                String key = "itest:swap:" + i;
                notificationsUnit.tx(TransactionType.Required, em ->
                        outbox.enqueueSms(new SmsRequest(key, "9123456789", "Сообщение " + key)));
            }
            Thread.sleep(1500);
            assertTrue("without a gateway nothing is sent", received.isEmpty());

            features.installFeature("kabinet-sms-http", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            // as an administrator does: the gateway's configuration file in etc/
            Files.writeString(Path.of(System.getProperty("karaf.etc"), "org.kabinet.sms.http.cfg"),
                    "url = http://127.0.0.1:" + provider.getAddress().getPort() + "/send\n"
                            + "bodyTemplate = to={phone}&text={text}&key={key}\n"
                            + "successPattern = \"status\":\"OK\"\n"
                            + "messageIdPattern = \"id\":\"([^\"]+)\"\n"
                            + "deliveryMode = callback\n"
                            + "callbackSecret = " + SECRET + "\n");
            waitFor("the HTTP gateway to register; bundles: " + java.util.Arrays.stream(context.getBundles())
                            .filter(b -> b.getSymbolicName().startsWith("org.kabinet.sms"))
                            .map(b -> b.getSymbolicName() + "=" + b.getState()).toList(),
                    () -> context.getServiceReferences((String) null,
                            "(component.name=org.kabinet.sms.http.HttpSmsComponent)") != null);

            waitFor("5 messages at the provider", () -> received.size() >= 5);
            Thread.sleep(2000); // a few more dispatcher runs: nothing may come twice
            assertEquals(received.toString(), 5, received.size());
            for (int i = 0; i < 5; i++) {
                String key = "itest%3Aswap%3A" + i;
                assertEquals(key, 1, received.stream().filter(body -> body.contains("key=" + key + "")).count());
            }
            Path logged = Path.of(System.getProperty("karaf.data"), "sms", "sms.log");
            assertFalse("none went to the log gateway",
                    Files.exists(logged) && Files.readString(logged).contains("itest:swap"));

            // the provider reports p3 delivered: a wrong secret is refused, the right one marks it, a repeat changes nothing
            Http http = new Http(Integer.getInteger("kabinet.test.http.port"));
            String form = "application/x-www-form-urlencoded";
            var forged = http.send("POST", "/api/v1/sms/delivery/http?secret=wrong", form, "id=p3&status=DELIVRD", null, null);
            assertEquals(forged.body(), 403, forged.statusCode());
            assertTrue(forged.body(), forged.body().contains("sms.delivery.notGenuine"));
            assertEquals(404, http.send("POST", "/api/v1/sms/delivery/log?secret=" + SECRET, form, "id=p3&status=DELIVRD", null, null)
                    .statusCode());
            var receipt = http.send("POST", "/api/v1/sms/delivery/http?secret=" + SECRET, form, "id=p3&status=DELIVRD", null, null);
            assertEquals(receipt.body(), 200, receipt.statusCode());
            assertEquals("{\"applied\":1}", receipt.body());
            assertEquals("{\"applied\":0}",
                    http.send("POST", "/api/v1/sms/delivery/http?secret=" + SECRET, form, "id=p3&status=DELIVRD", null, null).body());
            List<org.kabinet.notifications.api.OutboxEntry> sms = administration.entries("SMS", "SENT", 10);
            assertEquals(sms.toString(), 1, sms.stream().filter(e -> "DELIVERED".equals(e.deliveryState())).count());
            assertTrue(sms.toString(), sms.stream().anyMatch(e -> "p3".equals(e.providerMessageId()) && "DELIVERED".equals(e.deliveryState())));
        } finally {
            provider.stop(0);
        }
    }

    private static void waitFor(String what, Check check) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!check.holds()) {
            assertTrue("timed out waiting for " + what, Instant.now().isBefore(deadline));
            Thread.sleep(200);
        }
    }

    @FunctionalInterface
    interface Check {
        boolean holds() throws Exception;
    }
}
