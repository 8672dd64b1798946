package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.mail.internet.MimeMessage;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue #12 in a real browser against the distribution started as a process: a tenant writes a message
 * with a photo on «Обращения», staff answer it in {@code /admin} («Обращения»), and the tenant sees the
 * answer and the badge in the menu; the feedback form at the foot of the page, signed out; an announcement
 * staff publish appears on «Объявления» and is marked read when opened. Screenshots of each at 390×844
 * and 1366×900 go to {@code target/screens/}.
 */
public class BrowserCommunicationIT extends BrowserTest {
    /** Ports 18591–18594: away from the other distribution tests (18181, 18281, 18581, 18781, 18981). */
    private static final int PORT = 18591;
    private static final String MANAGER = "comm-browser-manager";
    private static final String MANAGER_PASSWORD = "comm-browser-password";
    private static final String EMAIL = "zhilets@example.ru";
    private static final String PASSWORD = "ветер гонит листья к реке";
    private static final String NUMBER = "78001";
    /** The company's e-mail of the default etc/org.kabinet.company.cfg: the mailbox unless configured otherwise. */
    private static final String COMPANY_MAILBOX = "info@kabinet.local";
    private static final Pattern THREAD_NUMBER = Pattern.compile("О-\\d{4}-\\d{5}");
    private static DistributionProcess portal;
    private static Http http;
    private static String token;

    @BeforeClass
    public static void startPortal() throws Exception {
        portal = DistributionProcess.unpack("communication-browser-portal", PORT);
        portal.setProperty("etc/users.properties", MANAGER, MANAGER_PASSWORD + ",manager");
        portal.start();
        http = new Http(PORT);
        token = tenantWithAccount();
    }

