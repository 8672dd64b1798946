package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * Meters in the booted distribution: a reading in the window is accepted and the billing run charges
 * its volume «по показаниям»; outside a soft window a reading counts for the next window's period, a
 * strict window refuses it with the next dates; a personal token submits a reading, cannot call a
 * session-only endpoint, and once revoked is refused; another tenant's meter is 404.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MetersContainerIT extends KabinetContainer {
    private static final String MANAGER = "meters-manager";
    private static final String MANAGER_PASSWORD = "meters-password-1";
    private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");

    @Configuration
    public Option[] config() {
        return distributionWithMail(editConfigurationFilePut("etc/users.properties", MANAGER, MANAGER_PASSWORD + ",manager"));
    }

    private HttpResponse<String> manager(Http http, String method, String path, String body) throws Exception {
        return http.staff(method, path, body == null ? null : "application/json", body, MANAGER, MANAGER_PASSWORD);
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> done) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!done.call()) {
            assertTrue("waited in vain for " + what, Instant.now().isBefore(deadline));
            Thread.sleep(200);
        }
    }

    private HttpResponse<String> window(Http http, int from, int to, String mode) throws Exception {
        HttpResponse<String> set = manager(http, "PUT", "/api/v1/admin/windows",
                "{\"scope\":\"COMPANY\",\"scopeValue\":\"\",\"fromDay\":" + from + ",\"toDay\":" + to + ",\"mode\":\"" + mode + "\"}");
        assertEquals(set.body(), 200, set.statusCode());
        return set;
    }

    private static HttpResponse<String> reading(Http http, String meterId, String value, String token) throws Exception {
        return http.post("/api/v1/me/meters/" + meterId + "/readings", "{\"values\":[" + value + "]}", token);
    }

    @Test
    public void aReadingIsChargedALateOneCountsNextPeriodATokenSubmitsUntilRevokedAndStrangersSeeNothing() throws Exception {
        Http http = new Http(Integer.getInteger("kabinet.test.http.port"));
        assertEquals(200, manager(http, "POST", "/api/v1/admin/services",
                "{\"code\":\"cold-water\",\"nameRu\":\"Холодное водоснабжение\",\"nameEn\":\"Cold water\",\"group\":\"UTILITIES\","
                        + "\"unit\":\"M3\",\"base\":\"METERED\",\"normPerPerson\":4.2,\"accountKinds\":[\"UTILITIES\"]}").statusCode());
        assertEquals(201, manager(http, "POST", "/api/v1/admin/tariffs",
                "{\"service\":\"cold-water\",\"scope\":\"COMPANY\",\"from\":\"2020-01-01\",\"price\":50.00}").statusCode());
        assertEquals(200, http.staff("POST", "/api/v1/admin/accounts/import", "text/csv",
                "number;city;kind;address;area;residents\n93001;Сургут;utilities;\"ул. Мира, д. 11, кв. 4\";40;2\n",
                MANAGER, MANAGER_PASSWORD).statusCode());
        Matcher idMatch = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"number\":\"93001\"")
                .matcher(manager(http, "GET", "/api/v1/admin/accounts?city=surgut", null).body());
        assertTrue(idMatch.find());
        String accountId = idMatch.group(1);
        String code = Tenants.field(manager(http, "POST", "/api/v1/admin/accounts/" + accountId + "/registration-code", null).body(),
                "code");

        // staff: the window open all month (so the test does not depend on today's date) and a cold water meter
        window(http, 1, 31, "SOFT");
        HttpResponse<String> added = manager(http, "POST", "/api/v1/admin/meters", "{\"accountId\":\"" + accountId
                + "\",\"resource\":\"COLD_WATER\",\"serialNumber\":\"CW-93001\",\"place\":\"кухня\",\"zones\":1,\"digits\":5,"
                + "\"installedOn\":\"2024-01-01\",\"verificationDue\":\"2031-01-01\",\"initialValues\":[100]}");
        assertEquals(added.body(), 201, added.statusCode());
        String meterId = Tenants.field(added.body(), "id");

        // the tenant links the account and sees the meter
        String token = Tenants.signedUp(http, "meters@example.ru");
        assertEquals(201, http.post("/api/v1/me/accounts", "{\"number\":\"93001\",\"city\":\"surgut\",\"code\":\"" + code + "\"}", token)
                .statusCode());
        HttpResponse<String> meters = http.get("/api/v1/me/accounts/" + accountId + "/meters", token);
        assertEquals(meters.body(), 200, meters.statusCode());
        assertTrue(meters.body(), meters.body().contains("CW-93001"));

        // a reading in the window: accepted for this month, and the billing run charges 3,5 m³ × 50 = 175,00 by it
        YearMonth month = YearMonth.now(ZONE);
        HttpResponse<String> first = reading(http, meterId, "103.5", token);
        assertEquals(first.body(), 201, first.statusCode());
        assertTrue(first.body(), first.body().contains("\"status\":\"ACCEPTED\"") && first.body().contains("\"period\":\"" + month + "\""));
        HttpResponse<String> run = manager(http, "POST", "/api/v1/admin/billing/periods/" + month + "/runs", null);
        assertEquals(run.body(), 202, run.statusCode());
        waitFor("the billing run", () -> manager(http, "GET", "/api/v1/admin/accounts/" + accountId + "/ledger", null).body()
                .contains("175.00"));
        String ledger = manager(http, "GET", "/api/v1/admin/accounts/" + accountId + "/ledger", null).body();
        assertTrue(ledger, ledger.contains("по показаниям"));

        // outside a soft window: accepted for the period of the next window (a one-day window before today; on the
        // 1st, the 28th: this month's window is still ahead)
        int today = LocalDate.now(ZONE).getDayOfMonth();
        int day = today > 1 ? today - 1 : 28;
        YearMonth next = today > day ? month.plusMonths(1) : month;
        window(http, day, day, "SOFT");
        HttpResponse<String> preview = http.get("/api/v1/me/meters/" + meterId + "/preview", token);
        assertEquals(preview.body(), 200, preview.statusCode());
        assertTrue(preview.body(), preview.body().contains("\"period\":\"" + next + "\""));
        HttpResponse<String> late = reading(http, meterId, "104", token);
        assertEquals(late.body(), 201, late.statusCode());
        assertTrue(late.body(), late.body().contains("\"period\":\"" + next + "\""));

        // a strict window refuses it, saying when the next one opens
        window(http, day, day, "STRICT");
        HttpResponse<String> refused = reading(http, meterId, "104.2", token);
        assertEquals(refused.body(), 422, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("meters.reading.rejected") && refused.body().contains("Следующий приём"));
        window(http, 1, 31, "SOFT");

        // a personal token: submits a reading, lists meters, cannot call a session-only endpoint; revoked, refused
        HttpResponse<String> created = http.post("/api/v1/me/reading-tokens", "{\"name\":\"Home Assistant\"}", token);
        assertEquals(created.body(), 201, created.statusCode());
        String secret = Tenants.field(created.body(), "secret");
        String tokenId = Tenants.field(created.body(), "id");
        assertFalse("the list never shows the secret", http.get("/api/v1/me/reading-tokens", token).body().contains(secret));
        HttpResponse<String> byDevice = http.post("/api/v1/me/readings", "{\"meter\":\"CW-93001\",\"values\":[104.6]}", secret);
        assertEquals(byDevice.body(), 201, byDevice.statusCode());
        assertTrue(byDevice.body(), byDevice.body().contains("\"source\":\"TOKEN\""));
        assertEquals(200, http.get("/api/v1/me/meters", secret).statusCode());
        assertEquals("a personal token is no session", 401, http.get("/api/v1/me/accounts", secret).statusCode());
        assertEquals(401, http.get("/api/v1/me/reading-tokens", secret).statusCode());
        assertEquals(204, http.delete("/api/v1/me/reading-tokens/" + tokenId, token).statusCode());
        assertEquals(401, http.post("/api/v1/me/readings", "{\"meter\":\"CW-93001\",\"values\":[104.7]}", secret).statusCode());

        // another tenant: the meter does not exist for them
        String stranger = Tenants.signedUp(http, "stranger-meters@example.ru");
        assertEquals(404, http.get("/api/v1/me/meters/" + meterId + "/readings", stranger).statusCode());
        assertEquals(404, reading(http, meterId, "105", stranger).statusCode());
        assertEquals(404, http.get("/api/v1/me/accounts/" + accountId + "/meters", stranger).statusCode());
    }
}
