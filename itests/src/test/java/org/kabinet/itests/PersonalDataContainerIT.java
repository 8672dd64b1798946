package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * "My data" in the booted distribution (issue #13): a tenant with a linked account that has charges and a
 * payment, a phone and a message downloads everything as JSON and PDF; then deletes the account — sign-in
 * is refused, the same address signs up again (the letter arrives), the company's ledger of the account is
 * unchanged and staff see the message's author as «Удалённый пользователь». Ports 18611–18619.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PersonalDataContainerIT extends KabinetContainer {
    private static final int HTTP = 18611;
    private static final int SMTP = 18612;
    private static final int POP3 = 18613;
    private static final String MANAGER = "mydata-manager";
    private static final String MANAGER_PASSWORD = "mydata-password-1";
    private static final String EMAIL = "mydata@example.ru";
    private static final String PASSWORD = "надёжная фраза из слов";
    private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");

    @Configuration
    public Option[] config() {
        PersonalDataMail.start(SMTP, POP3);
        return distribution(
                editConfigurationFilePut("etc/users.properties", MANAGER, MANAGER_PASSWORD + ",manager"),
                editConfigurationFilePut("etc/org.kabinet.mail.cfg", "host", "127.0.0.1"),
                editConfigurationFilePut("etc/org.kabinet.mail.cfg", "port", String.valueOf(SMTP)),
                editConfigurationFilePut("etc/org.kabinet.mail.cfg", "smtpSecurity", "none"), // GreenMail has no STARTTLS
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(HTTP)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "18614"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "18615"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "18616"),
                editConfigurationFilePut("etc/org.kabinet.company.cfg", "portalUrl", "http://localhost:" + HTTP));
    }

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<byte[]> call(String method, String path, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", body != null && body.startsWith("number;") ? "text/csv" : "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private String tenant(String method, String path, String body, String token, int status) throws Exception {
        HttpResponse<byte[]> r = call(method, path, body, "Bearer " + token);
        assertEquals(path + ": " + text(r), status, r.statusCode());
        return text(r);
    }

    private String staff(String method, String path, String body, int status) throws Exception {
        HttpResponse<byte[]> r = call(method, path, body, Http.basic(MANAGER, MANAGER_PASSWORD));
        assertEquals(path + ": " + text(r), status, r.statusCode());
        return text(r);
    }

    private String signUp(String email, String password) throws Exception {
        int before = letterCount(email);
        assertEquals(202, call("POST", "/api/v1/registrations", "{\"email\":\"" + email + "\",\"password\":\"" + password
                + "\",\"consent\":true}", null).statusCode());
        String letter = waitForLetter(email, before);
        Matcher link = Pattern.compile("/confirmemail/([A-Za-z0-9_-]{43})/").matcher(letter);
        assertTrue(letter, link.find());
        assertEquals(200, call("POST", "/api/v1/registrations/confirmations", "{\"token\":\"" + link.group(1) + "\"}", null).statusCode());
        HttpResponse<byte[]> session = call("POST", "/api/v1/sessions", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", null);
        assertEquals(text(session), 200, session.statusCode());
        return Tenants.field(text(session), "token");
    }

    private static int letterCount(String email) throws Exception {
        return Pop3.letters(POP3, email, email).size();
    }

    /** The text of the newest letter to {@code email} once there are more than {@code before}. */
    private static String waitForLetter(String email, int before) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (letterCount(email) <= before) {
            assertTrue("no new letter to " + email, System.currentTimeMillis() < deadline);
            Thread.sleep(200);
        }
        return Pop3.waitForLetter(POP3, email, email, Duration.ofSeconds(5));
    }

    @Test
    public void theExportHoldsEverythingAndTheDeletionLeavesTheLedgerAndFreesTheAddress() throws Exception {
        new Http(HTTP); // waits until every module's resources are published
        long published = System.currentTimeMillis() + 60_000;
        while (call("GET", "/api/v1/me/data", null, null).statusCode() != 401) {
            assertTrue("my data was not published", System.currentTimeMillis() < published);
            Thread.sleep(250);
        }
        // the company's side: an account with a charge and a payment
        staff("POST", "/api/v1/admin/services", "{\"code\":\"rent\",\"nameRu\":\"Плата за наём\",\"nameEn\":\"Rent\",\"group\":\"RENT\","
                + "\"unit\":\"M2\",\"base\":\"AREA\",\"accountKinds\":[\"RENT\"]}", 200);
        staff("POST", "/api/v1/admin/tariffs", "{\"service\":\"rent\",\"scope\":\"COMPANY\",\"from\":\"2020-01-01\",\"price\":10.00}", 201);
        staff("POST", "/api/v1/admin/accounts/import", "number;city;kind;address;area;residents\n93001;Сургут;rent;\"ул. Мира, д. 3\";40;1\n", 200);
        Matcher idMatch = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"number\":\"93001\"").matcher(staff("GET", "/api/v1/admin/accounts?city=surgut", null, 200));
        assertTrue(idMatch.find());
        String accountId = idMatch.group(1);
        String code = Tenants.field(staff("POST", "/api/v1/admin/accounts/" + accountId + "/registration-code", null, 201), "code");
        staff("POST", "/api/v1/admin/billing/periods/" + java.time.YearMonth.now(ZONE).minusMonths(1) + "/runs", null, 202);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!staff("GET", "/api/v1/admin/accounts/" + accountId + "/ledger", null, 200).contains("400.00")) {
            assertTrue("the billing run", System.currentTimeMillis() < deadline);
            Thread.sleep(300);
        }
        staff("POST", "/api/v1/admin/payments", "{\"id\":\"mydata-pay-1\",\"account\":\"" + accountId + "\",\"paidOn\":\""
                + LocalDate.now(ZONE) + "\",\"amount\":150.00}", 201);
        String ledger = staff("GET", "/api/v1/admin/accounts/" + accountId + "/ledger", null, 200);

        // the tenant: linked account, phone, a message
        String token = signUp(EMAIL, PASSWORD);
        tenant("POST", "/api/v1/me/accounts", "{\"number\":\"93001\",\"city\":\"surgut\",\"code\":\"" + code + "\"}", token, 201);
        tenant("POST", "/api/v1/me/phone", "{\"phone\":\"9221112233\"}", token, 202);
        String thread = Tenants.field(tenant("POST", "/api/v1/me/messages", "{\"topic\":\"REPAIR\",\"text\":\"Течёт кран на кухне\"}",
                token, 201), "id");

        String me = tenant("GET", "/api/v1/me", null, token, 200);
        assertTrue(me, me.contains("\"consent\":{\"version\":\"2026-11\",\"current\":\"2026-11\",\"required\":false}"));
        HttpResponse<byte[]> json = call("GET", "/api/v1/me/data", null, "Bearer " + token);
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("no-store", json.headers().firstValue("Cache-Control").orElse(""));
        String data = text(json);
        for (String expected : new String[]{"\"email\":\"" + EMAIL + "\"", "\"number\":\"93001\"", "9221112233", "Течёт кран на кухне",
                "\"consents\"", "\"sessions\"", "\"notifications\"", "\"tokens\""}) {
            assertTrue(expected + " in " + data, data.contains(expected));
        }
        assertFalse("no secrets", data.contains(token) || data.contains("argon2"));
        HttpResponse<byte[]> pdf = call("GET", "/api/v1/me/data.pdf", null, "Bearer " + token);
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));

        // deletion: a wrong password first
        assertEquals(422, call("POST", "/api/v1/me/deletion", "{\"password\":\"не тот\"}", "Bearer " + token).statusCode());
        int before = letterCount(EMAIL);
        assertEquals(204, call("POST", "/api/v1/me/deletion", "{\"password\":\"" + PASSWORD + "\"}", "Bearer " + token).statusCode());
        String goodbye = waitForLetter(EMAIL, before);
        assertTrue(goodbye, goodbye.contains("удалён"));
        assertEquals(401, call("GET", "/api/v1/me", null, "Bearer " + token).statusCode());
        assertEquals(401, call("POST", "/api/v1/sessions", "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}", null).statusCode());

        assertEquals("the company's ledger is unchanged", ledger, staff("GET", "/api/v1/admin/accounts/" + accountId + "/ledger", null, 200));
        String details = staff("GET", "/api/v1/admin/messages/" + thread, null, 200);
        assertTrue(details, details.contains("Удалённый пользователь"));
        assertFalse(details, details.contains(EMAIL));
        assertTrue("the text stays with the company", details.contains("Течёт кран на кухне"));

        String again = signUp(EMAIL, "другая надёжная фраза 2");
        assertTrue(tenant("GET", "/api/v1/me/accounts", null, again, 200).equals("[]"));
    }
}
