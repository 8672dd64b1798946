package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The security audit trail in the booted distribution: staff and tenant sign-ins (wrong and right), a staff
 * change over REST and a refused call all show in {@code GET /api/v1/admin/security-log} with the actor, the
 * client's address and the outcome; the filters work; tenants are kept out. Runs on its own ports
 * (18601–18609), with its own mail server, beside other suites.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AuditContainerIT extends KabinetContainer {
    private static final int HTTP = 18601;
    private static final int SMTP = 18605;
    private static final int POP3 = 18606;
    private static final String MANAGER = "itest-auditor";
    private static final String MANAGER_PASSWORD = "itest-audit-password-1";

    /** This suite's own mail server (GreenMail) in the test JVM; a class of its own so the probe in the container never loads GreenMail. */
    static final class Mail {
        private static com.icegreen.greenmail.util.GreenMail mail;

        static synchronized void start() {
            if (mail == null) {
                mail = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup[] {
                        new com.icegreen.greenmail.util.ServerSetup(SMTP, "127.0.0.1", com.icegreen.greenmail.util.ServerSetup.PROTOCOL_SMTP),
                        new com.icegreen.greenmail.util.ServerSetup(POP3, "127.0.0.1", com.icegreen.greenmail.util.ServerSetup.PROTOCOL_POP3)});
                mail.start();
                Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
            }
        }
    }

    @Configuration
    public Option[] config() {
        Mail.start();
        return distribution(
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(HTTP)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "18602"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "18603"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "18604"),
                editConfigurationFilePut("etc/org.kabinet.company.cfg", "portalUrl", "http://localhost:" + HTTP),
                editConfigurationFilePut("etc/org.kabinet.mail.cfg", "host", "127.0.0.1"),
                editConfigurationFilePut("etc/org.kabinet.mail.cfg", "port", String.valueOf(SMTP)),
                editConfigurationFilePut("etc/org.kabinet.mail.cfg", "smtpSecurity", "none"), // GreenMail offers no STARTTLS
                systemProperty("kabinet.test.audit.http.port").value(String.valueOf(HTTP)),
                // the machine may be busy with other suites: wait up to 10 minutes for the container and the probe
                systemTimeout(600_000),
                // and inside the container, for the probe's invoker (10 s by default)
                systemProperty("pax.exam.service.timeout").value("300000"),
                systemProperty("org.ops4j.pax.swissbox.tracker.ServiceLookup.DEFAULT_TIMEOUT").value("300000"),
                editConfigurationFilePut("etc/users.properties", MANAGER, MANAGER_PASSWORD + ",manager"));
    }

    private HttpResponse<String> manager(Http http, String method, String path, String body) throws Exception {
        return http.staff(method, path, body == null ? null : "application/json", body, MANAGER, MANAGER_PASSWORD);
    }

    /** The security log answers (401 without credentials) once its resource has joined the API. */
    private static Http http() throws Exception {
        Http http = new Http(HTTP);
        long deadline = System.currentTimeMillis() + 60_000;
        while (http.get("/api/v1/admin/security-log", null).statusCode() != 401) {
            assertTrue("the security log was not published within 60 s", System.currentTimeMillis() < deadline);
            Thread.sleep(250);
        }
        return http;
    }

    /** The events of a JSON page as maps of their text fields. */
    private static List<java.util.Map<String, String>> items(String json) {
        List<java.util.Map<String, String>> items = new ArrayList<>();
        Matcher item = Pattern.compile("\\{\"at\":[^{}]*\\}").matcher(json);
        while (item.find()) {
            java.util.Map<String, String> fields = new java.util.HashMap<>();
            Matcher field = Pattern.compile("\"(\\w+)\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(item.group());
            while (field.find()) {
                fields.put(field.group(1), field.group(2));
            }
            items.add(fields);
        }
        return items;
    }

    private static boolean has(List<java.util.Map<String, String>> items, String actorKind, String actor, String action, String outcome) {
        return items.stream().anyMatch(e -> actorKind.equals(e.get("actorKind")) && actor.equals(e.get("actor"))
                && action.equals(e.get("action")) && outcome.equals(e.get("outcome")) && "127.0.0.1".equals(e.get("clientIp")));
    }

    /** A confirmed, signed-in tenant (the letter read from this suite's own mail server); the session token. */
    private static String tenant(Http http, String email) throws Exception {
        assertEquals(202, http.post("/api/v1/registrations",
                "{\"email\":\"" + email + "\",\"password\":\"" + Tenants.PASSWORD + "\",\"consent\":true}", null).statusCode());
        String letter = Pop3.waitForLetter(POP3, email, email, Duration.ofSeconds(30));
        Matcher link = Pattern.compile("/confirmemail/([A-Za-z0-9_-]{43})/").matcher(letter);
        assertTrue(letter, link.find());
        assertEquals(200, http.post("/api/v1/registrations/confirmations", "{\"token\":\"" + link.group(1) + "\"}", null).statusCode());
        return Tenants.signIn(http, email);
    }

    @Test
    public void signInsStaffChangesAndRefusalsAreInTheSecurityLog() throws Exception {
        Http http = http();
        // a wrong, then the right staff sign-in
        assertEquals(401, http.post("/api/v1/admin/sessions", "{\"user\":\"" + MANAGER + "\",\"password\":\"wrong-audit-pass\"}", null)
                .statusCode());
        HttpResponse<String> signedIn = http.post("/api/v1/admin/sessions",
                "{\"user\":\"" + MANAGER + "\",\"password\":\"" + MANAGER_PASSWORD + "\"}", null);
        assertEquals(signedIn.body(), 201, signedIn.statusCode());
        // a tenant's failed sign-in
        assertEquals(401, http.post("/api/v1/sessions", "{\"email\":\"nobody-audit@example.ru\",\"password\":\"wrong-tenant-pass\"}", null)
                .statusCode());
        // a staff change over REST, and a refused one (wrong Basic password)
        HttpResponse<String> created = manager(http, "POST", "/api/v1/admin/accounts",
                "{\"number\":\"86001\",\"city\":\"surgut\",\"kind\":\"RENT\",\"address\":\"ул. Аудита, д. 1\",\"areaM2\":40.5,\"residents\":2}");
        assertEquals(created.body(), 201, created.statusCode());
        assertEquals(401, http.staff("POST", "/api/v1/admin/accounts", "application/json", "{}", MANAGER, "wrong-basic-pass").statusCode());

        HttpResponse<String> log = manager(http, "GET", "/api/v1/admin/security-log?size=500", null);
        assertEquals(log.body(), 200, log.statusCode());
        List<java.util.Map<String, String>> all = items(log.body());
        assertTrue(log.body(), has(all, "ANONYMOUS", MANAGER, "staff.signIn", "FAILURE"));
        assertTrue(log.body(), has(all, "STAFF", MANAGER, "staff.signIn", "SUCCESS"));
        assertTrue(log.body(), has(all, "ANONYMOUS", "nobody-audit@example.ru", "tenant.signIn", "FAILURE"));
        assertTrue(log.body(), has(all, "STAFF", MANAGER, "POST /admin/accounts", "SUCCESS"));
        assertTrue(log.body(), has(all, "ANONYMOUS", MANAGER, "staff.access", "DENIED"));
        assertTrue(log.body(), all.stream().anyMatch(e -> "/admin/accounts".equals(e.get("target")) && "POST /admin/accounts".equals(e.get("action"))));
        assertFalse("never a password", log.body().contains("wrong-audit-pass") || log.body().contains("wrong-tenant-pass")
                || log.body().contains("wrong-basic-pass") || log.body().contains(MANAGER_PASSWORD));
        assertTrue(log.body(), log.body().contains("\"page\":0") && log.body().contains("\"size\":500") && log.body().contains("\"total\":"));
        assertFalse("reading the log is not a change", has(all, "STAFF", MANAGER, "GET /admin/security-log", "SUCCESS"));

        // the filters: by outcome, by actor and action prefix
        List<java.util.Map<String, String>> failures = items(manager(http, "GET", "/api/v1/admin/security-log?outcome=FAILURE&size=500", null).body());
        assertTrue(failures.size() >= 2);
        assertTrue(failures.stream().allMatch(e -> "FAILURE".equals(e.get("outcome"))));
        assertTrue(has(failures, "ANONYMOUS", "nobody-audit@example.ru", "tenant.signIn", "FAILURE"));
        List<java.util.Map<String, String>> mine = items(manager(http, "GET",
                "/api/v1/admin/security-log?actor=" + MANAGER + "&action=staff.&ip=127.0.0.1", null).body());
        assertTrue(mine.stream().allMatch(e -> MANAGER.equals(e.get("actor")) && e.get("action").startsWith("staff.")));
        assertEquals(3, mine.size());
        HttpResponse<String> tooBig = manager(http, "GET", "/api/v1/admin/security-log?size=501", null);
        assertEquals(tooBig.body(), 422, tooBig.statusCode());
        assertTrue(tooBig.body(), tooBig.body().contains("audit.size"));

        // tenants are kept out, and the attempt is in the log
        String token = tenant(http, "audit-tenant@example.ru");
        assertEquals(403, http.get("/api/v1/admin/security-log", token).statusCode());
        assertEquals(401, http.get("/api/v1/admin/security-log", null).statusCode());
        List<java.util.Map<String, String>> after = items(manager(http, "GET", "/api/v1/admin/security-log?size=500", null).body());
        assertTrue(has(after, "TENANT", "audit-tenant@example.ru", "tenant.signIn", "SUCCESS"));
        assertTrue(after.stream().anyMatch(e -> "TENANT".equals(e.get("actorKind")) && "staff.access".equals(e.get("action"))
                && "DENIED".equals(e.get("outcome"))));
    }
}
