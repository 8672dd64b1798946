package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue #11 in a real browser against the distribution started as a process: the tenant sends the
 * readings of two meters on «Показания» (a two-zone electricity meter accepted, a cold water reading far
 * above its history flagged), sees the status and the consumption chart at 390 and 1366 px; staff accept
 * the flagged reading in {@code /admin#!meter-review} and the tenant's history counts it.
 */
public class BrowserMetersIT extends BrowserTest {
    /** Ports 18581–18584: away from the other distribution tests (18181, 18281, 18781, 18981). */
    private static final int PORT = 18581;
    private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
    private static final String MANAGER = "meters-browser-manager";
    private static final String MANAGER_PASSWORD = "meters-browser-password";
    private static final String EMAIL = "schetchik@example.ru";
    private static final String PASSWORD = "вода течёт по трубам тихо";
    private static final String NUMBER = "77001";
    private static final String COLD = "meter-CW-77001";
    private static final String POWER = "meter-EL-77001";
    private static DistributionProcess portal;

    @BeforeClass
    public static void startPortal() throws Exception {
        portal = DistributionProcess.unpack("meters-browser-portal", PORT);
        portal.setProperty("etc/users.properties", MANAGER, MANAGER_PASSWORD + ",manager");
        portal.start();
    }

    @AfterClass
    public static void stopPortal() throws Exception {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    public void tenantSendsReadingsOfTwoMetersAndStaffAcceptTheFlaggedOne() throws Exception {
        Http http = new Http(PORT);
        YearMonth month = YearMonth.now(ZONE);
        String accountId = account(http);
        String code = Tenants.field(staff(http, "POST", "/api/v1/admin/accounts/" + accountId + "/registration-code", null, 201), "code");
        // the window open all month, so the test does not depend on today's date
        staff(http, "PUT", "/api/v1/admin/windows", "{\"scope\":\"COMPANY\",\"scopeValue\":\"\",\"fromDay\":1,\"toDay\":31,\"mode\":\"SOFT\"}", 200);
        String installed = month.minusMonths(5).atDay(1).toString();
        String coldId = meter(http, accountId, "COLD_WATER", "CW-77001", 1, installed, "100");
        String powerId = meter(http, accountId, "ELECTRICITY", "EL-77001", 2, installed, "1000, 500");
        // four months of staff readings, ~3 m³ a month: the history a spike is measured against
        for (int back = 4; back >= 1; back--) {
            String body = staff(http, "POST", "/api/v1/admin/meters/" + coldId + "/readings", "{\"values\":[\"" + (100 + 3 * (5 - back))
                    + "\"],\"takenOn\":\"" + month.minusMonths(back).atDay(22) + "\"}", 201);
            assertTrue(body, body.contains("\"status\":\"ACCEPTED\""));
        }

        // the tenant: signed up, confirmed by the letter's link, the account linked — over REST
        assertEquals(202, http.post("/api/v1/registrations",
                "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\",\"consent\":true}", null).statusCode());
        String link = new MailFolder(portal.home().resolve("data/mail")).waitForLink(EMAIL, "confirmemail", 1, Duration.ofSeconds(30));
        assertEquals(200, http.post("/api/v1/registrations/confirmations",
                "{\"token\":\"" + link.replaceAll(".*/confirmemail/([^/]+)/.*", "$1") + "\"}", null).statusCode());
        HttpResponse<String> session = http.post("/api/v1/sessions", "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}", null);
        assertEquals(session.body(), 200, session.statusCode());
        String token = Tenants.field(session.body(), "token");
        HttpResponse<String> linked = http.post("/api/v1/me/accounts",
                "{\"number\":\"" + NUMBER + "\",\"city\":\"surgut\",\"code\":\"" + code + "\"}", token);
        assertEquals(linked.body(), 201, linked.statusCode());

        Path shots = Files.createDirectories(Path.of("target", "screenshots"));

        // on a phone: a value that is no number is refused under its field; day and night values are accepted
        openBrowser(true);
        signIn("/#!meters");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("meters-account-" + NUMBER)));
        assertTrue(find("meters-window-" + NUMBER).getText(), find("meters-window-" + NUMBER).getText().contains("открыт"));
        assertTrue(find(POWER + "-preview").getText(), find(POWER + "-preview").getText().contains("будет учтено в"));
        type(POWER + "-value-1", "abc");
        type(POWER + "-value-2", "560");
        click(POWER + "-send");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(POWER + "-value-1-error"), "Введите число"));
        assertTrue(find(POWER + "-value-1").getAttribute("class").contains("error"));
        assertTrue("the status stays empty while a field is wrong", browser.findElements(By.id(POWER + "-status")).isEmpty()
                || !browser.findElement(By.id(POWER + "-status")).isDisplayed());
        settled();
        scrollTo(POWER);
        fits("an error under a field at 390");
        shot(shots, "meters-error-390");

        type(POWER + "-value-1", "1150,5");
        click(POWER + "-send");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(POWER + "-status"), "принят"));
        WebElement accepted = find(POWER + "-status");
        assertTrue(accepted.getAttribute("class"), accepted.getAttribute("class").contains("kabinet-ok"));
        assertGreen(accepted);
        assertTrue("the error goes once the value is a number", browser.findElements(By.id(POWER + "-value-1-error")).isEmpty());
        // after sending, the history opens by itself with the chart
        wait.until(d -> !d.findElements(By.cssSelector("#" + POWER + "-chart canvas")).isEmpty());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(POWER + "-history"), "ночь 560"));
        settled();
        scrollTo(POWER + "-status");
        fits("the meters page at 390");
        shot(shots, "meters-accepted-390");
        browser.quit();
        browser = null;

        // on a wide screen: the electricity reading is in; cold water far above its months goes to review
        openBrowser(false);
        signIn("/#!meters");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(POWER + "-period"), "принято"));
        assertTrue(find(COLD + "-period").getText(), find(COLD + "-period").getText().contains("ещё не передано"));
        assertTrue(find(COLD + "-previous").getText(), find(COLD + "-previous").getText().contains("112"));
        type(COLD + "-value-1", "160");
        click(COLD + "-send");
        wait.until(d -> d.findElement(By.id(COLD + "-status")).getText().toLowerCase().contains("на проверке"));
        WebElement flagged = find(COLD + "-status");
        assertTrue(flagged.getAttribute("class"), flagged.getAttribute("class").contains("kabinet-warning"));
        assertFalse(flagged.getAttribute("class").contains("kabinet-ok"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(COLD + "-period"), "на проверке"));
        wait.until(d -> !d.findElements(By.cssSelector("#" + COLD + "-chart canvas")).isEmpty());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(COLD + "-history"), "На проверке"));
        assertTrue(find(COLD + "-history").getText().contains("Сотрудник"));
        WebElement canvas = browser.findElement(By.cssSelector("#" + COLD + "-chart canvas"));
        assertTrue("the chart is drawn: " + canvas.getSize(), canvas.getSize().getWidth() > 200 && canvas.getSize().getHeight() > 100);
        // the electricity meter's history opens on request
        click(POWER + "-history-toggle");
        wait.until(d -> !d.findElements(By.cssSelector("#" + POWER + "-chart canvas")).isEmpty());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(POWER + "-history"), "Принято"));
        settled();
        fits("the meters page at 1366");
        shot(shots, "meters-1366");
        scrollTo(COLD + "-status");
        shot(shots, "meters-flagged-1366");
        browser.quit();
        browser = null;

        String readingId = reading(http.get("/api/v1/me/meters/" + coldId + "/readings", token).body(), month, "FLAGGED");
        assertTrue(staff(http, "GET", "/api/v1/admin/readings/review", null, 200).contains(readingId));

        // staff: the flagged reading beside the meter's months, accepted
        openBrowser(false);
        browser.get(portal.url("/admin#!meter-review"));
        type("admin-name", MANAGER);
        type("admin-password", MANAGER_PASSWORD);
        click("admin-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-review-count"), "1"));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='admin-review-grid']//td[contains(@class,'v-grid-cell')][contains(., 'CW-77001')]"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-review-history"), "112"));
        assertTrue(find("admin-review-reading").getText(), find("admin-review-reading").getText().contains("160"));
        settled();
        shot(shots, "admin-meter-review-1366");
        click("admin-review-accept");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-review-result"), "принято"));
        assertTrue(find("admin-review-result").getText().contains("CW-77001"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-review-count"), "Очередь пуста"));
        settled();
        shot(shots, "admin-meter-review-accepted-1366");

        assertEquals(readingId, reading(http.get("/api/v1/me/meters/" + coldId + "/readings", token).body(), month, "ACCEPTED"));
        assertEquals("[]", staff(http, "GET", "/api/v1/admin/readings/review", null, 200).strip());
        String power = http.get("/api/v1/me/meters/" + powerId + "/readings", token).body();
        assertTrue(power, reading(power, month, "ACCEPTED") != null);
    }

    /** The account 77001 in Сургут, imported by staff as a file; returns its id. */
    private static String account(Http http) throws Exception {
        HttpResponse<String> imported = http.staff("POST", "/api/v1/admin/accounts/import", "text/csv",
                "number;city;kind;address;area;residents\n" + NUMBER + ";Сургут;utilities;\"ул. Ленина, д. 7, кв. 12\";52,3;3\n",
                MANAGER, MANAGER_PASSWORD);
        assertEquals(imported.body(), 200, imported.statusCode());
        String list = staff(http, "GET", "/api/v1/admin/accounts?city=surgut", null, 200);
        Matcher id = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"number\":\"" + NUMBER + "\"").matcher(list);
        assertTrue(list, id.find());
        return id.group(1);
    }

    /** A meter added by staff; returns its id. */
    private static String meter(Http http, String accountId, String resource, String serial, int zones, String installed, String initial)
            throws Exception {
        String body = staff(http, "POST", "/api/v1/admin/meters", "{\"accountId\":\"" + accountId + "\",\"resource\":\"" + resource
                + "\",\"serialNumber\":\"" + serial + "\",\"place\":\"\",\"zones\":" + zones + ",\"digits\":6,\"installedOn\":\""
                + installed + "\",\"verificationDue\":\"2031-01-01\",\"initialValues\":[" + initial + "]}", 201);
        return Tenants.field(body, "id");
    }

    /** The id of the current reading of {@code month} in a history, checking its status. */
    private static String reading(String history, YearMonth month, String status) {
        Matcher r = Pattern.compile("\\{[^{}]*\"period\":\"" + month + "\"[^{}]*\"current\":true[^{}]*}").matcher(history);
        assertTrue(history, r.find());
        assertTrue(r.group(), r.group().contains("\"status\":\"" + status + "\""));
        return Tenants.field(r.group(), "id");
    }

    private static String staff(Http http, String method, String path, String body, int expected) throws Exception {
        HttpResponse<String> answer = http.staff(method, path, body == null ? null : "application/json", body, MANAGER, MANAGER_PASSWORD);
        assertEquals(path + ": " + answer.body(), expected, answer.statusCode());
        return answer.body();
    }

    /** Opens a page of the cabinet and signs in there; the page opens after the sign-in. */
    private void signIn(String page) {
        browser.get(portal.url(page));
        type("signin-email", EMAIL);
        type("signin-password", PASSWORD);
        click("signin-submit");
        wait.until(ExpectedConditions.urlContains(page.substring(1)));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-" + page.substring(page.indexOf('!') + 1))));
    }

    /** The text is green: success must look different from an error and a warning. */
    private void assertGreen(WebElement element) {
        Matcher rgb = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(element.getCssValue("color"));
        assertTrue(element.getCssValue("color"), rgb.find());
        int r = Integer.parseInt(rgb.group(1));
        int g = Integer.parseInt(rgb.group(2));
        int b = Integer.parseInt(rgb.group(3));
        assertTrue("not green: " + element.getCssValue("color"), g > r + 40 && g > b + 40);
    }
}
