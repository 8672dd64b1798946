package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.mail.internet.MimeMessage;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue #17 in two real browsers against the distribution started as a process: the holder invites a family member
 * on «Лицевые счета» (1366 px); the member opens the letter's link on a phone (390 px), signs in there, accepts and
 * sees the account «доступ от владельца»; the holder revokes the access and the member's open tab loses the account
 * at the next click. Screenshots: {@code target/screens/household-*.png}.
 */
public class BrowserHouseholdIT extends BrowserTest {
    /** Ports 18861–18864: away from the other distribution tests. */
    private static final int PORT = 18861;
    private static final String MANAGER = "household-browser-manager";
    private static final String MANAGER_PASSWORD = "household-browser-password";
    private static final String HOLDER = "vladelets@example.ru";
    private static final String MEMBER = "doch@example.ru";
    private static final String PASSWORD = "семья живёт в квартире дружно";
    private static final String NUMBER = "78001";
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+#!accounts/invitation/[A-Za-z0-9_-]{43}");
    private static DistributionProcess portal;

    @BeforeClass
    public static void startPortal() throws Exception {
        portal = DistributionProcess.unpack("household-browser-portal", PORT);
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
    public void theHolderInvitesInOneBrowserTheMemberAcceptsInAnotherAndLosesTheAccountWhenRevoked() throws Exception {
        Http http = new Http(PORT);
        HttpResponse<String> imported = http.staff("POST", "/api/v1/admin/accounts/import", "text/csv",
                "number;city;kind;address;area;residents\n" + NUMBER + ";Сургут;rent;\"ул. Энергетиков, д. 3, кв. 41\";64,2;4\n",
                MANAGER, MANAGER_PASSWORD);
        assertEquals(imported.body(), 200, imported.statusCode());
        String list = http.staff("GET", "/api/v1/admin/accounts?city=surgut", null, null, MANAGER, MANAGER_PASSWORD).body();
        Matcher idMatch = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"number\":\"" + NUMBER + "\"").matcher(list);
        assertTrue(list, idMatch.find());
        String accountId = idMatch.group(1);
        String code = Tenants.field(http.staff("POST", "/api/v1/admin/accounts/" + accountId + "/registration-code", null, null,
                MANAGER, MANAGER_PASSWORD).body(), "code");
        String holderToken = signedUp(http, HOLDER);
        String memberToken = signedUp(http, MEMBER);
        String memberId = Tenants.field(http.get("/api/v1/me", memberToken).body(), "id");
        HttpResponse<String> linked = http.post("/api/v1/me/accounts",
                "{\"number\":\"" + NUMBER + "\",\"city\":\"surgut\",\"code\":\"" + code + "\"}", holderToken);
        assertEquals(linked.body(), 201, linked.statusCode());

        // the holder, on a wide screen: a wrong address is refused under the field, then the invitation goes
        openBrowser(false);
        signIn(HOLDER, "/#!accounts");
        find("household-" + accountId);
        if (!browser.findElement(By.id("household-body-" + accountId)).isDisplayed()) {
            click("household-toggle-" + accountId);
        }
        type("invite-email-" + accountId, "не адрес");
        click("invite-send-" + accountId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invite-email-" + accountId + "-error"), "e-mail"));
        type("invite-email-" + accountId, MEMBER);
        click("invite-send-" + accountId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invite-result-" + accountId), MEMBER));
        assertTrue(find("invite-result-" + accountId).getText(), find("invite-result-" + accountId).getText().contains("7 дней"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("household-people-" + accountId), MEMBER));
        settled();
        scrollTo("household-" + accountId);
        fits("the household section at 1366");
        shot("household-invited-1366");
        WebDriver holderBrowser = browser;
        WebDriverWait holderWait = wait;
        browser = null;

        String invitation = invitationLink(MEMBER);
        try {
            // the member, on a phone, in a browser of their own: the link, the sign-in, the invitation, accept
            openBrowser(true);
            browser.get(invitation);
            type("signin-email", MEMBER);
            type("signin-password", PASSWORD);
            click("signin-submit");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitation-panel"), NUMBER));
            assertTrue(find("invitation-text").getText(), find("invitation-text").getText().contains("только просмотр")
                    || find("invitation-panel").getText().contains("только просмотр"));
            settled();
            fits("the invitation at 390");
            shot("household-invitation-390");
            assertFalse("the token leaves the address: " + browser.getCurrentUrl(), browser.getCurrentUrl().contains("invitation/"));
            click("invitation-accept");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-badge-" + accountId)));
            assertTrue(find("access-badge-" + accountId).getText(), find("access-badge-" + accountId).getText().contains("доступ от"));
            assertTrue(find("access-role-" + accountId).getText().toLowerCase().contains("просмотр"));
            assertTrue("no household section for a member", browser.findElements(By.id("household-" + accountId)).isEmpty());
            settled();
            scrollTo("account-card-" + accountId);
            fits("the member's account at 390");
            shot("household-member-390");
            WebDriver memberBrowser = browser;
            WebDriverWait memberWait = wait;

            // the holder sees the member and revokes the access
            browser = holderBrowser;
            wait = holderWait;
            browser.navigate().refresh();
            String member = "member-" + accountId + "-" + memberId;
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(member), MEMBER));
            if (!browser.findElement(By.id("household-body-" + accountId)).isDisplayed()) {
                click("household-toggle-" + accountId);
            }
            String people = find("household-people-" + accountId).getText();
            assertTrue(people, people.toLowerCase().contains("только просмотр"));
            assertFalse("the member has opened the accounts since: " + people, people.contains("ещё не заходил"));
            click("revoke-" + accountId + "-" + memberId);
            click("revoke-confirm");
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(member)));
            settled();
            shot("household-revoked-1366");

