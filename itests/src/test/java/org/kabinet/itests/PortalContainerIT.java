package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import org.apache.karaf.shell.api.console.SessionFactory;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.registration.api.TenantDirectory;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The promises of the distribution itself, checked inside one booted Karaf: it is hardened, and a
 * tenant can sign up, get the letter through a real SMTP server, confirm and sign in over REST.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PortalContainerIT extends KabinetContainer {
    private static final String EMAIL = "tenant@example.ru";
    private static final String PASSWORD = "надёжная фраза из слов";

    @Inject
    TenantDirectory tenants;

    @Inject
    BundleContext context;

    @Inject
    SessionFactory console;

    @Inject
    Outbox outbox;

    @Inject
    @Filter("(osgi.unit.name=kabinet-notifications)")
    JpaTemplate notificationsUnit;

    @Configuration
    public Option[] config() {
        return distributionWithMail();
    }

    @Test
    public void everyKabinetBundleIsActiveUnderItsOwnName() {
        for (String name : List.of("org.kabinet.persistence", "org.kabinet.notifications.api", "org.kabinet.notifications.impl",
                "org.kabinet.registration.api", "org.kabinet.registration.impl", "org.kabinet.rest", "org.kabinet.ui",
                "org.kabinet.command", "org.kabinet.sms.spi", "org.kabinet.sms.log", "org.kabinet.kernel",
                "org.kabinet.documents", "org.kabinet.accounts.api", "org.kabinet.accounts.impl", "org.kabinet.accounts.rest",
                "org.kabinet.accounts.ui", "org.kabinet.accounts.command")) {
            Bundle bundle = Arrays.stream(context.getBundles()).filter(b -> name.equals(b.getSymbolicName()))
                    .findFirst().orElseThrow(() -> new AssertionError(name + " is not installed"));
            assertEquals(name + " is active", Bundle.ACTIVE, bundle.getState());
        }
    }

    @Test
    public void everyResponseCarriesTheSecurityHeaders() throws Exception {
        Http http = new Http(Integer.getInteger("kabinet.test.http.port"));
        for (String path : List.of("/", "/admin", "/api/v1/cities", "/api/v1/me", "/api/v1/no-such-thing")) {
            java.net.http.HttpResponse<String> r = http.get(path, null);
            var h = r.headers();
            assertTrue(path + " CSP", h.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
            assertEquals(path, "DENY", h.firstValue("X-Frame-Options").orElse(""));
            assertEquals(path, "nosniff", h.firstValue("X-Content-Type-Options").orElse(""));
            assertEquals(path, "strict-origin-when-cross-origin", h.firstValue("Referrer-Policy").orElse(""));
            assertTrue(path + " tells no server version", h.firstValue("Server").isEmpty());
        }
        String cookie = http.get("/", null).headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie, cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
    }

    @Test
    public void distributionIsHardenedByDefault() throws IOException {
        Path etc = Path.of(System.getProperty("karaf.etc"));
        Properties shell = load(etc.resolve("org.apache.karaf.shell.cfg"));
        assertEquals("127.0.0.1", shell.getProperty("sshHost"));
        assertEquals("false", shell.getProperty("sftpEnabled"));
        assertEquals("admin", System.getProperty("karaf.secured.command.compulsory.roles"));
        assertTrue("kabinet:* commands have an ACL", Files.exists(etc.resolve("org.apache.karaf.command.acl.kabinet.cfg")));
        Properties users = load(etc.resolve("users.properties"));
        assertTrue("no console user ships with the distribution: " + users.stringPropertyNames(),
                users.stringPropertyNames().stream().allMatch(k -> k.startsWith("_g_")));
        String repositories = load(etc.resolve("org.ops4j.pax.url.mvn.cfg")).getProperty("org.ops4j.pax.url.mvn.repositories");
        assertFalse("no snapshot repositories: " + repositories, repositories.contains("snapshot"));
        assertFalse("commits stay durable", "test".equals(System.getProperty("derby.system.durability")));
    }

    @Test
    public void tenantSignsUpGetsTheLetterOverSmtpConfirmsAndSignsIn() throws Exception {
        Http http = new Http(Integer.getInteger("kabinet.test.http.port"));
        HttpResponse<String> signUp = http.post("/api/v1/registrations",
                "{\"email\":\"Tenant@Example.ru\",\"password\":\"" + PASSWORD + "\",\"consent\":true}", null);
        assertEquals(signUp.body(), 202, signUp.statusCode());

        String letter = Pop3.waitForLetter(Integer.getInteger("kabinet.test.pop3.port"), EMAIL, "secret", Duration.ofSeconds(30));
        Matcher link = Pattern.compile("http://localhost:\\d+/confirmemail/([A-Za-z0-9_-]{43})/").matcher(letter);
        assertTrue("the letter has the confirmation link: " + letter, link.find());

        assertEquals(401, http.post("/api/v1/sessions", credentials(), null).statusCode());
        HttpResponse<String> confirmed = http.post("/api/v1/registrations/confirmations",
                "{\"token\":\"" + link.group(1) + "\"}", null);
        assertEquals(confirmed.body(), 200, confirmed.statusCode());
        assertEquals(410, http.post("/api/v1/registrations/confirmations", "{\"token\":\"" + link.group(1) + "\"}", null).statusCode());

        HttpResponse<String> session = http.post("/api/v1/sessions", credentials(), null);
        assertEquals(session.body(), 200, session.statusCode());
        Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(session.body());
        assertTrue(token.find());
        HttpResponse<String> me = http.get("/api/v1/me", token.group(1));
        assertEquals(200, me.statusCode());
        assertTrue(me.body(), me.body().contains("\"email\":\"" + EMAIL + "\""));
        assertEquals(401, http.get("/api/v1/me", null).statusCode());
        HttpResponse<String> named = http.put("/api/v1/me/name", "{\"name\":\" Анна  Петровна \"}", token.group(1));
        assertEquals(named.body(), 200, named.statusCode());
        assertTrue(named.body(), named.body().contains("\"name\":\"Анна Петровна\""));
        HttpResponse<String> badName = http.put("/api/v1/me/name", "{\"name\":\"<b>Анна</b>\"}", token.group(1));
        assertEquals(badName.body(), 422, badName.statusCode());
        assertTrue(badName.body(), badName.body().contains("\"field\":\"name\""));
        assertTrue(http.get("/api/v1/me", token.group(1)).body().contains("\"name\":\"Анна Петровна\""));
        assertNotNull(tenants.list().stream().filter(t -> t.email().equals(EMAIL) && t.confirmed()).findFirst().orElse(null));
    }

    @Test
    public void badInputGetsTheOneErrorShapeAndNoStackTrace() throws Exception {
        Http http = new Http(Integer.getInteger("kabinet.test.http.port"));
        HttpResponse<String> malformed = http.post("/api/v1/registrations", "{not json", null);
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body(), malformed.body().contains("\"code\":\"request.malformed\""));
        HttpResponse<String> weak = http.post("/api/v1/registrations",
                "{\"email\":\"x@example.ru\",\"password\":\"short\",\"consent\":true}", null);
        assertEquals(422, weak.statusCode());
        assertTrue(weak.body(), weak.body().contains("\"field\":\"password\""));
        HttpResponse<String> noConsent = http.post("/api/v1/registrations",
                "{\"email\":\"x@example.ru\",\"password\":\"" + PASSWORD + "\"}", null);
        assertEquals(422, noConsent.statusCode());
        assertTrue(noConsent.body(), noConsent.body().contains("\"field\":\"consent\""));
        assertFalse(malformed.body().contains("Exception"));
    }

    @Test
    public void aLetterIsQueuedOnlyIfItsTransactionCommits() {
        try {
            notificationsUnit.tx(TransactionType.Required, em -> {
                outbox.enqueue(EmailMessage.plain("itest:rolled-back", "nobody@example.ru", "Тема", "Текст"));
                throw new IllegalStateException("the change that caused the letter fails");
            });
        } catch (RuntimeException expected) {
            // the transaction rolled back
        }
        notificationsUnit.tx(TransactionType.Required, em ->
                outbox.enqueue(EmailMessage.plain("itest:committed", "nobody@example.ru", "Тема", "Текст")));

        assertEquals(0, queued("itest:rolled-back"));
        assertEquals(1, queued("itest:committed"));
        assertFalse("the same key is never queued twice", notificationsUnit.txExpr(TransactionType.Required, em ->
                outbox.enqueue(EmailMessage.plain("itest:committed", "nobody@example.ru", "Тема", "Текст"))));
    }

    @Test
    public void anSmsGoesOutThroughTheDefaultLogGatewayOnce() throws Exception {
        notificationsUnit.tx(TransactionType.Required, em ->
                outbox.enqueueSms(new SmsRequest("itest:sms", "9123456789", "Платёж 1 500,00 руб. получен")));
        assertFalse(outbox.enqueueSms(new SmsRequest("itest:sms", "9123456789", "again")));
        Path log = Path.of(System.getProperty("karaf.data"), "sms", "sms.log");
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(20);
        while (!(Files.exists(log) && Files.readString(log).contains("itest:sms")) && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        String sent = Files.readString(log);
        assertTrue(sent, sent.contains("9123456789\titest:sms\tПлатёж 1 500,00 руб. получен"));
        assertEquals(1, sent.split("itest:sms", -1).length - 1);
    }

    private int queued(String key) {
        return notificationsUnit.txExpr(TransactionType.Required, em -> em
                .createNativeQuery("SELECT ID FROM NOTIF_OUTBOX WHERE IDEMPOTENCY_KEY = ?1").setParameter(1, key)
                .getResultList().size());
    }

    @Test
    public void consoleCommandsFollowTheirAcl() throws Exception {
        // the commands register shortly after the bundles start
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (command("admin", "kabinet:users").contains("refused") && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        String users = command("viewer", "kabinet:users");
        assertTrue(users, users.contains("E-mail") && users.contains("Status"));

        String test = command("admin", "kabinet:mail-test someone@example.ru");
        assertTrue(test, test.contains("delivered: SMTP 127.0.0.1:" + MailServer.SMTP_PORT));

        String refused = command("viewer", "kabinet:mail-test someone@example.ru");
        assertTrue("a viewer may not send mail: " + refused, refused.contains("refused"));

        String queued = command("admin", "kabinet:sms-send 9123456789 \"Проверка SMS\"");
        assertTrue(queued, queued.contains("Queued sms-test:"));
        assertTrue(command("viewer", "kabinet:sms-send 9123456789 x").contains("refused"));
        String outboxList = command("manager", "kabinet:outbox -c SMS");
        assertTrue(outboxList, outboxList.contains("9123456789") && outboxList.contains("Проверка SMS"));
    }

    /** Runs a console command as a user with one role, the way an SSH session of that user would. */
    private String command(String role, String line) throws Exception {
        return command(console, role, line);
    }

    private static String credentials() {
        return "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}";
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p;
    }
}
