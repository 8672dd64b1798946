package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A tenant's first visit in a real browser (Debian's chromium and chromedriver) against the
 * distribution started as a process with its default configuration: sign up, take the letter from
 * data/mail/, open its link, sign in; then a restart keeps the account.
 */
public class BrowserSignUpIT {
    private static final int PORT = 18281;
    private static final String PASSWORD = "тихий вечер над обью";
    private static DistributionProcess portal;
    private WebDriver browser;
    private WebDriverWait wait;
    /** Where this browser saves downloaded files. */
    private Path downloads;

    @Rule
    public final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description description) {
            if (browser instanceof TakesScreenshot camera) {
                try {
                    Files.copy(camera.getScreenshotAs(OutputType.FILE).toPath(),
                            Path.of("target", description.getMethodName() + ".png"),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (Exception ignored) {
                    // the failure itself matters more than its picture
                }
            }
        }
    };

    private static final String MANAGER = "browser-manager";
    private static final String MANAGER_PASSWORD = "browser-manager-password";

    @BeforeClass
    public static void startPortal() throws Exception {
        portal = DistributionProcess.unpack("browser-portal", PORT);
        portal.setProperty("etc/users.properties", MANAGER, MANAGER_PASSWORD + ",manager");
        // quiet hours around now: routine SMS stay queued until aCodeGoesOutAtNightAndAHeldSmsSurvivesARestart lifts them
        java.time.LocalTime now = java.time.LocalTime.now(java.time.ZoneId.of("Asia/Yekaterinburg"));
        java.time.format.DateTimeFormatter hhmm = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
        portal.setProperty("etc/org.kabinet.sms.cfg", "quietFrom", now.minusHours(2).format(hhmm));
        portal.setProperty("etc/org.kabinet.sms.cfg", "quietTo", now.plusHours(2).format(hhmm));
        portal.start();
    }

    @AfterClass
    public static void stopPortal() throws Exception {
        if (portal != null) {
            portal.close();
        }
    }

    private void openBrowser() throws Exception {
        openBrowser(false);
    }

    /** Headless Chromium at 1366×900, or emulating a 390×844 phone. */
    private void openBrowser(boolean phone) throws Exception {
        File chromedriver = new File("/usr/bin/chromedriver");
        assertTrue("Debian's chromium-driver is needed: apt-get install -y chromium chromium-driver (.ci/run does it)",
                chromedriver.canExecute());
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("kabinet-chromium"));
        downloads = Files.createTempDirectory("kabinet-downloads");
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        if (phone) {
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
        } else {
            options.addArguments("--window-size=1366,900");
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @After
    public void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    public void tenantSignsUpConfirmsByTheMailedLinkAndSignsIn() throws Exception {
        openBrowser();
        String email = "anna@example.ru";
        MailFolder mail = new MailFolder(portal.home().resolve("data/mail"));

        browser.get(portal.url("/"));
        click("to-signup");
        type("signup-email", email);
        type("signup-password", "короткий");
        browser.findElement(By.cssSelector("#signup-consent label")).click();
        click("signup-submit");
        wait.until(d -> d.findElement(By.id("signup-password")).getAttribute("class").contains("v-textfield-error"));
        // the reason stands as text under the field, not only in a tooltip, and the field points to it
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signup-password-error"), "не менее 12"));
        wait.until(d -> "signup-password-error".equals(d.findElement(By.id("signup-password")).getAttribute("aria-describedby")));

        type("signup-password", PASSWORD);
        click("signup-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("checkmail-text"), email));

        String link = mail.waitForLink(email, "confirmemail", 1, Duration.ofSeconds(30));
        assertTrue(link, link.startsWith(portal.url("/confirmemail/")));
        browser.get(link);
        // opening the link confirms nothing (a mail scanner opens links too): the button does
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-submit")));
        assertTrue("nothing is confirmed on open", browser.findElements(By.id("confirm-result")).isEmpty());
        click("confirm-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirm-result"), email));

        click("to-signin");
        type("signin-email", email);
        type("signin-password", "не тот пароль вовсе");
        click("signin-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-error")));

        type("signin-password", PASSWORD);
        click("signin-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), email));

        // «Главная» first: its card leads a tenant with nothing linked to the accounts page and its form
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("card-accounts"), "ещё не привязаны"));
        assertTrue(find("card-contacts").getText().contains("Югра"));
        click("card-accounts-open");
        wait.until(ExpectedConditions.urlContains("#!accounts"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts-none")));
        String code = issueCode("81001");
        type("link-number", "81001");
        choose("link-city", "Сург", "Сургут");
        type("link-code", "AAAAA-AAAAA");
        click("link-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("link-result"), "не найден"));
        type("link-code", code);
        type("link-phone", "8 (912) 345 67 89");
        click("link-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account-81001")));
        assertTrue(find("account-81001").getText().contains("Наём"));

        click("menu-welcome");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("card-accounts"), "№ 81001"));

        browser.get(link);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("confirm-result"), "уже использована"));
        assertTrue("a used link offers a way on", browser.findElements(By.id("to-resend")).size() == 1);
    }

    @Test
    public void managerSeesAccountsInTheAdminArea() throws Exception {
        issueCode("81001");
        openBrowser();
        browser.get(portal.url("/admin"));
        type("admin-name", MANAGER);
        type("admin-password", "wrong password");
        click("admin-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-error"), "Неверное"));
        type("admin-password", MANAGER_PASSWORD);
        click("admin-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-who"), MANAGER));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-accounts"), "81001"));
        // at 1366 px every column of the accounts grid is in view: no sideways scrolling inside the grid
        Object outside = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "var g = document.getElementById('admin-accounts').getBoundingClientRect();"
                + "return [...document.querySelectorAll('#admin-accounts th.v-grid-cell')]"
                + ".filter(c => c.getBoundingClientRect().right > g.right + 1 || c.getBoundingClientRect().width < 40)"
                + ".map(c => c.textContent);");
        assertEquals("columns cut off or squeezed at 1366 px", java.util.List.of(), outside);
        assertEquals(9L, ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.querySelectorAll('#admin-accounts th.v-grid-cell').length"));
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        shot(shots, "admin-accounts-1366");

        browser.findElement(By.xpath("//div[contains(@class,'v-tabsheet-tabitem')]//div[text()='Импорт']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#admin-import-upload input[type=file]")));
        Path bad = Files.createTempFile("accounts", ".csv");
        Files.writeString(bad, "number;city;kind;address;area;residents\n82001;Сургут;rent;ул. Мира д. 2;40;2\n82002;Москва;rent;ул. 1;-1;1\n");
        browser.findElement(By.cssSelector("#admin-import-upload input[type=file]")).sendKeys(bad.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-import-result"), "не загружен"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-import-problems"), "Москва"));

        Path good = Files.createTempFile("accounts", ".csv");
        Files.writeString(good, "number;city;kind;address;area;residents\n82001;Сургут;rent;ул. Мира д. 2;40;2\n");
        browser.findElement(By.cssSelector("#admin-import-upload input[type=file]")).sendKeys(good.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-import-result"), "новых счетов 1"));

        browser.findElement(By.xpath("//div[contains(@class,'v-tabsheet-tabitem')]//div[text()='Лицевые счета']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("account-form-number")));
        type("account-form-number", "83001");
        choose("account-form-city", "Сург", "Сургут");
        choose("account-form-kind", "На", "Наём");
        type("account-form-address", "ул. Новая, д. 3, кв. 7");
        type("account-form-area", "абв");
        type("account-form-residents", "1");
        click("account-form-save");
        wait.until(d -> d.findElement(By.id("account-form-area")).getAttribute("class").contains("error"));
        // a long form names the error at its top too, for the eye and the screen reader
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-form-errors"), "Площадь"));
        assertEquals("alert", find("account-form-errors").getAttribute("role"));
        shot(shots, "admin-account-form-error-1366");
        type("account-form-area", "33,5");
        click("account-form-save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-form-result"), "83001"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-accounts"), "83001"));
        assertTrue("the summary goes once the form is saved", browser.findElements(By.id("account-form-errors")).isEmpty()
                || !browser.findElement(By.id("account-form-errors")).isDisplayed());

        // the audit: human words, the account by number and address, local dates; it refreshes itself
        browser.findElement(By.xpath("//div[contains(@class,'v-tabsheet-tabitem')]//div[text()='Журнал']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-audit"), "Выдан код регистрации"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-audit"), "81001 · ул. Мира"));
        assertFalse("no ISO instants in the audit", find("admin-audit").getText().matches("(?s).*\\d{4}-\\d{2}-\\d{2}T.*"));
        assertTrue(find("admin-audit-refreshed").getText().contains("каждые 15 секунд"));
        shot(shots, "admin-audit-1366");
    }

    /** Picks an item of a Vaadin combo box by typing its start. */
    private void choose(String id, String typed, String item) {
        browser.findElement(By.cssSelector("#" + id + " input")).sendKeys(typed);
        clickOption(By.xpath("//div[@id='VAADIN_COMBOBOX_OPTIONLIST']//span[text()='" + item + "']"));
    }

    /**
     * Clicks an item of a combo box's open list. Each typed letter filters the list again on the server and the
     * list is drawn anew, so an item found a moment ago may be gone: it is found again until a click lands.
     */
    private void clickOption(By option) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    org.openqa.selenium.WebElement element = ExpectedConditions.elementToBeClickable(option).apply(d);
                    if (element == null) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    /** Makes sure the accounts 81001/81002 exist (imported by the manager over REST) and issues a code for one. */
    @Test
    public void anOpenCabinetTabStopsActingAfterAPasswordReset() throws Exception {
        String email = "vera@example.ru";
        MailFolder mail = new MailFolder(portal.home().resolve("data/mail"));
        HttpClient http = HttpClient.newHttpClient();
        assertEquals(202, json(http, "POST", "/api/v1/registrations",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"consent\":true}").statusCode());
        String confirm = mail.waitForLink(email, "confirmemail", 1, Duration.ofSeconds(30));
        String token = confirm.replaceAll(".*/confirmemail/([^/]+)/.*", "$1");
        assertEquals(200, json(http, "POST", "/api/v1/registrations/confirmations", "{\"token\":\"" + token + "\"}").statusCode());

        openBrowser();
        browser.get(portal.url("/"));
        type("signin-email", email);
        type("signin-password", PASSWORD);
        click("signin-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-as"), email));

        // the password is reset from another device while this tab stays open; one letter per address
        // in 30 s, so the request is repeated until the reset letter comes
        String reset = null;
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(90);
        while (reset == null) {
            assertTrue("no reset letter", java.time.Instant.now().isBefore(deadline));
            assertEquals(202, json(http, "POST", "/api/v1/password-resets", "{\"email\":\"" + email + "\"}").statusCode());
            try {
                reset = mail.waitForLink(email, "resetpassword", 2, Duration.ofSeconds(7));
            } catch (AssertionError notYet) {
                // the letter limit dropped this request: ask again
            }
        }
        String resetToken = reset.replaceAll(".*/resetpassword/([^/]+)/.*", "$1");
        assertEquals(204, json(http, "PUT", "/api/v1/password-resets/" + resetToken,
                "{\"password\":\"совсем другая длинная фраза\"}").statusCode());

        // the next click in the old tab ends up on the sign-in page, not in the cabinet
        click("menu-profile");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-email")));
        assertTrue(browser.findElements(By.id("signed-in-as")).isEmpty());
        assertTrue(browser.findElements(By.id("cabinet")).isEmpty());
    }

    /**
     * Issue #16: the API's description is served (JSON and YAML, public, the same document), and the docs page at
     * /api/docs/ renders it in a real browser under the portal's CSP, on a phone and a wide screen.
     */
    @Test
    public void integratorsReadTheApiDescriptionAndItsPage() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> json = http.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/openapi.json"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse(""), json.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/json"));
        // (as generated: two spaces a level, so a path is a key four spaces in)
        String document = json.body();
        assertTrue(document.substring(0, Math.min(200, document.length())), document.startsWith("{\n  \"openapi\" : \"3.0.1\""));
        long paths = document.lines().filter(l -> l.matches("    \"/[^\"]*\" : \\{")).count();
        assertTrue("paths: " + paths, paths > 100);
        for (String scheme : new String[] {"tenantBearer", "staffBearer", "staffBasic", "readingToken"}) {
            assertTrue(scheme, document.contains("\"" + scheme + "\" : {"));
        }
        HttpResponse<String> yaml = http.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/openapi.yaml"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, yaml.statusCode());
        assertTrue(yaml.body(), yaml.body().startsWith("openapi: 3.0.1"));
        // only Swagger UI's own files are served under /api/docs/
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(portal.url("/api/docs/index.css.map"))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());

        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        for (boolean phone : new boolean[] {false, true}) {
            openBrowser(phone);
            browser.get(portal.url("/api/docs"));
            // every module's resources under their heading: the document was fetched, parsed and drawn
            wait.until(b -> b.findElements(By.cssSelector(".swagger-ui .opblock-tag")).size() >= 25);
            assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().endsWith("/api/docs/"));
            assertTrue(browser.findElement(By.cssSelector(".swagger-ui .info .title")).getText().startsWith("Kabinet API"));
            assertTrue("no error box", browser.findElements(By.cssSelector(".swagger-ui .errors-wrapper")).isEmpty());
            // a heading opens its operations
            browser.findElement(By.id("operations-tag-Sessions")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("operations-Sessions-signIn")));
            scrollTo("operations-tag-Sessions");
            if (phone) {
                fits("the API page on a phone");
            }
            shot(shots, "api-docs-" + (phone ? "390" : "1366"));
            browser.quit();
            browser = null;
        }
    }

    @Test
    public void everyPageHasAnAddressAndFitsAPhoneAndAWideScreen() throws Exception {
        String email = "gleb@example.ru";
        MailFolder mail = new MailFolder(portal.home().resolve("data/mail"));
        HttpClient http = HttpClient.newHttpClient();
        assertEquals(202, json(http, "POST", "/api/v1/registrations",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"consent\":true}").statusCode());
        String confirm = mail.waitForLink(email, "confirmemail", 1, Duration.ofSeconds(30));
        assertEquals(200, json(http, "POST", "/api/v1/registrations/confirmations",
                "{\"token\":\"" + confirm.replaceAll(".*/confirmemail/([^/]+)/.*", "$1") + "\"}").statusCode());
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        for (boolean phone : new boolean[] {false, true}) {
            String size = phone ? "390" : "1366";
            openBrowser(phone);
            // a letter's link to a page (the code letter says /#!accounts) leads there after the sign-in
            browser.get(portal.url(phone ? "/#!accounts" : "/"));
            fits("sign-in " + size);
            accessible("sign-in at " + size);
            shot(shots, "signin-" + size);
            assertEquals("the sign-in fields tell password managers what they hold", "username",
                    find("signin-email").getAttribute("autocomplete"));
            assertEquals("current-password", find("signin-password").getAttribute("autocomplete"));
            assertEquals("ru", browser.findElement(By.tagName("html")).getAttribute("lang"));
            if (!phone) {
                click("to-signup");
                accessible("sign-up at " + size);
                shot(shots, "signup-" + size);
                click("to-signin");
            }
            type("signin-email", email);
            type("signin-password", PASSWORD);
            click("signin-submit");
            wait.until(ExpectedConditions.urlContains(phone ? "#!accounts" : "#!welcome"));
            // the theme's own font (with Cyrillic) is loaded and used, not a fallback
            wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                    "return [...document.fonts].some(f => f.family.replace(/\"/g, '') === 'Kabinet Sans' && f.status === 'loaded')"));
            assertTrue(find("cabinet").getCssValue("font-family").startsWith("\"Kabinet Sans\""));
            String current = phone ? "accounts" : "welcome";
            for (String page : new String[] {"accounts", "welcome", "phone", "profile"}) {
                if (phone && !page.equals(current)) {
                    // on a phone the menu is folded to the current page behind the menu button
                    assertFalse("a folded menu hides the other pages", browser.findElement(By.id("menu-" + page)).isDisplayed());
                    click("menu-toggle");
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu-" + page)));
                }
                click("menu-" + page);
                wait.until(ExpectedConditions.urlContains("#!" + page));
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-" + page)));
                fits(page + " at " + size);
                accessible(page + " at " + size);
                shot(shots, page + "-" + size);
                current = page;
            }
            if (!phone) {
                // the name given in the profile greets the tenant on the home page
                type("profile-name", "Глеб");
                click("profile-name-save");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile-name-result"), "Сохранено"));
                type("profile-name", "Глеб 2");
                click("profile-name-save");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile-name-error"), "только буквы"));
                click("menu-welcome");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("welcome-greeting"), "Здравствуйте, Глеб!"));
                browser.navigate().back();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-profile")));
            } else {
                // on a phone too the reason of a field error is text under the field, seen without hovering
                type("profile-new", PASSWORD);
                type("profile-repeat", PASSWORD + "!");
                click("profile-submit");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-repeat-error")));
                assertTrue(find("profile-repeat-error").getText().contains("не совпадают"));
                fits("a field error at " + size);
                shot(shots, "profile-error-" + size);
                click("menu-toggle");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu-phone")));
                shot(shots, "menu-open-" + size);
                click("menu-toggle");
            }
            browser.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-profile")));
            click("language");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("menu-profile"), "Profile"));
            assertTrue("the language switch keeps the page", browser.findElement(By.id("page-profile")).isDisplayed());
            click("language");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("menu-profile"), "Профиль"));
            browser.navigate().back();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-phone")));
            assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().endsWith("#!phone"));
            browser.quit();
            browser = null;
        }
    }

    /** The axe-core script from its WebJar on the test class path. */
    private static String axeScript() throws Exception {
        try (java.io.InputStream in = BrowserSignUpIT.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            assertTrue("axe-core WebJar on the test class path", in != null);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** axe-core finds no serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
    private void accessible(String what) throws Exception {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        Thread.sleep(300); // the accessibility script runs on the next animation frame after Vaadin's changes
        js.executeScript(axeScript());
        Object found = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                + ".catch(e => done(['axe failed: ' + e]));");
        assertEquals(what + ": accessibility violations", java.util.List.of(), found);
    }

    /**
     * «Начисления и оплаты»: staff bill two past months over REST; the tenant sees what to pay, the
     * latest month's lines, the chart, the history and пени explained in a dialog — at both sizes, and
     * accessible.
     */
    @Test
    public void theTenantSeesChargesPaymentsAndExplainedPenalties() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String code = issueCode("81001");
        staff(http, "POST", "/api/v1/admin/services", "{\"code\":\"rent\",\"nameRu\":\"Плата за наём\",\"nameEn\":\"Rent\","
                + "\"group\":\"RENT\",\"unit\":\"M2\",\"base\":\"AREA\",\"accountKinds\":[\"RENT\"]}", 200);
        staff(http, "POST", "/api/v1/admin/tariffs", "{\"service\":\"rent\",\"scope\":\"CITY\",\"scopeValue\":\"surgut\","
                + "\"from\":\"2024-01-01\",\"price\":12.37}", 201);
        for (String period : new String[] {"2026-01", "2026-02"}) {
            String started = staff(http, "POST", "/api/v1/admin/billing/periods/" + period + "/runs", null, 202);
            String id = started.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
            while (staff(http, "GET", "/api/v1/admin/billing/periods/" + period + "/runs/" + id, null, 200).contains("RUNNING")) {
                assertTrue(java.time.Instant.now().isBefore(deadline));
                Thread.sleep(200);
            }
        }
        String email = "payer@example.ru";
        MailFolder mail = new MailFolder(portal.home().resolve("data/mail"));
        assertEquals(202, json(http, "POST", "/api/v1/registrations",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"consent\":true}").statusCode());
        String confirm = mail.waitForLink(email, "confirmemail", 1, Duration.ofSeconds(30));
        assertEquals(200, json(http, "POST", "/api/v1/registrations/confirmations",
                "{\"token\":\"" + confirm.replaceAll(".*/confirmemail/([^/]+)/.*", "$1") + "\"}").statusCode());
        HttpResponse<String> session = json(http, "POST", "/api/v1/sessions", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        String token = session.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        assertEquals(201, http.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/me/accounts")))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"number\":\"81001\",\"city\":\"surgut\",\"code\":\"" + code + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());

        // what the page must say, from the tenant's REST view (пени grow daily, so not a constant)
        HttpRequest.Builder bearer = HttpRequest.newBuilder(URI.create(portal.url("/api/v1/me/accounts"))).header("Authorization", "Bearer " + token);
        String accountId = http.send(bearer.build(), HttpResponse.BodyHandlers.ofString()).body().replaceAll("^\\[\\{\"id\":\"([^\"]+)\".*", "$1");
        String balance = http.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/me/accounts/" + accountId + "/balance")))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
        java.math.BigDecimal toPay = new java.math.BigDecimal(balance.replaceAll(".*\"toPay\":([0-9.]+).*", "$1"));
        assertTrue(balance, toPay.compareTo(new java.math.BigDecimal("1001.98")) > 0);
        java.text.DecimalFormatSymbols ru = new java.text.DecimalFormatSymbols(java.util.Locale.forLanguageTag("ru"));
        ru.setGroupingSeparator('\u00a0');
        ru.setDecimalSeparator(',');
        String expected = "К оплате: " + new java.text.DecimalFormat("#,##0.00", ru).format(toPay) + "\u00a0₽";

        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        for (boolean phone : new boolean[] {false, true}) {
            String size = phone ? "390" : "1366";
            openBrowser(phone);
            browser.get(portal.url("/#!billing"));
            type("signin-email", email);
            type("signin-password", PASSWORD);
            click("signin-submit");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("billing-to-pay")));
            // 40,5 m² × 12,37 = 500,99 a month, two months unpaid, and the пени on them
            // (WebDriver reads a no-break space as a space)
            assertEquals(expected.replace('\u00a0', ' '), find("billing-to-pay-amount").getText().replace('\u00a0', ' '));
            assertTrue(find("billing-due").getText().contains("январь 2026"));
            assertTrue(find("billing-latest").getText().contains("Плата за наём"));
            assertTrue(find("billing-latest").getText().contains("500,99"));
            wait.until(d -> !d.findElements(By.cssSelector("#billing-chart canvas")).isEmpty());
            assertTrue(find("billing-history").getText().contains("февраль 2026"));
            fits("billing at " + size);
            accessible("billing at " + size);
            shot(shots, "billing-" + size);
            click("billing-penalties-how");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("billing-penalties-window")));
            assertTrue(find("billing-penalties-window").getText().contains("× 1/300"));
            assertTrue(find("billing-penalties-window").getText().contains("Итого пени"));
            shot(shots, "billing-penalties-" + size);
            click("billing-penalties-close");
            browser.quit();
            browser = null;
        }

        // staff: a preview of a month, then a payment registry — a bad one lists its lines, the good one pays
        openBrowser();
        browser.get(portal.url("/admin#!billing"));
        type("admin-name", MANAGER);
        type("admin-password", MANAGER_PASSWORD);
        click("admin-submit");
        type("admin-billing-period", "2026-02");
        click("admin-billing-preview");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-billing-result"), "Предпросмотр 2026-02"));
        assertTrue(find("admin-billing-result").getText().contains("Ничего не сохранено"));
        type("admin-billing-period", "февраль");
        click("admin-billing-run");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("admin-billing-period-error")));
        Path bad = Files.createTempFile("payments", ".csv");
        Files.writeString(bad, "payment_id;paid_on;account;city;amount\nW-1;2026-03-05;81001;Сургут;100\nW-2;2026-03-05;99999;Сургут;100\n");
        browser.findElement(By.cssSelector("#admin-payments-upload input[type=file]")).sendKeys(bad.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-payments-problems"), "99999"));
        Path good = Files.createTempFile("payments", ".csv");
        Files.writeString(good, "payment_id;paid_on;account;city;amount\nW-1;2026-03-05;81001;Сургут;100\n");
        browser.findElement(By.cssSelector("#admin-payments-upload input[type=file]")).sendKeys(good.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-payments-result"), "Загружено: 1"));
        shot(shots, "admin-billing-1366");
    }

    /**
     * Issue #10: on «Начисления и оплаты» the tenant downloads the statement (выписка) as a PDF and has it
     * e-mailed; on «Уведомления» switches the payment SMS off, and a payment staff post then sends no SMS
     * (the statement letter it also sends shows the payment's notices did run); staff preview the debt
     * SMS, send it after the confirmation and see the run listed without cut columns. The account is of
     * its own city, so the billing run leaves the other tests' accounts alone.
     */
    @Test
    public void tenantDownloadsTheStatementAndSwitchesThePaymentSmsOff() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Yekaterinburg");
        String number = "85001";
        String phone = "9225550101";
        String code = issueCode(number, "kogalym", number + ";Когалым;rent;ул. Молодёжная, д. 5, кв. 12;40,5;2\n");
        String accountId = accountId(number, "kogalym");
        staff(http, "POST", "/api/v1/admin/services", "{\"code\":\"rent\",\"nameRu\":\"Плата за наём\",\"nameEn\":\"Rent\","
                + "\"group\":\"RENT\",\"unit\":\"M2\",\"base\":\"AREA\",\"accountKinds\":[\"RENT\"]}", 200);
        staff(http, "POST", "/api/v1/admin/tariffs", "{\"service\":\"rent\",\"scope\":\"CITY\",\"scopeValue\":\"kogalym\","
                + "\"from\":\"2024-01-01\",\"price\":12.37}", 201);
        // last month billed: 40,5 m² × 12,37 = 500,99 owed
        java.time.YearMonth last = java.time.YearMonth.now(zone).minusMonths(1);
        String started = staff(http, "POST", "/api/v1/admin/billing/periods/" + last + "/runs?city=kogalym", null, 202);
        String runId = started.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        java.time.Instant billed = java.time.Instant.now().plusSeconds(60);
        String state;
        while ((state = staff(http, "GET", "/api/v1/admin/billing/periods/" + last + "/runs/" + runId, null, 200)).contains("RUNNING")) {
            assertTrue(state, java.time.Instant.now().isBefore(billed));
            Thread.sleep(200);
        }
        assertTrue(state, state.contains("\"DONE\""));

        // the tenant: signed up, the account linked, the phone confirmed with the code from the SMS
        String email = "vypiska@example.ru";
        MailFolder mail = new MailFolder(portal.home().resolve("data/mail"));
        assertEquals(202, json(http, "POST", "/api/v1/registrations",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"consent\":true}").statusCode());
        String confirm = mail.waitForLink(email, "confirmemail", 1, Duration.ofSeconds(30));
        assertEquals(200, json(http, "POST", "/api/v1/registrations/confirmations",
                "{\"token\":\"" + confirm.replaceAll(".*/confirmemail/([^/]+)/.*", "$1") + "\"}").statusCode());
        String token = json(http, "POST", "/api/v1/sessions", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")
                .body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        assertEquals(201, tenant(http, token, "POST", "/api/v1/me/accounts",
                "{\"number\":\"" + number + "\",\"city\":\"kogalym\",\"code\":\"" + code + "\"}").statusCode());
        assertEquals(202, tenant(http, token, "POST", "/api/v1/me/phone", "{\"phone\":\"" + phone + "\"}").statusCode());
        Path smsLog = portal.home().resolve("data/sms/sms.log");
        java.util.regex.Pattern phoneCode = java.util.regex.Pattern.compile(phone + "\\t[^\\t]+\\t[^\\n]*?(\\d{6})");
        java.time.Instant codeDeadline = java.time.Instant.now().plusSeconds(30);
        java.util.regex.Matcher sent;
        while (!(sent = phoneCode.matcher(Files.exists(smsLog) ? Files.readString(smsLog) : "")).find()) {
            assertTrue("the phone code goes out at once", java.time.Instant.now().isBefore(codeDeadline));
            Thread.sleep(250);
        }
        HttpResponse<String> verified = tenant(http, token, "POST", "/api/v1/me/phone/verification", "{\"code\":\"" + sent.group(1) + "\"}");
        assertEquals(verified.body(), 200, verified.statusCode());

        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        String lastMonth = java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", java.util.Locale.forLanguageTag("ru")).format(last);
        for (boolean phoneSize : new boolean[] {false, true}) {
            String size = phoneSize ? "390" : "1366";
            openBrowser(phoneSize);
            browser.get(portal.url("/#!billing"));
            type("signin-email", email);
            type("signin-password", PASSWORD);
            click("signin-submit");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statement-section")));
            if (!phoneSize) {
                // the statement from last month on: the PDF is what the browser saves
                choose("statement-from", lastMonth);
                wait.until(ExpectedConditions.textToBePresentInElementValue(By.cssSelector("#statement-from input"), lastMonth));
                click("statement-download");
                Path pdf = downloaded(Duration.ofSeconds(30));
                assertTrue(pdf.getFileName().toString(), pdf.getFileName().toString().startsWith("vypiska-" + number));
                byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(pdf), 4);
                assertEquals("%PDF", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
                click("statement-email");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("statement-result"), "Выписка отправлена на " + email));
            }
            scrollTo("statement-section");
            fits("the statement at " + size);
            shot(shots, "statement-" + size);

            if (phoneSize) {
                browser.get(portal.url("/#!notifications"));
            } else {
                // from the profile, where a tenant looks for such settings
                click("menu-profile");
                click("profile-notifications");
            }
            wait.until(ExpectedConditions.urlContains("#!notifications"));
            By paymentSms = By.cssSelector("#notify-" + number + "-payment-sms input");
            wait.until(ExpectedConditions.presenceOfElementLocated(paymentSms));
            assertTrue(find("notify-phone").getText().contains("+7 922 555-01-01"));
            if (!phoneSize) {
                assertTrue("on until switched off", browser.findElement(paymentSms).isSelected());
                // a tap on the words, as on a phone: Valo draws the box over the input
                browser.findElement(By.cssSelector("#notify-" + number + "-payment-sms label")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notify-" + number + "-result"),
                        "«SMS о поступлении оплаты» по счёту № " + number + " выключено"));
            } else {
                assertFalse("the switch stays off", browser.findElement(paymentSms).isSelected());
            }
            assertTrue(browser.findElement(By.cssSelector("#notify-" + number + "-debt-sms input")).isSelected());
            assertTrue(browser.findElement(By.cssSelector("#notify-" + number + "-statement-email input")).isSelected());
            fits("notifications at " + size);
            accessible("notifications at " + size);
            shot(shots, "notifications-" + size);
            browser.quit();
            browser = null;
        }
        String settings = tenant(http, token, "GET", "/api/v1/me/notification-settings", null).body();
        assertTrue(settings, settings.contains("\"phoneConfirmed\":true")
                && settings.contains("\"number\":\"" + number + "\"") && settings.contains("\"paymentSms\":false"));

        // a payment today: the statement letter is queued (the notices ran), the payment SMS is not
        staff(http, "POST", "/api/v1/admin/payments", "{\"id\":\"NOTIFY-1\",\"account\":\"" + accountId + "\",\"paidOn\":\""
                + java.time.LocalDate.now(zone) + "\",\"amount\":100}", 201);
        // the notices are queued after the payment's transaction: wait until none is pending
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (!staff(http, "GET", "/api/v1/admin/payments/notices", null, 200).contains("\"pending\":0")) {
            assertTrue("the payment's notices still pending after 30 s", java.time.Instant.now().isBefore(deadline));
            Thread.sleep(200);
        }
        assertTrue("the payment's statement letter is queued",
                staff(http, "GET", "/api/v1/admin/outbox?channel=EMAIL&limit=500", null, 200).contains("\"key\":\"statement-mail:" + accountId + ":"));
        Thread.sleep(3000); // several dispatcher runs
        String outbox = staff(http, "GET", "/api/v1/admin/outbox?channel=SMS&limit=500", null, 200);
        assertFalse("a payment SMS queued though switched off: " + outbox,
                java.util.regex.Pattern.compile("\\{[^{}]*\"key\":\"payment-sms:[^{}]*" + phone).matcher(outbox).find());
        assertFalse("a payment SMS sent though switched off", Files.readString(smsLog).lines()
                .anyMatch(line -> line.contains(phone) && line.contains("Получена оплата")));

        // staff: the debt SMS preview counts this tenant and sends nothing; then a run after the confirmation
        for (boolean phoneSize : new boolean[] {false, true}) {
            String size = phoneSize ? "390" : "1366";
            openBrowser(phoneSize);
            browser.get(portal.url("/admin#!debt-sms"));
            type("admin-name", MANAGER);
            type("admin-password", MANAGER_PASSWORD);
            click("admin-submit");
            click("admin-debt-sms-preview");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("admin-debt-sms-debtors")));
            // before the run this tenant would get one; after it, the preview counts them as having had it
            assertTrue(Integer.parseInt(find(phoneSize ? "admin-debt-sms-already" : "admin-debt-sms-would-queue").getText()) >= 1);
            assertTrue(find("admin-debt-sms-nothing-sent").getText().contains("ничего не отправлено"));
            fits("the debt SMS page at " + size);
            shot(shots, "admin-debt-sms-" + size);
            scrollTo("admin-debt-sms-preview-result");
            shot(shots, "admin-debt-sms-preview-" + size);
            if (!phoneSize) {
                click("admin-debt-sms-run");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("admin-debt-sms-confirm")));
                shot(shots, "admin-debt-sms-confirm-" + size);
                click("admin-debt-sms-confirm-yes");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-debt-sms-result"), "поставлено в очередь"));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-debt-sms-runs"), MANAGER));
                scrollTo("admin-debt-sms-runs-section");
                shot(shots, "admin-debt-sms-runs-" + size);
                // at 1366 px the runs' columns are all in view and no cell is cut short
                Object cut = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                        "var g = document.getElementById('admin-debt-sms-runs').getBoundingClientRect();"
                        + "return [...document.querySelectorAll('#admin-debt-sms-runs .v-grid-cell')]"
                        + ".filter(c => c.getBoundingClientRect().right > g.right + 1 || c.tagName === 'TD' && c.scrollWidth > c.clientWidth + 1)"
                        + ".map(c => c.textContent);");
                assertEquals("debt SMS runs cut off at 1366 px", java.util.List.of(), cut);
            }
            browser.quit();
            browser = null;
        }
    }

    /** A tenant's REST call with the session's bearer token. */
    private static HttpResponse<String> tenant(HttpClient http, String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.url(path))).header("Authorization", "Bearer " + token);
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The PDF the browser saved into its download folder, once complete (Chromium writes a hidden
     * temporary file and a .crdownload first, and renames the latter when done).
     */
    private Path downloaded(Duration timeout) throws Exception {
        java.time.Instant deadline = java.time.Instant.now().plus(timeout);
        while (true) {
            try (java.util.stream.Stream<Path> files = Files.list(downloads)) {
                java.util.Optional<Path> pdf = files.filter(f -> f.getFileName().toString().endsWith(".pdf")).findFirst();
                if (pdf.isPresent()) {
                    return pdf.get();
                }
            }
            assertTrue("nothing downloaded into " + downloads, java.time.Instant.now().isBefore(deadline));
            Thread.sleep(200);
        }
    }

    /** Scrolls the element to the top of the window, for a screenshot of it. */
    private void scrollTo(String id) throws Exception {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", find(id));
        Thread.sleep(200); // Vaadin's lazy parts render on scroll
    }

    /**
     * Staff keep billing's data in the admin area: a tariff (a price that is no number is refused under
     * its field), a key rate and a пени rule (one overlapping another of its kind is refused), an
     * account's ledger (an unknown number refused, a payment taken by hand, reversed only with a reason),
     * and the billing log names who did each change.
     */
    @Test
    public void staffKeepTariffsRatesAndAnAccountsPaymentsAndTheLogNamesThem() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        issueCode("81002");
        staff(http, "POST", "/api/v1/admin/services", "{\"code\":\"maintenance\",\"nameRu\":\"Содержание и ремонт\",\"nameEn\":\"Maintenance\","
                + "\"group\":\"MAINTENANCE\",\"unit\":\"M2\",\"base\":\"AREA\",\"accountKinds\":[\"UTILITIES\"]}", 200);
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        openBrowser();
        browser.get(portal.url("/admin#!tariffs"));
        type("admin-name", MANAGER);
        type("admin-password", MANAGER_PASSWORD);
        click("admin-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-services"), "Содержание и ремонт"));
        choose("admin-tariff-service", "maintenance · Содержание и ремонт");
        day("admin-tariff-from", "01.01.2026");
        type("admin-tariff-price", "дорого");
        click("admin-tariff-add");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("admin-tariff-price-error")));
        type("admin-tariff-price", "38,52");
        click("admin-tariff-add");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-tariffs"), "38,52"));
        assertTrue(find("admin-tariff-result").getText().contains("01.01.2026"));
        shot(shots, "admin-tariffs-1366");

        browser.get(portal.url("/admin#!rates"));
        day("admin-key-rate-from", "16.02.2026");
        type("admin-key-rate-percent", "15,5");
        type("admin-key-rate-source", "решение Банка России от 13.02.2026");
        click("admin-key-rate-save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-key-rates"), "15,5 %"));
        choose("admin-rule-kind", "Ограничение ставки");
        day("admin-rule-from", "01.06.2026");
        type("admin-rule-cap", "8");
        type("admin-rule-source", "ПП РФ (пример)");
        click("admin-rule-save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-rule-from-error"), "28.02.2022"));
        assertTrue(find("admin-rule-summary").getText().contains("пересекаются"));
        shot(shots, "admin-rates-1366");

        browser.get(portal.url("/admin#!ledger"));
        choose("admin-ledger-city", "Сургут");
        type("admin-ledger-number", "99999");
        click("admin-ledger-find");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-ledger-number-error"), "99999"));
        type("admin-ledger-number", "81002");
        click("admin-ledger-find");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-ledger-heading"), "№ 81002"));
        type("admin-payment-id", "HAND-1");
        type("admin-payment-amount", "0");
        click("admin-payment-post");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("admin-payment-amount-error")));
        type("admin-payment-amount", "250,50");
        click("admin-payment-post");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-ledger-payments"), "HAND-1"));
        browser.findElement(By.xpath("//*[@id='admin-ledger-payments']//td[text()='HAND-1']")).click();
        click("admin-payment-reverse");
        click("admin-reverse-yes");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("admin-reverse-reason-error")));
        type("admin-reverse-reason", "платёж другого счёта");
        click("admin-reverse-yes");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-ledger-payments"), "Сторнирован: платёж другого счёта"));
        shot(shots, "admin-ledger-1366");

        browser.get(portal.url("/admin#!billing-audit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-billing-audit"), "Платёж сторнирован"));
        String log = find("admin-billing-audit").getText();
        for (String line : new String[] {"Тариф добавлен", "Ключевая ставка", "Платёж проведён", "81002 · ул. Мира", MANAGER}) {
            assertTrue(line + " in " + log, log.contains(line));
        }
        assertFalse("a refused rule leaves no row: " + log, log.contains("Правило для пени"));
        shot(shots, "admin-billing-audit-1366");
    }

    /** Picks an item of a Vaadin combo box by its caption. */
    private void choose(String id, String item) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " .v-filterselect-button"))).click();
        clickOption(By.xpath("//div[@id='VAADIN_COMBOBOX_OPTIONLIST']//td[contains(@class,'gwt-MenuItem')]/span[text()='" + item + "']"));
    }

    /** Types a day into a Vaadin date field and leaves it, so the value is sent. */
    private void day(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.clear();
        input.sendKeys(text, org.openqa.selenium.Keys.TAB);
    }

    private static String staff(HttpClient http, String method, String path, String body, int expected) throws Exception {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (MANAGER + ":" + MANAGER_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.url(path))).header("Authorization", basic);
        request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(path + ": " + answer.body(), expected, answer.statusCode());
        return answer.body();
    }

    /** No sideways scrolling: the page is as wide as the window. */
    private void fits(String what) {
        Object widths = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return [document.documentElement.scrollWidth, window.innerWidth]");
        java.util.List<?> w = (java.util.List<?>) widths;
        assertTrue(what + " scrolls sideways: " + w, ((Number) w.get(0)).longValue() <= ((Number) w.get(1)).longValue());
    }

    private void shot(Path folder, String name) throws Exception {
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static HttpResponse<String> json(HttpClient http, String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(portal.url(path))).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String issueCode(String number) throws Exception {
        return issueCode(number, "surgut", "81001;Сургут;rent;ул. Мира д. 1 кв. 1;40,5;2\n81002;Сургут;utilities;ул. Мира д. 1 кв. 1;40,5;2\n");
    }

    /** Imports the accounts (CSV lines without the header) over REST and issues a registration code for one of them. */
    private static String issueCode(String number, String city, String accounts) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (MANAGER + ":" + MANAGER_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/admin/accounts/import")))
                .header("Authorization", basic).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("number;city;kind;address;area;residents\n" + accounts))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(imported.body(), 200, imported.statusCode());
        String issued = http.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/admin/accounts/" + accountId(number, city)
                        + "/registration-code"))).header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return issued.replaceAll(".*\"code\":\"([^\"]+)\".*", "$1");
    }

    /** The portal's id of the account with this number in the city, from the staff's list. */
    private static String accountId(String number, String city) throws Exception {
        String list = staff(HttpClient.newHttpClient(), "GET", "/api/v1/admin/accounts?city=" + city, null, 200);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\\{\"id\":\"([^\"]+)\",\"number\":\"" + number + "\"").matcher(list);
        assertTrue(list, id.find());
        return id.group(1);
    }

    @Test
    public void aCodeGoesOutAtNightAndAHeldSmsSurvivesARestart() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String email = "boris@example.ru";
        HttpResponse<String> signUp = post(http, "/api/v1/registrations",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"consent\":true}");
        assertEquals(signUp.body(), 202, signUp.statusCode());
        String link = new MailFolder(portal.home().resolve("data/mail")).waitForLink(email, "confirmemail", 1, Duration.ofSeconds(30));
        String token = link.replaceAll(".*/confirmemail/([^/]+)/$", "$1");
        assertEquals(200, post(http, "/api/v1/registrations/confirmations", "{\"token\":\"" + token + "\"}").statusCode());

        String bearer = post(http, "/api/v1/sessions", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}")
                .body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> phone = http.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/me/phone")))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + bearer)
                .POST(HttpRequest.BodyPublishers.ofString("{\"phone\":\"9334445566\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(phone.body(), 202, phone.statusCode());
        Path smsLog = portal.home().resolve("data/sms/sms.log");
        java.time.Instant codeDeadline = java.time.Instant.now().plusSeconds(30);
        while (!(Files.exists(smsLog) && Files.readString(smsLog).contains("9334445566"))) {
            assertTrue("the phone code goes out in quiet hours: the tenant is waiting for it",
                    java.time.Instant.now().isBefore(codeDeadline));
            Thread.sleep(250);
        }

        // a routine SMS (the staff's test SMS) waits for the end of the quiet hours
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (MANAGER + ":" + MANAGER_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> routine = http.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/admin/sms")))
                .header("Content-Type", "application/json").header("Authorization", basic)
                .POST(HttpRequest.BodyPublishers.ofString("{\"phone\":\"9334445577\",\"text\":\"Проверка\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(routine.body(), 202, routine.statusCode());
        Thread.sleep(3000); // several dispatcher runs
        assertFalse("quiet hours hold a routine SMS", Files.readString(smsLog).contains("9334445577"));

        portal.stop();
        portal.setProperty("etc/org.kabinet.sms.cfg", "quietFrom", "00:00");
        portal.setProperty("etc/org.kabinet.sms.cfg", "quietTo", "00:00");
        portal.start();

        HttpResponse<String> session = post(http, "/api/v1/sessions", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(session.body(), 200, session.statusCode());
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (!Files.readString(smsLog).contains("9334445577")) {
            assertTrue("the queued SMS went out after the restart", java.time.Instant.now().isBefore(deadline));
            Thread.sleep(250);
        }
        Thread.sleep(3000); // a few more dispatcher runs: nothing may come twice
        assertEquals(1, Files.readString(smsLog).split("9334445577", -1).length - 1);
        assertEquals(1, Files.readString(smsLog).split("9334445566", -1).length - 1);
    }

    private static HttpResponse<String> post(HttpClient http, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(portal.url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private WebElement find(String id) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    }

    private void click(String id) {
        find(id).click();
    }

    private void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }
}
