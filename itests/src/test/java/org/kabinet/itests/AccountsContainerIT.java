package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
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
 * Personal accounts over REST in the booted distribution: staff import accounts and issue codes,
 * tenants link them, and no tenant reaches another tenant's account through any endpoint.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AccountsContainerIT extends KabinetContainer {
    private static final String MANAGER = "itest-manager";
    private static final String MANAGER_PASSWORD = "itest-password-1";
    private static final String VIEWER = "itest-viewer";
    private static final String VIEWER_PASSWORD = "itest-password-2";
    private static final String CSV = "number;city;kind;address;area;residents;status\n"
            + "%1$s1;Сургут;rent;\"пр. Ленина, д. 1, кв. 1\";54,3;3;open\n"
            + "%1$s2;Сургут;utilities;\"пр. Ленина, д. 1, кв. 1\";54,3;3;open\n";

    @Configuration
    public Option[] config() {
        return distributionWithMail(
                editConfigurationFilePut("etc/users.properties", MANAGER, MANAGER_PASSWORD + ",manager"),
                editConfigurationFilePut("etc/users.properties", VIEWER, VIEWER_PASSWORD + ",viewer"));
    }

    private Http http() throws Exception {
        return new Http(Integer.getInteger("kabinet.test.http.port"));
    }

    private HttpResponse<String> manager(Http http, String method, String path, String type, String body) throws Exception {
        return http.staff(method, path, type, body, MANAGER, MANAGER_PASSWORD);
    }

    /** Imports two accounts (rent and utilities) with numbers starting with {@code prefix}, returns their codes. */
    private List<String> accountsWithCodes(Http http, String prefix) throws Exception {
        HttpResponse<String> imported = manager(http, "POST", "/api/v1/admin/accounts/import", "text/csv", String.format(CSV, prefix));
        assertEquals(imported.body(), 200, imported.statusCode());
        HttpResponse<String> list = manager(http, "GET", "/api/v1/admin/accounts?city=surgut", null, null);
        return List.of(code(http, idOf(list.body(), prefix + "1")), code(http, idOf(list.body(), prefix + "2")));
    }

    private String code(Http http, String accountId) throws Exception {
        HttpResponse<String> issued = manager(http, "POST", "/api/v1/admin/accounts/" + accountId + "/registration-code", null, null);
        assertEquals(issued.body(), 201, issued.statusCode());
        return field(issued.body(), "code");
    }

    private String tenant(Http http, String email) throws Exception {
        return Tenants.signedUp(http, email);
    }

    private static String link(String number, String city, String code) {
        return "{\"number\":\"" + number + "\",\"city\":\"" + city + "\",\"code\":\"" + code + "\"}";
    }

    @Test
    public void tenantSignsUpConfirmsAndLinksARentAndAUtilityAccount() throws Exception {
        Http http = http();
        List<String> codes = accountsWithCodes(http, "7100");
        String token = tenant(http, "linker@example.ru");

        HttpResponse<String> rent = http.post("/api/v1/me/accounts", link("71001", "surgut", codes.get(0)), token);
        assertEquals(rent.body(), 201, rent.statusCode());
        HttpResponse<String> utilities = http.post("/api/v1/me/accounts",
                "{\"number\":\"71002\",\"city\":\"Сургут\",\"code\":\"" + codes.get(1).toLowerCase() + "\",\"phone\":\"+7 912 345-67-89\"}", token);
        assertEquals(utilities.body(), 201, utilities.statusCode());

        String mine = http.get("/api/v1/me/accounts", token).body();
        assertTrue(mine, mine.contains("\"number\":\"71001\"") && mine.contains("\"kind\":\"RENT\""));
        assertTrue(mine, mine.contains("\"number\":\"71002\"") && mine.contains("\"kind\":\"UTILITIES\""));
        assertTrue(http.get("/api/v1/cities", null).body().contains("Ханты-Мансийск"));
    }

    @Test
    public void wrongCodeCityOrNumberAnswerTheSameAndGuessingIsThrottled() throws Exception {
        Http http = http();
        List<String> codes = accountsWithCodes(http, "7200");
        String token = tenant(http, "guesser@example.ru");

        HttpResponse<String> wrongCode = http.post("/api/v1/me/accounts", link("72001", "surgut", "AAAAA-AAAAA"), token);
        HttpResponse<String> wrongCity = http.post("/api/v1/me/accounts", link("72001", "megion", codes.get(0)), token);
        HttpResponse<String> wrongNumber = http.post("/api/v1/me/accounts", link("72009", "surgut", codes.get(0)), token);
        assertEquals(422, wrongCode.statusCode());
        assertEquals(wrongCode.body(), wrongCity.body());
        assertEquals(wrongCode.body(), wrongNumber.body());
        assertEquals(wrongCity.statusCode(), wrongNumber.statusCode());

        // failures count per city and number whether or not the account exists: the answers tell nothing
        // (a second guesser for the missing number, so that neither reaches the per-tenant limit of 10 an hour)
        String second = tenant(http, "guesser2@example.ru");
        for (int i = 0; i < 4; i++) {
            assertEquals(422, http.post("/api/v1/me/accounts", link("72001", "surgut", "AAAAA-AAAA" + i), token).statusCode());
            assertEquals(422, http.post("/api/v1/me/accounts", link("72009", "surgut", "AAAAA-AAAA" + i), second).statusCode());
        }
        HttpResponse<String> refused = http.post("/api/v1/me/accounts", link("72001", "surgut", "BBBBB-BBBBB"), token);
        assertEquals("the 6th wrong attempt on the number is refused: " + refused.body(), 429, refused.statusCode());
        HttpResponse<String> refusedMissing = http.post("/api/v1/me/accounts", link("72009", "surgut", "BBBBB-BBBBB"), second);
        assertEquals("the same for a number that does not exist", refused.body(), refusedMissing.body());
        assertEquals(429, refusedMissing.statusCode());
        // a stranger's guesses do not lock the owner out: the right code still links
        HttpResponse<String> owner = http.post("/api/v1/me/accounts", link("72001", "surgut", codes.get(0)), tenant(http, "owner72@example.ru"));
        assertEquals(owner.body(), 201, owner.statusCode());
        assertTrue(manager(http, "GET", "/api/v1/admin/audit?limit=50", null, null).body()
                .contains("слишком много неудачных попыток по этому номеру"));
    }

    @Test
    public void noTenantReachesAnotherTenantsAccountThroughAnyEndpoint() throws Exception {
        Http http = http();
        List<String> codes = accountsWithCodes(http, "7300");
        String owner = tenant(http, "owner@example.ru");
        String other = tenant(http, "other@example.ru");
        String id = field(http.post("/api/v1/me/accounts", link("73001", "surgut", codes.get(0)), owner).body(), "id");
        String missing = "00000000-0000-0000-0000-000000000000";

        for (String method : List.of("GET", "DELETE")) {
            HttpResponse<String> foreign = "GET".equals(method)
                    ? http.get("/api/v1/me/accounts/" + id, other) : http.delete("/api/v1/me/accounts/" + id, other);
            HttpResponse<String> absent = "GET".equals(method)
                    ? http.get("/api/v1/me/accounts/" + missing, other) : http.delete("/api/v1/me/accounts/" + missing, other);
            assertEquals(method + " of another tenant's account", 404, foreign.statusCode());
            assertEquals(method + " answers exactly like a missing account", absent.body(), foreign.body());
            assertEquals(401, ("GET".equals(method) ? http.get("/api/v1/me/accounts/" + id, null)
                    : http.delete("/api/v1/me/accounts/" + id, null)).statusCode());
        }
        assertFalse(http.get("/api/v1/me/accounts", other).body().contains(id));
        assertEquals("still the owner's", 200, http.get("/api/v1/me/accounts/" + id, owner).statusCode());
        assertEquals(204, http.delete("/api/v1/me/accounts/" + id, owner).statusCode());
        assertEquals(404, http.get("/api/v1/me/accounts/" + id, owner).statusCode());
    }

    @Test
    public void staffToolsNeedTheManagerRoleAndABadFileChangesNothing() throws Exception {
        Http http = http();
        assertEquals(401, http.get("/api/v1/admin/accounts", null).statusCode());
        assertEquals(401, http.staff("GET", "/api/v1/admin/accounts", null, null, MANAGER, "wrong").statusCode());
        // a member without the manager role gets exactly the answer of a wrong password
        HttpResponse<String> viewer = http.staff("GET", "/api/v1/admin/accounts", null, null, VIEWER, VIEWER_PASSWORD);
        assertEquals(401, viewer.statusCode());
        assertEquals(http.staff("GET", "/api/v1/admin/accounts", null, null, MANAGER, "wrong").body(), viewer.body());
        String refusedSession = http.post("/api/v1/admin/sessions", "{\"user\":\"" + VIEWER + "\",\"password\":\"" + VIEWER_PASSWORD + "\"}", null).body();
        assertEquals(http.post("/api/v1/admin/sessions", "{\"user\":\"nobody\",\"password\":\"x\"}", null).body(), refusedSession);

        // a staff token instead of Basic; a tenant's token is not a staff token
        HttpResponse<String> staffSession = http.post("/api/v1/admin/sessions",
                "{\"user\":\"" + MANAGER + "\",\"password\":\"" + MANAGER_PASSWORD + "\"}", null);
        assertEquals(staffSession.body(), 201, staffSession.statusCode());
        String staffToken = field(staffSession.body(), "token");
        assertEquals(200, http.get("/api/v1/admin/accounts", staffToken).statusCode());
        assertEquals(403, http.get("/api/v1/admin/accounts", tenant(http, "not-staff@example.ru")).statusCode());
        assertEquals(403, http.get("/api/v1/me/accounts", staffToken).statusCode());
        assertEquals(204, http.delete("/api/v1/admin/sessions/current", staffToken).statusCode());
        assertEquals(401, http.get("/api/v1/admin/accounts", staffToken).statusCode());
        assertEquals("only text/csv is imported (a cross-site form cannot send it)", 415,
                manager(http, "POST", "/api/v1/admin/accounts/import", "text/plain", "number;city\n").statusCode());

        int before = count(manager(http, "GET", "/api/v1/admin/accounts", null, null).body());
        HttpResponse<String> rejected = manager(http, "POST", "/api/v1/admin/accounts/import", "text/csv",
                String.format(CSV, "7400") + "74003;Москва;rent;ул. 1;10;1;open\n74004;Сургут;rent;ул. 1;-1;1;open\n");
        assertEquals(422, rejected.statusCode());
        assertTrue(rejected.body(), rejected.body().contains("\"line\":4") && rejected.body().contains("\"line\":5"));
        assertEquals("nothing imported", before, count(manager(http, "GET", "/api/v1/admin/accounts", null, null).body()));
    }

    @Test
    public void codesForABuildingComeAsPrintableLettersAndASheet() throws Exception {
        Http http = http();
        assertEquals(200, manager(http, "POST", "/api/v1/admin/accounts/import", "text/csv",
                String.format(CSV, "7500").replace("пр. Ленина, д. 1", "ул. Школьная, д. 9")).statusCode());
        String building = "{\"city\":\"surgut\",\"addressPrefix\":\"ул. Школьная, д. 9\"}";

        HttpResponse<String> pdf = http.staff("POST", "/api/v1/admin/registration-codes", "application/json", building,
                MANAGER, MANAGER_PASSWORD, "application/pdf");
        assertEquals(201, pdf.statusCode());
        assertTrue(pdf.body().startsWith("%PDF"));

        HttpResponse<String> csv = http.staff("POST", "/api/v1/admin/registration-codes", "application/json", building,
                MANAGER, MANAGER_PASSWORD, "text/csv");
        assertEquals(201, csv.statusCode());
        assertTrue(csv.body(), csv.body().contains("\"75001\";\"Сургут\";\"ул. Школьная, д. 9, кв. 1\";"));
        assertEquals("one line per account plus the header", 3, csv.body().strip().split("\n").length);
    }

    @Test
    public void aTenantConfirmsThePhoneWithTheCodeTextedThroughTheLogGateway() throws Exception {
        Http http = http();
        String token = tenant(http, "phone@example.ru");
        assertEquals(404, http.get("/api/v1/me/phone", token).statusCode());
        assertEquals(422, http.post("/api/v1/me/phone", "{\"phone\":\"12345\"}", token).statusCode());

        HttpResponse<String> requested = http.post("/api/v1/me/phone", "{\"phone\":\"+7 (922) 111-22-33\"}", token);
        assertEquals(requested.body(), 202, requested.statusCode());
        assertTrue(requested.body(), requested.body().contains("\"phone\":\"9221112233\"") && requested.body().contains("\"verified\":false"));
        assertEquals(429, http.post("/api/v1/me/phone", "{\"phone\":\"9221112233\"}", token).statusCode());

        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("karaf.data"), "sms", "sms.log");
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        Matcher code = null;
        while (code == null || !code.find()) {
            assertTrue("no SMS with a code in " + log, java.time.Instant.now().isBefore(deadline));
            Thread.sleep(200);
            code = Pattern.compile("9221112233\\t[^\\t]+\\t[^\\n]*?(\\d{6})")
                    .matcher(java.nio.file.Files.exists(log) ? java.nio.file.Files.readString(log) : "");
        }
        String right = code.group(1);
        HttpResponse<String> wrong = http.post("/api/v1/me/phone/verification",
                "{\"code\":\"" + (right.equals("000000") ? "111111" : "000000") + "\"}", token);
        assertEquals(422, wrong.statusCode());
        assertTrue(wrong.body(), wrong.body().contains("phone.code.wrong"));
        HttpResponse<String> verified = http.post("/api/v1/me/phone/verification", "{\"code\":\"" + right + "\"}", token);
        assertEquals(verified.body(), 200, verified.statusCode());
        assertTrue(http.get("/api/v1/me/phone", token).body().contains("\"verified\":true"));
    }

    private static int count(String json) {
        return json.split("\"number\"", -1).length - 1;
    }

    private static String idOf(String accountsJson, String number) {
        Matcher m = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"number\":\"" + number + "\"").matcher(accountsJson);
        assertTrue("account " + number + " in " + accountsJson, m.find());
        return m.group(1);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertTrue(name + " in " + json, m.find());
        return m.group(1);
    }
}
