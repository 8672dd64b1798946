package org.kabinet.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.mail.Multipart;
import javax.mail.Part;
import javax.mail.internet.MimeMessage;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Communication in the booted distribution, letters through GreenMail: a tenant's message with a photo
 * reaches the company's mailbox and the staff inbox, the answer reaches the tenant by e-mail and in the
 * cabinet, an internal note never does, and another tenant cannot open the thread or its photo; the
 * feedback form works signed out, drops a bot's form and stops a flood from one contact; an announcement
 * for one building reaches only its tenants, an urgent one by SMS only to confirmed phones, and staff see
 * who read it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CommunicationContainerIT extends KabinetContainer {
    private static final String MANAGER = "comm-manager";
    private static final String MANAGER_PASSWORD = "comm-password-1";
    /** The company's mailbox, set apart from the company's public e-mail to see that the setting is used. */
    private static final String MAILBOX = "uk-inbox@example.ru";
    private static final String CITY = "surgut";
    private static final int FEEDBACK_PER_CONTACT = 2;
    private static final Pattern NUMBER = Pattern.compile("О-\\d{4}-\\d{5}");

    @Configuration
    public Option[] config() {
        return distributionWithMail(
                editConfigurationFilePut("etc/users.properties", MANAGER, MANAGER_PASSWORD + ",manager"),
                editConfigurationFilePut("etc/org.kabinet.communication.cfg", "mailbox", MAILBOX),
                editConfigurationFilePut("etc/org.kabinet.communication.cfg", "feedbackPerContactPerDay", String.valueOf(FEEDBACK_PER_CONTACT)),
                // every request of the tests comes from 127.0.0.1: the per-contact limit is what this test shows
                editConfigurationFilePut("etc/org.kabinet.communication.cfg", "feedbackPerClientPerHour", "1000"));
    }

    private static Http http() throws Exception {
        return new Http(Integer.getInteger("kabinet.test.http.port"));
    }

    private static HttpResponse<String> manager(Http http, String method, String path, String body) throws Exception {
        return http.staff(method, path, body == null ? null : "application/json", body, MANAGER, MANAGER_PASSWORD);
    }

    private static String staff(Http http, String method, String path, String body, int expected) throws Exception {
        HttpResponse<String> answer = manager(http, method, path, body);
        assertEquals(method + " " + path + ": " + answer.body(), expected, answer.statusCode());
        return answer.body();
    }

    private static String tenant(Http http, String method, String path, String body, String token, int expected) throws Exception {
        HttpResponse<String> answer = http.send(method, path, body == null ? null : "application/json", body, Http.bearer(token), null);
        assertEquals(method + " " + path + ": " + answer.body(), expected, answer.statusCode());
        return answer.body();
    }

    @Test
    public void aMessageWithAPhotoReachesTheCompanyAndTheAnswerReachesOnlyItsTenant() throws Exception {
        Http http = http();
        String email = "pisatel@example.ru";
        String token = tenantWithAccount(http, email, "94001", "ул. Садовая, д. 3, кв. 7");

        // a real photo from the phone, uploaded before writing
        byte[] photo = jpeg();
        HttpResponse<String> uploaded = http.upload("/api/v1/me/attachments?name=kran.jpg", "image/jpeg", photo, Http.bearer(token));
        assertEquals(uploaded.body(), 201, uploaded.statusCode());
        assertTrue(uploaded.body(), uploaded.body().contains("\"contentType\":\"image/jpeg\"")
                && uploaded.body().contains("\"size\":" + photo.length));
        String photoId = Tenants.field(uploaded.body(), "id");

        // an .exe renamed to .jpg is refused by its content, with a reason
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);
        HttpResponse<String> disguised = http.upload("/api/v1/me/attachments?name=photo.jpg", "image/jpeg", exe, Http.bearer(token));
        assertEquals(disguised.body(), 422, disguised.statusCode());
        assertTrue(disguised.body(), disguised.body().contains("\"code\":\"communication.attachment.type\""));

        String accountId = myAccountId(http, token, "94001");
        HttpResponse<String> written = http.post("/api/v1/me/messages", "{\"accountId\":\"" + accountId + "\",\"topic\":\"REPAIR\","
                + "\"text\":\"Течёт кран на кухне, фото прилагаю\",\"attachmentIds\":[\"" + photoId + "\"]}", token);
        assertEquals(written.body(), 201, written.statusCode());
        String number = Tenants.field(written.body(), "number");
        assertTrue(number, NUMBER.matcher(number).matches());
        String threadId = written.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        assertTrue(written.body(), written.body().contains("\"id\":\"" + threadId + "\"") && written.body().contains("kran.jpg"));

        // the company's mailbox gets a letter naming the number
        awaitLetter(MAILBOX, number);

        // the staff inbox lists it as new, about the account; the thread has the photo, which downloads unchanged
        String inbox = staff(http, "GET", "/api/v1/admin/messages", null, 200);
        String listed = object(inbox, threadId);
        assertTrue(listed, listed.contains("\"number\":\"" + number + "\"") && listed.contains("\"status\":\"NEW\"")
                && listed.contains("\"topic\":\"REPAIR\"") && listed.contains("\"accountNumber\":\"94001\""));
        assertTrue(staff(http, "GET", "/api/v1/admin/messages?status=NEW&topic=REPAIR", null, 200).contains(threadId));
        assertFalse(staff(http, "GET", "/api/v1/admin/messages?status=CLOSED", null, 200).contains(threadId));
        String details = staff(http, "GET", "/api/v1/admin/messages/" + threadId, null, 200);
        assertTrue(details, details.contains("\"id\":\"" + photoId + "\"") && details.contains("kran.jpg"));
        HttpResponse<byte[]> download = http.download("/api/v1/admin/attachments/" + photoId, Http.basic(MANAGER, MANAGER_PASSWORD));
        assertEquals(200, download.statusCode());
        assertArrayEquals(photo, download.body());
        assertEquals("image/jpeg", download.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));

        // staff take it, answer, and leave a note among themselves
        String taken = staff(http, "PUT", "/api/v1/admin/messages/" + threadId + "/assignee", "{\"assignee\":\"" + MANAGER + "\"}", 200);
        assertTrue(taken, taken.contains("\"status\":\"IN_PROGRESS\"") && taken.contains("\"assignee\":\"" + MANAGER + "\""));
        String answer = "Сантехник придёт завтра с 10 до 12 часов";
        String answered = staff(http, "POST", "/api/v1/admin/messages/" + threadId + "/answers", "{\"text\":\"" + answer + "\"}", 201);
        assertTrue(answered, answered.contains("\"status\":\"ANSWERED\""));
        String note = "Жилец просил не звонить до обеда";
        String noted = staff(http, "POST", "/api/v1/admin/messages/" + threadId + "/answers",
                "{\"text\":\"" + note + "\",\"internal\":true}", 201);
        assertTrue("a note among staff leaves the status: " + noted, noted.contains("\"status\":\"ANSWERED\"") && noted.contains(note));

        // the tenant: a letter with the answer, one unread thread, the answer in the thread and no note
        awaitLetter(email, answer);
        assertTrue(tenant(http, "GET", "/api/v1/me/messages/unread", null, token, 200).contains("\"messages\":1"));
        String mine = tenant(http, "GET", "/api/v1/me/messages/" + threadId, null, token, 200);
        assertTrue(mine, mine.contains(answer) && mine.contains("\"status\":\"ANSWERED\""));
        assertFalse("an internal note is shown to the tenant: " + mine, mine.contains(note) || mine.contains("\"internal\":true"));
        assertTrue("opening the thread reads the answer", tenant(http, "GET", "/api/v1/me/messages/unread", null, token, 200)
                .contains("\"messages\":0"));
        assertFalse(tenant(http, "GET", "/api/v1/me/messages", null, token, 200).contains(note));
        HttpResponse<byte[]> own = http.download("/api/v1/me/attachments/" + photoId, Http.bearer(token));
        assertEquals(200, own.statusCode());
        assertArrayEquals(photo, own.body());

        // the tenant's reply opens the thread again and the company's mailbox hears of it
        String replied = tenant(http, "POST", "/api/v1/me/messages/" + threadId + "/replies", "{\"text\":\"Спасибо, буду дома\"}", token, 201);
        assertTrue(replied, replied.contains("\"status\":\"IN_PROGRESS\""));
        awaitLetters(MAILBOX, number, 2);

        // another tenant: neither the thread nor its photo exists for them
        String stranger = Tenants.signedUp(http, "chuzhoy@example.ru");
        HttpResponse<String> foreign = http.get("/api/v1/me/messages/" + threadId, stranger);
        assertEquals(foreign.body(), 404, foreign.statusCode());
        assertEquals(404, http.download("/api/v1/me/attachments/" + photoId, Http.bearer(stranger)).statusCode());
        assertEquals(404, http.post("/api/v1/me/messages/" + threadId + "/replies", "{\"text\":\"а я?\"}", stranger).statusCode());
        assertFalse(tenant(http, "GET", "/api/v1/me/messages", null, stranger, 200).contains(threadId));
        // staff endpoints are not for tenants
        assertEquals(403, http.get("/api/v1/admin/messages/" + threadId, token).statusCode());
    }

    @Test
    public void theFeedbackFormWorksSignedOutDropsABotAndStopsAFloodFromOneContact() throws Exception {
        Http http = http();
        HttpResponse<String> sent = http.post("/api/v1/feedback", feedback("Ирина", "irina@example.ru", "Не работает домофон во втором подъезде", ""),
                null);
        assertEquals(sent.body(), 202, sent.statusCode());
        String number = Tenants.field(sent.body(), "number");
        assertTrue(number, NUMBER.matcher(number).matches());
        awaitLetter(MAILBOX, number);

        // in the staff inbox as a thread without an account
        String inbox = staff(http, "GET", "/api/v1/admin/messages?feedback=true", null, 200);
        Matcher thread = Pattern.compile("\\{\"id\":\"([^\"]+)\"[^{}]*\"number\":\"" + number + "\"").matcher(inbox);
        assertTrue(inbox, thread.find());
        String listed = object(inbox, thread.group(1));
        assertFalse(listed, listed.contains("\"accountId\":\"") || listed.contains("\"tenantId\":\""));
        assertTrue(listed, listed.contains("irina@example.ru") && listed.contains("\"topic\":\"OTHER\""));
        assertFalse("feedback is not a tenant's message", staff(http, "GET", "/api/v1/admin/messages?feedback=false", null, 200)
                .contains(thread.group(1)));
        String details = staff(http, "GET", "/api/v1/admin/messages/" + thread.group(1), null, 200);
        assertTrue(details, details.contains("Не работает домофон") && details.contains("Ирина"));

        // a bot fills the field people do not see: answered alike, nothing stored
        HttpResponse<String> bot = http.post("/api/v1/feedback",
                feedback("Best Offer", "bot@spam.example", "Cheap pills at spam.example", "http://spam.example"), null);
        assertEquals(bot.body(), 202, bot.statusCode());
        assertTrue(bot.body(), NUMBER.matcher(Tenants.field(bot.body(), "number")).matches());
        String after = staff(http, "GET", "/api/v1/admin/messages?limit=500", null, 200);
        assertFalse("a bot's form reached the inbox: " + after, after.contains("bot@spam.example") || after.contains("Best Offer"));

        // an empty form is refused field by field
        HttpResponse<String> empty = http.post("/api/v1/feedback", feedback("", "", "", ""), null);
        assertEquals(empty.body(), 422, empty.statusCode());
        assertTrue(empty.body(), empty.body().contains("communication.feedback."));

        // one contact: past the limit 429, with a reason; another contact still gets through
        for (int i = 1; i < FEEDBACK_PER_CONTACT; i++) {
            assertEquals(202, http.post("/api/v1/feedback", feedback("Ирина", "irina@example.ru", "Ещё раз про домофон " + i, ""), null)
                    .statusCode());
        }
        HttpResponse<String> flood = http.post("/api/v1/feedback", feedback("Ирина", "IRINA@example.ru", "И снова домофон", ""), null);
        assertEquals(flood.body(), 429, flood.statusCode());
        assertTrue(flood.body(), flood.body().contains("\"code\":\"communication.feedback.tooMany\""));
        assertEquals(202, http.post("/api/v1/feedback", feedback("Олег", "+7 922 555-02-09", "Спасибо за уборку двора", ""), null)
                .statusCode());
    }

    @Test
    public void anAnnouncementForOneBuildingReachesOnlyItsTenantsAndAnUrgentOneTextsConfirmedPhones() throws Exception {
        Http http = http();
        // two tenants in «ул. Лесная, д. 5» (one with a confirmed phone), one next door in «д. 55» with a confirmed phone
        String inside = "lesnaya5@example.ru";
        String insideNoPhone = "lesnaya5-bez@example.ru";
        String nextDoor = "lesnaya55@example.ru";
        String insideToken = tenantWithAccount(http, inside, "94101", "ул. Лесная, д. 5, кв. 1");
        String noPhoneToken = tenantWithAccount(http, insideNoPhone, "94102", "ул. Лесная, д. 5, кв. 2");
        String nextDoorToken = tenantWithAccount(http, nextDoor, "94103", "ул. Лесная, д. 55, кв. 3");
        String insidePhone = "9225550301";
        String unconfirmedPhone = "9225550302";
        String nextDoorPhone = "9225550303";
        confirmPhone(http, insideToken, insidePhone);
        confirmPhone(http, nextDoorToken, nextDoorPhone);
        tenant(http, "POST", "/api/v1/me/phone", "{\"phone\":\"" + unconfirmedPhone + "\"}", noPhoneToken, 202);
        awaitSms(unconfirmedPhone, 1);

        String audience = "{\"kind\":\"BUILDING\",\"cityId\":\"" + CITY + "\",\"building\":\"ул. Лесная, д. 5\"}";
        String size = staff(http, "POST", "/api/v1/admin/announcements/audience", audience, 200);
        assertTrue(size, size.contains("\"accounts\":2") && size.contains("\"tenants\":2") && size.contains("\"withPhone\":1"));

        // an ordinary one: in the cabinet and by e-mail for the building, nothing next door, no SMS
        String title = "Отключение горячей воды 10 июня";
        String created = staff(http, "POST", "/api/v1/admin/announcements", draft(title, audience, "NORMAL"), 201);
        String id = Tenants.field(created, "id");
        assertTrue(created, created.contains("\"state\":\"PUBLISHED\"") && created.contains("\"recipients\":2")
                && created.contains("\"sms\":0"));
        String seen = tenant(http, "GET", "/api/v1/me/announcements", null, insideToken, 200);
        String shown = object(seen, id);
        assertTrue(shown, shown.contains(title) && shown.contains("горячей воды") && shown.contains("\"read\":false"));
        assertFalse("the text is sanitised: " + shown, shown.contains("<script") || shown.contains("onclick"));
        assertTrue(tenant(http, "GET", "/api/v1/me/announcements", null, noPhoneToken, 200).contains(id));
        assertFalse("next door sees it", tenant(http, "GET", "/api/v1/me/announcements", null, nextDoorToken, 200).contains(id));
        assertEquals(404, http.post("/api/v1/me/announcements/" + id + "/read", "{}", nextDoorToken).statusCode());
        awaitLetter(inside, title);
        awaitLetter(insideNoPhone, title);
        String recipients = staff(http, "GET", "/api/v1/admin/announcements/" + id + "/recipients", null, 200);
        assertTrue(recipients, recipients.contains(inside) && recipients.contains(insideNoPhone) && !recipients.contains(nextDoor));
        assertTrue(tenant(http, "GET", "/api/v1/me/messages/unread", null, insideToken, 200).contains("\"announcements\":1"));

        // read in the cabinet: staff see the count go up
        assertEquals(0, readCount(http, id));
        HttpResponse<String> read = http.post("/api/v1/me/announcements/" + id + "/read", "{}", insideToken);
        assertTrue(read.statusCode() + " " + read.body(), read.statusCode() == 200 || read.statusCode() == 204);
        assertEquals(1, readCount(http, id));
        assertTrue(object(tenant(http, "GET", "/api/v1/me/announcements", null, insideToken, 200), id).contains("\"read\":true"));
        assertTrue(tenant(http, "GET", "/api/v1/me/messages/unread", null, insideToken, 200).contains("\"announcements\":0"));

        // an urgent one: an SMS to the confirmed phone of the building only
        String urgent = "Авария: нет холодной воды";
        String urgentCreated = staff(http, "POST", "/api/v1/admin/announcements", draft(urgent, audience, "URGENT"), 201);
        assertTrue(urgentCreated, urgentCreated.contains("\"sms\":1"));
        awaitSms(insidePhone, 2);
        awaitLetter(inside, urgent);
        awaitLetter(insideNoPhone, urgent);
        assertEquals("only the code, never the announcement, to an unconfirmed phone", 1, sms(unconfirmedPhone).size());
        assertEquals("only the code to the phone next door", 1, sms(nextDoorPhone).size());
        for (String letter : letterTexts(nextDoor)) {
            assertFalse("next door got the announcement by e-mail", letter.contains(title) || letter.contains(urgent));
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static String feedback(String name, String contact, String text, String website) {
        return "{\"name\":\"" + name + "\",\"contact\":\"" + contact + "\",\"text\":\"" + text + "\",\"website\":\"" + website + "\"}";
    }

    private static String draft(String title, String audience, String importance) {
        return "{\"title\":\"" + title + "\",\"html\":\"<p>Уважаемые жители! <b>Работы</b> с 9:00 до 18:00.</p>"
                + "<script>alert(1)</script><p onclick=\\\"steal()\\\">Приносим извинения.</p>\",\"audience\":" + audience
                + ",\"importance\":\"" + importance + "\",\"emergency\":false}";
    }

    /** A tenant signed up and confirmed, with a utility account in Сургут linked by its code; returns the session token. */
    private static String tenantWithAccount(Http http, String email, String number, String address) throws Exception {
        HttpResponse<String> imported = http.staff("POST", "/api/v1/admin/accounts/import", "text/csv",
                "number;city;kind;address;area;residents\n" + number + ";Сургут;utilities;\"" + address + "\";45;2\n", MANAGER, MANAGER_PASSWORD);
        assertEquals(imported.body(), 200, imported.statusCode());
        Matcher id = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"number\":\"" + number + "\"")
                .matcher(staff(http, "GET", "/api/v1/admin/accounts?city=" + CITY, null, 200));
        assertTrue(number, id.find());
        String code = Tenants.field(staff(http, "POST", "/api/v1/admin/accounts/" + id.group(1) + "/registration-code", null, 201), "code");
        String token = Tenants.signedUp(http, email);
        tenant(http, "POST", "/api/v1/me/accounts", "{\"number\":\"" + number + "\",\"city\":\"" + CITY + "\",\"code\":\"" + code + "\"}",
                token, 201);
        return token;
    }

    private static String myAccountId(Http http, String token, String number) throws Exception {
        Matcher id = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"number\":\"" + number + "\"")
                .matcher(tenant(http, "GET", "/api/v1/me/accounts", null, token, 200));
        assertTrue(number, id.find());
        return id.group(1);
    }

    /** The phone confirmed with the code the log gateway wrote into data/sms/sms.log. */
    private static void confirmPhone(Http http, String token, String phone) throws Exception {
        tenant(http, "POST", "/api/v1/me/phone", "{\"phone\":\"" + phone + "\"}", token, 202);
        awaitSms(phone, 1);
        // a line is: instant, phone, idempotency key, text
        String[] line = sms(phone).get(0).split("\t", 4);
        Matcher code = Pattern.compile("(\\d{6})").matcher(line[3]);
        assertTrue(sms(phone).get(0), code.find());
        tenant(http, "POST", "/api/v1/me/phone/verification", "{\"code\":\"" + code.group(1) + "\"}", token, 200);
    }

    /** The lines of the log gateway's file sent to the phone. */
    private static List<String> sms(String phone) throws Exception {
        Path log = Path.of(System.getProperty("karaf.data"), "sms", "sms.log");
        return Files.exists(log) ? Files.readAllLines(log).stream().filter(l -> l.contains("\t" + phone + "\t")).toList() : List.of();
    }

    private static void awaitSms(String phone, int count) throws Exception {
        waitFor(count + " SMS to " + phone, () -> sms(phone).size() >= count);
    }

    /** How many have read the announcement, as staff see it in the list of announcements. */
    private static int readCount(Http http, String id) throws Exception {
        Matcher read = Pattern.compile("\"read\":(\\d+)").matcher(object(staff(http, "GET", "/api/v1/admin/announcements", null, 200), id));
        assertTrue(read.find());
        return Integer.parseInt(read.group(1));
    }

    /** The JSON object that starts with {@code {"id":"<id>"} in a text, nested objects included. */
    private static String object(String json, String id) {
        int start = json.indexOf("{\"id\":\"" + id + "\"");
        assertTrue("no object " + id + " in " + json, start >= 0);
        int depth = 0;
        boolean quoted = false;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return json.substring(start, i + 1);
            }
        }
        throw new AssertionError("unbalanced JSON: " + json);
    }

    /** A small real JPEG, as a phone's camera would give (smaller). */
    private static byte[] jpeg() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x80);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue("a JPEG writer", ImageIO.write(image, "jpg", out));
        return out.toByteArray();
    }

    /** Subject and text of every letter of a GreenMail mailbox. */
    private static List<String> letterTexts(String address) throws Exception {
        List<String> texts = new ArrayList<>();
        for (MimeMessage letter : Pop3.letters(Integer.getInteger("kabinet.test.pop3.port"), address, address)) {
            texts.add(letter.getSubject() + "\n" + text(letter));
        }
        return texts;
    }

    private static String text(Part part) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // javax.mail finds its multipart handler through its own bundle's class loader
        thread.setContextClassLoader(javax.mail.Session.class.getClassLoader());
        try {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                StringBuilder all = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    all.append(text(multipart.getBodyPart(i))).append('\n');
                }
                return all.toString();
            }
            return content instanceof String s ? s : "";
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void awaitLetter(String address, String text) throws Exception {
        awaitLetters(address, text, 1);
    }

    private static void awaitLetters(String address, String text, int count) throws Exception {
        waitFor(count + " letter(s) to " + address + " with «" + text + "»",
                () -> letterTexts(address).stream().filter(l -> l.contains(text)).count() >= count);
    }

    private static void waitFor(String what, Callable<Boolean> done) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!done.call()) {
            assertTrue("waited in vain for " + what, Instant.now().isBefore(deadline));
            Thread.sleep(200);
        }
    }
}