    @AfterClass
    public static void stopPortal() throws Exception {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    public void tenantWritesWithAPhotoStaffAnswerAndTheTenantSeesTheAnswer() throws Exception {
        Path photo = Files.createTempDirectory("kabinet-photo").resolve("kran.jpg");
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 320; x++) {
            for (int y = 0; y < 240; y++) {
                image.setRGB(x, y, (x % 256) << 16 | (y % 256) << 8 | 0x60);
            }
        }
        assertTrue(ImageIO.write(image, "jpg", photo.toFile()));

        // on a phone: with nothing written yet the form is open; the photo is attached and the message sent
        openBrowser(true);
        signIn("/#!messages");
        find("message-form");
        browser.findElement(By.xpath("//*[@id='message-topic']//label[text()='Ремонт']")).click();
        type("message-text", "Течёт кран на кухне, фото прилагаю");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#message-upload input[type=file]")))
                .sendKeys(photo.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-upload-file-0"), "kran.jpg"));
        settled();
        fits("the message form at 390");
        shot("messages-form-390");
        click("message-send");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message-result"), "О-"));
        Matcher numberShown = THREAD_NUMBER.matcher(find("message-result").getText());
        assertTrue(find("message-result").getText(), numberShown.find());
        String number = numberShown.group();
        String row = "thread-" + number.replaceAll("[^0-9-]", "").replaceAll("^-+", "");
        find(row);
        settled();
        fits("the messages page at 390");
        shot("messages-390");
        browser.quit();
        browser = null;

        // REST: the company's mailbox has the letter, the staff inbox the thread with the photo
        awaitLetter(COMPANY_MAILBOX, number);
        String inbox = staff("GET", "/api/v1/admin/messages", null, 200);
        Matcher threadId = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"number\":\"" + number + "\"").matcher(inbox);
        assertTrue(inbox, threadId.find());
        String details = staff("GET", "/api/v1/admin/messages/" + threadId.group(1), null, 200);
        assertTrue(details, details.contains("kran.jpg") && details.contains("\"contentType\":\"image/jpeg\""));

        // staff: the inbox at both sizes; at 1366 the thread opened and answered
        String answer = "Сантехник придёт завтра с 10 до 12 часов";
        openBrowser(true);
        staffSignIn("/admin#!inbox");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-grid"), number));
        settled();
        fits("the admin inbox at 390");
        shot("admin-inbox-390");
        browser.quit();
        browser = null;
        openBrowser(false);
        staffSignIn("/admin");
        browser.findElement(By.xpath("//div[contains(@class,'v-tabsheet-tabitem')]//div[text()='Обращения']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-grid"), number));
        wait.until(ExpectedConditions.urlContains("#!inbox"));
        settled();
        fits("the admin inbox at 1366");
        shot("admin-inbox-1366");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='inbox-grid']//td[contains(@class,'v-grid-cell')][contains(., '" + number + "')]"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-thread-title"), number));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-thread"), "kran.jpg"));
        type("answer-text", answer);
        click("answer-send");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answer-result")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-thread"), answer));
        settled();
        fits("the answered thread in the admin inbox at 1366");
        scrollTo("inbox-thread");
        shot("admin-thread-answered-1366");
        browser.quit();
        browser = null;
        awaitLetter(EMAIL, answer);

        // the tenant at 1366: the badge in the menu, the mark on the thread, the answer in it
        openBrowser(false);
        signIn("/#!messages");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#menu-messages .kabinet-badge"), "1"));
        find(row + "-unread");
        settled();
        fits("the messages page at 1366");
        shot("messages-1366");
        click(row);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread-posts"), answer));
        assertTrue(find("thread-title").getText(), find("thread-title").getText().contains(number));
        assertTrue(find("thread-posts").getText(), find("thread-posts").getText().contains("kran.jpg"));
        settled();
        fits("the thread at 1366");
        scrollTo("thread-view");
        shot("thread-answered-1366");
        // read now: the badge goes at the next page
        browser.get(portal.url("/#!welcome"));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu-messages")));
        settled();
        assertTrue("the badge stays after reading: " + find("menu-messages").getText(),
                browser.findElements(By.cssSelector("#menu-messages .kabinet-badge")).isEmpty());
        browser.quit();
        browser = null;

        // and on a phone
        openBrowser(true);
        signIn("/#!messages");
        click(row);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("thread-posts"), answer));
        settled();
        fits("the thread at 390");
        scrollTo("thread-view");
        shot("thread-answered-390");
        assertTrue(http.get("/api/v1/me/messages/unread", token).body().contains("\"messages\":0"));
    }

    @Test
    public void theFeedbackFormWorksSignedOut() throws Exception {
        String number = null;
        for (boolean phone : new boolean[] {true, false}) {
            String size = phone ? "390" : "1366";
            openBrowser(phone);
            browser.get(portal.url("/"));
            click("footer-feedback");
            find("feedback-name");
            type("feedback-name", "Ирина " + size);
            type("feedback-contact", "irina" + size + "@example.ru");
            type("feedback-text", "Не работает домофон во втором подъезде");
            // the field only bots fill is out of a person's sight
            Object honeypot = ((JavascriptExecutor) browser).executeScript("var r = document.getElementById('feedback-website')"
                    + ".getBoundingClientRect(); return r.right <= 0 || r.left >= window.innerWidth || r.width <= 1;");
            assertEquals("the honeypot is in sight", Boolean.TRUE, honeypot);
            settled();
            fits("the feedback dialog at " + size);
            shot("feedback-" + size);
            click("feedback-send");
            wait.until(d -> !d.findElements(By.id("feedback-thanks")).isEmpty()
                    && THREAD_NUMBER.matcher(d.findElement(By.id("feedback-thanks")).getText()).find());
            Matcher shown = THREAD_NUMBER.matcher(find("feedback-thanks").getText());
            assertTrue(shown.find());
            number = shown.group();
            settled();
            shot("feedback-sent-" + size);
            browser.quit();
            browser = null;
        }
        String inbox = staff("GET", "/api/v1/admin/messages?feedback=true", null, 200);
        assertTrue(inbox, inbox.contains("\"number\":\"" + number + "\"") && inbox.contains("irina1366@example.ru"));
        awaitLetter(COMPANY_MAILBOX, number);
    }

    @Test
    public void anAnnouncementStaffPublishAppearsInTheCabinetAndIsMarkedRead() throws Exception {
        String title = "Отключение горячей воды 10 июня";
        openBrowser(false);
        staffSignIn("/admin#!announcements-admin");
        type("announcement-title", title);
        // the rich text editor is an editable document in a frame
        browser.switchTo().frame(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#announcement-text iframe"))));
        browser.findElement(By.tagName("body")).click();
        browser.findElement(By.tagName("body")).sendKeys("Уважаемые жители! Горячей воды не будет с 9:00 до 18:00.");
        browser.switchTo().defaultContent();
        // for everyone (the form's default), ordinary, now
        click("announcement-publish");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("announcement-publish-text"), title));
        settled();
        shot("admin-announcement-confirm-1366");
        click("announcement-publish-confirm");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("announcement-result"), title));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("announcements-grid"), title));
        settled();
        fits("the staff announcements at 1366");
        browser.quit();
        browser = null;
        String list = staff("GET", "/api/v1/admin/announcements", null, 200);
        Matcher id = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"title\":\"" + title + "\"").matcher(list);
        assertTrue(list, id.find());
        awaitLetter(EMAIL, title);

        // on a phone: new, unread; opened, read — for staff too
        openBrowser(true);
        signIn("/#!announcements");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("announcements-list"), title));
        find("announcement-0-new");
        settled();
        fits("the announcements at 390");
        shot("announcements-390");
        click("announcement-0-open");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("announcement-0-body"), "Горячей воды не будет"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("announcement-0-new")));
        settled();
        shot("announcement-read-390");
        browser.quit();
        browser = null;
        assertTrue(http.get("/api/v1/me/announcements", token).body().contains("\"read\":true"));
        String after = staff("GET", "/api/v1/admin/announcements/" + id.group(1), null, 200);
        assertTrue(after, after.contains("\"read\":1"));

        // staff see the announcement read in their list
        openBrowser(false);
        staffSignIn("/admin#!announcements-admin");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("announcements-grid"), title));
        scrollTo("announcements-grid");
        shot("admin-announcements-1366");
        browser.quit();
        browser = null;

        openBrowser(false);
        signIn("/#!announcements");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("announcements-list"), title));
        assertFalse("read stays read", find("announcement-0").getAttribute("class").contains("kabinet-unread"));
        click("announcement-0-open");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("announcement-0-body"), "Горячей воды не будет"));
        settled();
        fits("the announcements at 1366");
        shot("announcements-1366");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** The tenant: signed up over REST, confirmed by the letter's link, the account 78001 linked; returns the session token. */
    private static String tenantWithAccount() throws Exception {
        HttpResponse<String> imported = http.staff("POST", "/api/v1/admin/accounts/import", "text/csv",
                "number;city;kind;address;area;residents\n" + NUMBER + ";Сургут;utilities;\"ул. Берёзовая, д. 4, кв. 9\";48,2;2\n",
                MANAGER, MANAGER_PASSWORD);
        assertEquals(imported.body(), 200, imported.statusCode());
        Matcher id = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"number\":\"" + NUMBER + "\"")
                .matcher(staff("GET", "/api/v1/admin/accounts?city=surgut", null, 200));
        assertTrue(id.find());
        String code = Tenants.field(staff("POST", "/api/v1/admin/accounts/" + id.group(1) + "/registration-code", null, 201), "code");
        assertEquals(202, http.post("/api/v1/registrations",
                "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\",\"consent\":true}", null).statusCode());
        String link = new MailFolder(portal.home().resolve("data/mail")).waitForLink(EMAIL, "confirmemail", 1, Duration.ofSeconds(30));
        assertEquals(200, http.post("/api/v1/registrations/confirmations",
                "{\"token\":\"" + link.replaceAll(".*/confirmemail/([^/]+)/.*", "$1") + "\"}", null).statusCode());
        HttpResponse<String> session = http.post("/api/v1/sessions", "{\"email\":\"" + EMAIL + "\",\"password\":\"" + PASSWORD + "\"}", null);
        assertEquals(session.body(), 200, session.statusCode());
        String signedIn = Tenants.field(session.body(), "token");
        HttpResponse<String> linked = http.post("/api/v1/me/accounts",
                "{\"number\":\"" + NUMBER + "\",\"city\":\"surgut\",\"code\":\"" + code + "\"}", signedIn);
        assertEquals(linked.body(), 201, linked.statusCode());
        return signedIn;
    }

    private static String staff(String method, String path, String body, int expected) throws Exception {
        HttpResponse<String> answer = http.staff(method, path, body == null ? null : "application/json", body, MANAGER, MANAGER_PASSWORD);
        assertEquals(path + ": " + answer.body(), expected, answer.statusCode());
        return answer.body();
    }

    /** Waits for a letter to the address in data/mail/ whose subject or text has the words. */
    private static void awaitLetter(String to, String words) throws Exception {
        MailFolder mail = new MailFolder(portal.home().resolve("data/mail"));
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            for (MimeMessage letter : mail.lettersTo(to)) {
                if (String.valueOf(letter.getSubject()).contains(words) || MailFolder.text(letter).contains(words)) {
                    return;
                }
            }
            assertTrue("no letter to " + to + " with «" + words + "»", Instant.now().isBefore(deadline));
            Thread.sleep(200);
        }
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

    private void staffSignIn(String page) {
        browser.get(portal.url(page));
        type("admin-name", MANAGER);
        type("admin-password", MANAGER_PASSWORD);
        click("admin-submit");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-who"), MANAGER));
    }
}