            // the member's open tab: the next click shows the cabinet without the account
            browser = memberBrowser;
            wait = memberWait;
            menu("menu-billing");
            menu("menu-accounts");
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("access-badge-" + accountId)));
            assertFalse(find("page-accounts").getText(), find("page-accounts").getText().contains(NUMBER));
            assertEquals(404, http.get("/api/v1/me/accounts/" + accountId, memberToken).statusCode());
            shot("household-gone-390");
        } finally {
            holderBrowser.quit();
        }
    }

    /** A confirmed tenant, over REST; returns the session token. */
    private static String signedUp(Http http, String email) throws Exception {
        assertEquals(202, http.post("/api/v1/registrations",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"consent\":true}", null).statusCode());
        String link = new MailFolder(portal.home().resolve("data/mail")).waitForLink(email, "confirmemail", 1, Duration.ofSeconds(30));
        assertEquals(200, http.post("/api/v1/registrations/confirmations",
                "{\"token\":\"" + link.replaceAll(".*/confirmemail/([^/]+)/.*", "$1") + "\"}", null).statusCode());
        HttpResponse<String> session = http.post("/api/v1/sessions", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", null);
        assertEquals(session.body(), 200, session.statusCode());
        return Tenants.field(session.body(), "token");
    }

    /** The link of the newest invitation letter to the address. */
    private static String invitationLink(String email) throws Exception {
        MailFolder mail = new MailFolder(portal.home().resolve("data/mail"));
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> letters = mail.lettersTo(email);
            for (int i = letters.size() - 1; i >= 0; i--) {
                Matcher link = LINK.matcher(MailFolder.text(letters.get(i)));
                if (link.find()) {
                    return link.group();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no invitation letter to " + email);
    }

    /** Opens a page from the menu, unfolding it first on a phone. */
    private void menu(String item) {
        if (!browser.findElement(By.id(item)).isDisplayed()) {
            click("menu-toggle");
        }
        click(item);
        settled();
    }

    private void signIn(String email, String page) {
        browser.get(portal.url(page));
        type("signin-email", email);
        type("signin-password", PASSWORD);
        click("signin-submit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-" + page.substring(page.indexOf('!') + 1))));
    }
}
