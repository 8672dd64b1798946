package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.mail.BodyPart;
import javax.mail.Multipart;
import javax.mail.internet.MimeMessage;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Statements and billing notices in the booted distribution: a payment over REST gives one payment
 * SMS and one statement letter with the PDF; the same payment again gives nothing new; a second
 * payment in the month an SMS but no second letter; the statement downloads as a PDF and is e-mailed
 * at most 3 times a day; the debt SMS run twice queues one SMS per tenant; switched-off settings and
 * the one-click unsubscribe link are respected.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class StatementsContainerIT extends KabinetContainer {
    private static final String MANAGER = "notices-manager";
    private static final String MANAGER_PASSWORD = "notices-password-1";
    private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
    private static final String PHONE = "9227654321";
    private static final String EMAIL = "statement@example.ru";

    @javax.inject.Inject
    org.apache.karaf.shell.api.console.SessionFactory console;

    @Configuration
    public Option[] config() {
        return distributionWithMail(editConfigurationFilePut("etc/users.properties", MANAGER, MANAGER_PASSWORD + ",manager"));
    }

    private HttpResponse<String> manager(Http http, String method, String path, String type, String body) throws Exception {
        return http.staff(method, path, type, body, MANAGER, MANAGER_PASSWORD);
    }

    private static Path smsLog() {
        return Path.of(System.getProperty("karaf.data"), "sms", "sms.log");
    }

    /** Lines of the log gateway's file to the phone that contain the text. */
    private static long sms(String text) throws Exception {
        return Files.exists(smsLog()) ? Files.readAllLines(smsLog()).stream().filter(l -> l.contains(PHONE) && l.contains(text)).count() : 0;
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> done) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!done.call()) {
            assertTrue("waited in vain for " + what, Instant.now().isBefore(deadline));
            Thread.sleep(200);
        }
    }

    private static List<MimeMessage> letters() throws Exception {
        return Pop3.letters(Integer.getInteger("kabinet.test.pop3.port"), EMAIL, EMAIL);
    }

    private static List<MimeMessage> statementLetters() throws Exception {
        List<MimeMessage> result = new java.util.ArrayList<>();
        for (MimeMessage m : letters()) {
            if (m.getSubject().startsWith("Выписка")) {
                result.add(m);
            }
        }
        return result;
    }

    /** The PDF part of a letter (javax.mail finds its multipart handler through its own bundle's class loader). */
    private static BodyPart pdfPart(MimeMessage letter) throws Exception {
        Thread.currentThread().setContextClassLoader(javax.mail.Session.class.getClassLoader());
        Multipart mixed = (Multipart) letter.getContent();
        for (int i = 0; i < mixed.getCount(); i++) {
            BodyPart part = mixed.getBodyPart(i);
            if (part.isMimeType("application/pdf")) {
                return part;
            }
        }
        throw new AssertionError("no PDF in the letter " + letter.getSubject());
    }

    /** Posts a payment dated today: 201 when posted, 200 for a repeat. */
    private int payment(Http http, String accountId, String id, String amount) throws Exception {
        return manager(http, "POST", "/api/v1/admin/payments", "application/json", "{\"id\":\"" + id + "\",\"account\":\"" + accountId
                + "\",\"paidOn\":\"" + LocalDate.now(ZONE) + "\",\"amount\":" + amount + "}").statusCode();
    }

    @Test
    public void paymentsSendOneSmsAndOneStatementAMonthTheDebtSmsGoesOnceAndSettingsAreRespected() throws Exception {
        Http http = new Http(Integer.getInteger("kabinet.test.http.port"));
        assertEquals(200, manager(http, "POST", "/api/v1/admin/services", "application/json",
                "{\"code\":\"rent\",\"nameRu\":\"Плата за наём\",\"nameEn\":\"Rent\",\"group\":\"RENT\",\"unit\":\"M2\",\"base\":\"AREA\","
                        + "\"accountKinds\":[\"RENT\"]}").statusCode());
        assertEquals(201, manager(http, "POST", "/api/v1/admin/tariffs", "application/json",
                "{\"service\":\"rent\",\"scope\":\"COMPANY\",\"from\":\"2020-01-01\",\"price\":12.37}").statusCode());
        assertEquals(200, manager(http, "POST", "/api/v1/admin/accounts/import", "text/csv",
                "number;city;kind;address;area;residents\n92001;Сургут;rent;\"ул. Мира, д. 9, кв. 2\";39,1;2\n").statusCode());
        Matcher idMatch = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"number\":\"92001\"")
                .matcher(manager(http, "GET", "/api/v1/admin/accounts?city=surgut", null, null).body());
        assertTrue(idMatch.find());
        String accountId = idMatch.group(1);
        String code = Tenants.field(manager(http, "POST", "/api/v1/admin/accounts/" + accountId + "/registration-code", null, null).body(),
                "code");
        // last month billed: 39,1 m² × 12,37 = 483,67 owed from the 1st
        YearMonth last = YearMonth.now(ZONE).minusMonths(1);
        HttpResponse<String> run = manager(http, "POST", "/api/v1/admin/billing/periods/" + last + "/runs", null, null);
        assertEquals(run.body(), 202, run.statusCode());
        waitFor("the billing run", () -> manager(http, "GET", "/api/v1/admin/accounts/" + accountId + "/ledger", null, null).body()
                .contains("483.67"));

        // the tenant links the account and confirms the phone
        String token = Tenants.signedUp(http, EMAIL);
        assertEquals(201, http.post("/api/v1/me/accounts", "{\"number\":\"92001\",\"city\":\"surgut\",\"code\":\"" + code + "\"}", token)
                .statusCode());
        assertEquals(202, http.post("/api/v1/me/phone", "{\"phone\":\"" + PHONE + "\"}", token).statusCode());
        String[] sent = new String[1];
        waitFor("the phone code", () -> {
            Matcher m = Pattern.compile(PHONE + "\\t[^\\t]+\\t[^\\n]*?(\\d{6})")
                    .matcher(Files.exists(smsLog()) ? Files.readString(smsLog()) : "");
            boolean found = m.find();
            sent[0] = found ? m.group(1) : null;
            return found;
        });
        assertEquals(200, http.post("/api/v1/me/phone/verification", "{\"code\":\"" + sent[0] + "\"}", token).statusCode());

        // settings: all on by default
        HttpResponse<String> settings = http.get("/api/v1/me/notification-settings", token);
        assertEquals(settings.body(), 200, settings.statusCode());
        assertTrue(settings.body(), settings.body().contains("\"phoneConfirmed\":true")
                && settings.body().contains("\"debtSms\":true,\"paymentSms\":true,\"statementEmail\":true"));

        // a payment: one SMS, one statement letter with the PDF and the unsubscribe headers
        assertEquals(201, payment(http, accountId, "ST-1", "100"));
        waitFor("the payment SMS", () -> sms("Получена оплата 100,00") == 1);
        assertTrue(Files.readString(smsLog()), sms("Остаток долга 383,67") == 1);
        waitFor("the statement letter", () -> statementLetters().size() == 1);
        MimeMessage letter = statementLetters().get(0);
        BodyPart pdf = pdfPart(letter);
        assertTrue(pdf.getFileName(), pdf.getFileName().startsWith("vypiska-92001-"));
        byte[] bytes = pdf.getInputStream().readAllBytes();
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        String unsubscribe = letter.getHeader("List-Unsubscribe")[0];
        assertEquals("List-Unsubscribe=One-Click", letter.getHeader("List-Unsubscribe-Post")[0]);
        assertTrue(unsubscribe, unsubscribe.matches("<http://localhost:\\d+/api/v1/unsubscribe/[A-Za-z0-9_.-]+>"));

        // the same payment again: nothing new; a second payment this month: an SMS but no second letter
        assertEquals(200, payment(http, accountId, "ST-1", "100"));
        assertEquals(201, payment(http, accountId, "ST-2", "50"));
        waitFor("the second payment SMS", () -> sms("Получена оплата 50,00") == 1);
        Thread.sleep(2000);
        assertEquals(1, sms("Получена оплата 100,00"));
        assertEquals(1, statementLetters().size());

        // the statement: a PDF for a range; a bad range 422; another tenant 404
        HttpResponse<String> download = http.send("GET", "/api/v1/me/accounts/" + accountId + "/statement?from=" + last + "&to="
                + YearMonth.now(ZONE), null, null, "Bearer " + token, "application/pdf");
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse(""), download.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/pdf"));
        assertTrue(download.body().startsWith("%PDF"));
        HttpResponse<String> badRange = http.get("/api/v1/me/accounts/" + accountId + "/statement?from=" + YearMonth.now(ZONE).plusMonths(1),
                token);
        assertEquals(badRange.body(), 422, badRange.statusCode());
        assertTrue(badRange.body(), badRange.body().contains("billing.statement.range"));
        String stranger = Tenants.signedUp(http, "stranger-statement@example.ru");
        assertEquals(404, http.get("/api/v1/me/accounts/" + accountId + "/statement", stranger).statusCode());

        // e-mailed on request: 3 a day per account, then 429
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> mailed = http.post("/api/v1/me/accounts/" + accountId + "/statement/email", null, token);
            assertEquals(mailed.body(), 202, mailed.statusCode());
        }
        HttpResponse<String> tooMany = http.post("/api/v1/me/accounts/" + accountId + "/statement/email", null, token);
        assertEquals(tooMany.body(), 429, tooMany.statusCode());
        assertTrue(tooMany.body(), tooMany.body().contains("billing.statement.tooMany"));
        waitFor("the requested statements", () -> statementLetters().size() == 4);

        // the debt SMS: preview, run, run again — one SMS for the tenant
        HttpResponse<String> preview = manager(http, "POST", "/api/v1/admin/debt-sms/runs?dryRun=true", null, null);
        assertEquals(preview.body(), 200, preview.statusCode());
        assertTrue(preview.body(), preview.body().contains("\"debtors\":1") && preview.body().contains("\"queued\":1")
                && preview.body().contains("Долг по л/с 92001"));
        HttpResponse<String> first = manager(http, "POST", "/api/v1/admin/debt-sms/runs", null, null);
        assertEquals(first.body(), 201, first.statusCode());
        assertTrue(first.body(), first.body().contains("\"queued\":1") && first.body().contains("\"state\":\"DONE\""));
        HttpResponse<String> second = manager(http, "POST", "/api/v1/admin/debt-sms/runs", null, null);
        assertTrue(second.body(), second.body().contains("\"queued\":0") && second.body().contains("\"alreadyQueued\":1"));
        waitFor("the debt SMS", () -> sms("Долг по л/с 92001") == 1);
        Thread.sleep(1000);
        assertEquals(1, sms("Долг по л/с 92001"));
        String runs = manager(http, "GET", "/api/v1/admin/debt-sms/runs", null, null).body();
        assertTrue(runs, runs.contains("\"by\":\"" + MANAGER + "\""));
        assertTrue(command(console, "manager", "kabinet:debt-sms-run --dry-run").contains("queued before          1"));

        // a reversal tells no one unless staff ask; asked, the tenant hears it once
        assertEquals(200, manager(http, "POST", "/api/v1/admin/payments/ST-2/reversal", "application/json",
                "{\"reason\":\"ошибка банка\"}").statusCode());
        assertEquals(200, manager(http, "POST", "/api/v1/admin/payments/ST-1/reversal", "application/json",
                "{\"reason\":\"возврат плательщику\",\"notifyTenants\":true}").statusCode());
        waitFor("the reversal SMS", () -> sms("отменена") == 1);
        Thread.sleep(1500);
        assertEquals(1, sms("отменена"));
        assertEquals(1, sms("Оплата 100,00"));

        // the payment SMS switched off: a new payment sends none
        HttpResponse<String> off = http.put("/api/v1/me/notification-settings",
                "{\"accounts\":[{\"accountId\":\"" + accountId + "\",\"paymentSms\":false}]}", token);
        assertEquals(off.body(), 200, off.statusCode());
        assertTrue(off.body(), off.body().contains("\"paymentSms\":false"));
        assertEquals(404, http.put("/api/v1/me/notification-settings",
                "{\"accounts\":[{\"accountId\":\"" + accountId + "\",\"paymentSms\":false}]}", stranger).statusCode());
        assertEquals(201, payment(http, accountId, "ST-3", "30"));
        waitFor("the payment's notices", () -> manager(http, "GET", "/api/v1/admin/payments/notices", null, null).body()
                .equals("{\"pending\":0,\"failed\":0}"));
        Thread.sleep(3000); // several dispatcher runs
        assertEquals(0, sms("Получена оплата 30,00"));

        // one click on the letter's unsubscribe link switches the monthly statement off
        String url = unsubscribe.substring(1, unsubscribe.length() - 1);
        String path = url.substring(url.indexOf("/api/v1/"));
        HttpResponse<String> page = http.send("GET", path, null, null, null, null);
        assertTrue(page.body(), page.statusCode() == 200 && page.body().contains("Отписаться"));
        assertTrue(http.get("/api/v1/me/notification-settings", token).body().contains("\"statementEmail\":true"));
        HttpResponse<String> clicked = http.send("POST", path, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click", null, null);
        assertEquals(clicked.body(), 200, clicked.statusCode());
        assertTrue(http.get("/api/v1/me/notification-settings", token).body().contains("\"statementEmail\":false"));
        assertEquals(404, http.send("POST", path + "x", "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click", null, null)
                .statusCode());
    }
}
