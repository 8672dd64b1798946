package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The security suite (issue #13, item 5) against the distribution started as a process: every tenant
 * endpoint asked by one tenant with another tenant's ids answers 404 and leaks nothing (the sweep's
 * table must name every tenant endpoint found in the sources, so a new endpoint without an entry fails
 * here); sign-up, reset, resend, linking and phone answer alike for known and unknown; parallel guesses
 * each count; a cross-site request with a staff member's Basic credentials does nothing; security and
 * cache headers; JSON errors without internals for any malformed body. Ports 18631–18634.
 */
public class SecuritySuiteIT {
    private static final int PORT = 18631;
    private static final String MANAGER = "sec-manager";
    private static final String MANAGER_PASSWORD = "sec-manager-password-1";
    /** A member of staff whose password the parallel test guesses (locked afterwards). */
    private static final String GUESSED = "sec-guessed";
    private static final String GUESSED_PASSWORD = "sec-guessed-password-1";
    private static final String PASSWORD = "надёжная фраза из слов";
    private static final String CITY = "surgut";
    private static DistributionProcess portal;
    private static Http http;
    private static Tenant a;
    private static Tenant b;

    /** A tenant with one of everything a tenant can own. */
    record Tenant(String email, String token, String number, String accountId, String meterId, String serial, String phone,
                  String attachmentId, String threadId, String tokenId, String tokenSecret, String announcementId, String secretText) {
        /** What must never appear in an answer to another tenant. */
        List<String> markers() {
            return List.of(email, accountId, meterId, serial, phone, attachmentId, threadId, tokenId, tokenSecret, announcementId,
                    secretText, number);
        }
    }

    @BeforeClass
    public static void startPortal() throws Exception {
        portal = DistributionProcess.unpack("security-suite-portal", PORT);
        portal.setProperty("etc/users.properties", MANAGER, MANAGER_PASSWORD + ",manager");
        portal.setProperty("etc/users.properties", GUESSED, GUESSED_PASSWORD + ",viewer");
        // every request of the suite comes from 127.0.0.1: the per-address limit is ClientThrottleTest's
        portal.setProperty("etc/org.kabinet.rest.cfg", "clientBurst", "100000");
        portal.setProperty("etc/org.kabinet.sms.cfg", "quietFrom", "00:00");
        portal.setProperty("etc/org.kabinet.sms.cfg", "quietTo", "00:00");
        portal.start();
        http = new Http(PORT);
        assertEquals(200, staff("PUT", "/api/v1/admin/windows",
                "{\"scope\":\"COMPANY\",\"scopeValue\":\"\",\"fromDay\":1,\"toDay\":31,\"mode\":\"SOFT\"}").statusCode());
        a = tenant("a", "96001", "ул. Первая, д. 1, кв. 1", "9225550601");
        b = tenant("b", "96002", "ул. Вторая, д. 2, кв. 2", "9225550602");
    }

    @AfterClass
    public static void stopPortal() throws Exception {
        if (portal != null) {
            portal.close();
        }
    }

    // ---- the IDOR sweep ----------------------------------------------------------------------------

    /** One entry per tenant endpoint ("METHOD path" below /api/v1): what the other tenant tries and what must hold. */
    @FunctionalInterface
    interface Probe {
        void run(Tenant owner, Tenant other) throws Exception;
    }

    private static Map<String, Probe> sweep() {
        Map<String, Probe> t = new LinkedHashMap<>();
        // the tenant's own identity: nothing of the owner's in the other's answers
        t.put("GET me", (o, x) -> notLeaked(get("/api/v1/me", x), o));
        t.put("PUT me/name", (o, x) -> notLeaked(send("PUT", "/api/v1/me/name", "{\"name\":\"" + o.email() + "\"}", x.token()), o, o.email()));
        t.put("PUT me/password", (o, x) -> self("changes the caller's own password; no id of anyone"));
        t.put("GET me/consent", (o, x) -> notLeaked(get("/api/v1/me/consent", x), o));
        t.put("POST me/consent", (o, x) -> self("records the caller's own consent; no id of anyone"));
        t.put("GET me/data", (o, x) -> notLeaked(get("/api/v1/me/data", x), o));
        t.put("GET me/data.pdf", (o, x) -> {
            HttpResponse<String> pdf = http.send("GET", "/api/v1/me/data.pdf", null, null, Http.bearer(x.token()), "application/pdf");
            assertTrue(pdf.statusCode() + "", pdf.statusCode() < 500);
        });
        t.put("POST me/deletion", (o, x) -> self("deletes the caller's own account; no id of anyone"));
        // accounts
        t.put("GET me/accounts", (o, x) -> notLeaked(get("/api/v1/me/accounts", x), o));
        t.put("GET me/accounts/{id}", (o, x) -> notFound(get("/api/v1/me/accounts/" + o.accountId(), x), o));
        t.put("POST me/accounts", (o, x) -> {
            HttpResponse<String> r = send("POST", "/api/v1/me/accounts",
                    "{\"number\":\"" + o.number() + "\",\"city\":\"" + CITY + "\",\"code\":\"AAAAA-AAAAA\"}", x.token());
            assertEquals(r.body(), 422, r.statusCode());
            notLeaked(r, o);
        });
        t.put("DELETE me/accounts/{id}", (o, x) -> notFound(send("DELETE", "/api/v1/me/accounts/" + o.accountId(), null, x.token()), o));
        // households (#17): another tenant's account is not found, whatever the role asked for
        t.put("GET me/accounts/{id}/members", (o, x) -> notFound(get("/api/v1/me/accounts/" + o.accountId() + "/members", x), o));
        t.put("POST me/accounts/{id}/invitations", (o, x) -> notFound(send("POST", "/api/v1/me/accounts/" + o.accountId()
                + "/invitations", "{\"email\":\"" + x.email() + "\",\"role\":\"FULL\"}", x.token()), o));
        t.put("DELETE me/accounts/{id}/invitations/{invitation}", (o, x) -> notFound(send("DELETE", "/api/v1/me/accounts/"
                + o.accountId() + "/invitations/any", null, x.token()), o));
        t.put("DELETE me/accounts/{id}/members/{member}", (o, x) -> notFound(send("DELETE", "/api/v1/me/accounts/" + o.accountId()
                + "/members/any", null, x.token()), o));
        t.put("POST me/invitations", (o, x) -> notLeaked(send("POST", "/api/v1/me/invitations", "{\"token\":\""
                + "A".repeat(43) + "\"}", x.token()), o));
        t.put("GET me/phone", (o, x) -> notLeaked(get("/api/v1/me/phone", x), o));
        t.put("POST me/phone", (o, x) -> self("the caller's own phone (the enumeration test asks for another tenant's number)"));
        t.put("POST me/phone/verification", (o, x) -> self("checks a code against the caller's own phone only"));
        t.put("GET me/notification-settings", (o, x) -> notLeaked(get("/api/v1/me/notification-settings", x), o));
        t.put("PUT me/notification-settings", (o, x) -> notFound(send("PUT", "/api/v1/me/notification-settings",
                "{\"accounts\":[{\"accountId\":\"" + o.accountId() + "\",\"debtSms\":false,\"statementEmail\":false}]}", x.token()), o));
        // billing
        t.put("GET me/accounts/{id}/statement", (o, x) -> notFound(http.send("GET", "/api/v1/me/accounts/" + o.accountId() + "/statement",
                null, null, Http.bearer(x.token()), "application/pdf"), o));
        t.put("POST me/accounts/{id}/statement/email", (o, x) -> notFound(send("POST",
                "/api/v1/me/accounts/" + o.accountId() + "/statement/email", null, x.token()), o));
        t.put("GET me/accounts/{id}/{view}", (o, x) -> {
            for (String view : List.of("balance", "charges", "payments", "penalties")) {
                notFound(get("/api/v1/me/accounts/" + o.accountId() + "/" + view, x), o);
            }
        });
        // communication
        t.put("POST me/attachments", (o, x) -> self("uploads the caller's own file; no id of anyone"));
        t.put("GET me/attachments/{id}", (o, x) -> notFound(get("/api/v1/me/attachments/" + o.attachmentId(), x), o));
        t.put("GET me/messages", (o, x) -> notLeaked(get("/api/v1/me/messages", x), o));
        t.put("POST me/messages", (o, x) -> {
            notFoundOrInvalid(send("POST", "/api/v1/me/messages", "{\"accountId\":\"" + o.accountId()
                    + "\",\"topic\":\"OTHER\",\"text\":\"на чужой счёт\"}", x.token()), o);
            notFoundOrInvalid(send("POST", "/api/v1/me/messages", "{\"accountId\":\"" + x.accountId()
                    + "\",\"topic\":\"OTHER\",\"text\":\"с чужим файлом\",\"attachmentIds\":[\"" + o.attachmentId() + "\"]}", x.token()), o);
        });
        t.put("GET me/messages/unread", (o, x) -> notLeaked(get("/api/v1/me/messages/unread", x), o));
        t.put("GET me/messages/{id}", (o, x) -> notFound(get("/api/v1/me/messages/" + o.threadId(), x), o));
        t.put("POST me/messages/{id}/replies", (o, x) -> {
            notFound(send("POST", "/api/v1/me/messages/" + o.threadId() + "/replies", "{\"text\":\"а я?\"}", x.token()), o);
            // the other's own thread with the owner's file
            notFoundOrInvalid(send("POST", "/api/v1/me/messages/" + x.threadId() + "/replies",
                    "{\"text\":\"чужой файл\",\"attachmentIds\":[\"" + o.attachmentId() + "\"]}", x.token()), o);
        });
        t.put("POST me/messages/{id}/close", (o, x) -> notFound(send("POST", "/api/v1/me/messages/" + o.threadId() + "/close", null,
                x.token()), o));
        t.put("GET me/announcements", (o, x) -> notLeaked(get("/api/v1/me/announcements", x), o));
        t.put("POST me/announcements/{id}/read", (o, x) -> notFound(send("POST", "/api/v1/me/announcements/" + o.announcementId() + "/read",
                "{}", x.token()), o));
        t.put("GET me/announcements/{id}/attachment", (o, x) -> notFound(get("/api/v1/me/announcements/" + o.announcementId()
                + "/attachment", x), o));
        // meters
        t.put("GET me/accounts/{id}/meters", (o, x) -> notFound(get("/api/v1/me/accounts/" + o.accountId() + "/meters", x), o));
        t.put("GET me/meters", (o, x) -> {
            notLeaked(get("/api/v1/me/meters", x), o);
            notLeaked(http.get("/api/v1/me/meters", x.tokenSecret()), o);
        });
        t.put("GET me/meters/{id}/readings", (o, x) -> notFound(get("/api/v1/me/meters/" + o.meterId() + "/readings", x), o));
        t.put("GET me/meters/{id}/consumption", (o, x) -> notFound(get("/api/v1/me/meters/" + o.meterId() + "/consumption", x), o));
        t.put("GET me/meters/{id}/preview", (o, x) -> notFound(get("/api/v1/me/meters/" + o.meterId() + "/preview", x), o));
        t.put("POST me/meters/{id}/readings", (o, x) -> notFound(send("POST", "/api/v1/me/meters/" + o.meterId() + "/readings",
                "{\"values\":[150]}", x.token()), o));
        t.put("PUT me/meters/{id}/name", (o, x) -> notFound(send("PUT", "/api/v1/me/meters/" + o.meterId() + "/name",
                "{\"name\":\"взлом\"}", x.token()), o));
        t.put("POST me/readings", (o, x) -> {
            for (String meter : List.of(o.meterId(), o.serial())) {
                String body = "{\"meter\":\"" + meter + "\",\"values\":[150]}";
                // the answer may repeat what the caller typed, nothing more
                notFoundOrInvalid(send("POST", "/api/v1/me/readings", body, x.token()), o, meter);
                notFoundOrInvalid(http.post("/api/v1/me/readings", body, x.tokenSecret()), o, meter);
            }
        });
        t.put("GET me/reading-tokens", (o, x) -> notLeaked(get("/api/v1/me/reading-tokens", x), o));
        t.put("POST me/reading-tokens", (o, x) -> self("creates the caller's own token; no id of anyone"));
        t.put("DELETE me/reading-tokens/{id}", (o, x) -> notFound(send("DELETE", "/api/v1/me/reading-tokens/" + o.tokenId(), null,
                x.token()), o));
        return t;
    }

    @Test
    public void noTenantEndpointAnswersWithAnotherTenantsData() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Probe> probe : sweep().entrySet()) {
            for (Tenant[] pair : new Tenant[][] {{a, b}, {b, a}}) {
                try {
                    probe.getValue().run(pair[0], pair[1]);
                } catch (AssertionError | Exception e) {
                    failures.add(probe.getKey() + " (" + pair[1].email() + " with " + pair[0].email() + "'s ids): " + e.getMessage());
                }
            }
        }
        // and the owners still have everything, untouched
        for (Tenant owner : List.of(a, b)) {
            try {
                assertTrue(get("/api/v1/me/accounts", owner).body().contains(owner.accountId()));
                String thread = get("/api/v1/me/messages/" + owner.threadId(), owner).body();
                assertFalse("closed by the other: " + thread, thread.contains("\"status\":\"CLOSED\""));
                assertEquals("the personal token still works", 200, http.get("/api/v1/me/meters", owner.tokenSecret()).statusCode());
                assertTrue(get("/api/v1/me/meters", owner).body().contains("кухня-" + owner.number()));
                assertEquals(200, get("/api/v1/me/attachments/" + owner.attachmentId(), owner).statusCode());
                String settings = get("/api/v1/me/notification-settings", owner).body();
                assertFalse("settings changed by the other: " + settings, settings.contains("\"statementEmail\":false"));
            } catch (AssertionError e) {
                failures.add("the owner " + owner.email() + " after the sweep: " + e.getMessage());
            }
        }
        assertTrue(String.join("\n", failures), failures.isEmpty());
    }

    @Test
    public void theSweepNamesEveryTenantEndpoint() throws Exception {
        TreeSet<String> found = new TreeSet<>(TenantEndpoints.inSources(Path.of("..", "bundles")));
        assertTrue("no tenant endpoints found: is the working directory itests/?", found.size() > 20);
        TreeSet<String> missing = new TreeSet<>(found);
        missing.removeAll(sweep().keySet());
        TreeSet<String> gone = new TreeSet<>(sweep().keySet());
        gone.removeAll(found);
        assertTrue("tenant endpoints the IDOR sweep does not try (add them to SecuritySuiteIT.sweep()): " + missing, missing.isEmpty());
        assertTrue("sweep entries for endpoints that no longer exist: " + gone, gone.isEmpty());
    }

    // ---- enumeration ----------------------------------------------------------------------------------

    @Test
    public void signUpResetResendLinkingAndPhoneAnswerAlikeForKnownAndUnknown() throws Exception {
        String pending = "pending-enum@example.ru";
        assertEquals(202, signUp(pending, PASSWORD).statusCode());
        String unknown = "nobody-enum@example.ru";

        // sign-up: a confirmed address, a pending one, a new one (the answer may name the address typed)
        String fresh = "new-enum@example.ru";
        same("sign-up", Map.of(a.email(), signUp(a.email(), "другая фраза из слов"), pending, signUp(pending, "другая фраза из слов"),
                fresh, signUp(fresh, "другая фраза из слов")));
        // password reset and resending the confirmation
        same("reset", Map.of(a.email(), http.post("/api/v1/password-resets", email(a.email()), null),
                pending, http.post("/api/v1/password-resets", email(pending), null),
                unknown, http.post("/api/v1/password-resets", email(unknown), null)));
        same("resend", Map.of(a.email(), http.post("/api/v1/registrations/resend", email(a.email()), null),
                pending, http.post("/api/v1/registrations/resend", email(pending), null),
                unknown, http.post("/api/v1/registrations/resend", email(unknown), null)));
        // sign-in: a wrong password and an unknown address
        same("sign-in", Map.of(a.email(), http.post("/api/v1/sessions", "{\"email\":\"" + a.email() + "\",\"password\":\"не та фраза совсем\"}", null),
                unknown, http.post("/api/v1/sessions", "{\"email\":\"" + unknown + "\",\"password\":\"не та фраза совсем\"}", null)));
        // linking: an existing number and a missing one (each by a tenant of its own, so no limit is near)
        String linkerOne = signedUp("linker-enum-1@example.ru");
        String linkerTwo = signedUp("linker-enum-2@example.ru");
        sameAnswer("linking", http.post("/api/v1/me/accounts", "{\"number\":\"" + a.number() + "\",\"city\":\"" + CITY
                        + "\",\"code\":\"AAAAA-AAAAA\"}", linkerOne),
                http.post("/api/v1/me/accounts", "{\"number\":\"96999\",\"city\":\"" + CITY + "\",\"code\":\"AAAAA-AAAAA\"}", linkerTwo));
        // a phone: one another tenant confirmed, one nobody has
        String phoneOne = signedUp("phone-enum-1@example.ru");
        String phoneTwo = signedUp("phone-enum-2@example.ru");
        HttpResponse<String> taken = http.post("/api/v1/me/phone", "{\"phone\":\"" + a.phone() + "\"}", phoneOne);
        HttpResponse<String> free = http.post("/api/v1/me/phone", "{\"phone\":\"9225550699\"}", phoneTwo);
        assertEquals(taken.body() + " / " + free.body(), free.statusCode(), taken.statusCode());
        assertEquals("the answers differ beyond the number itself", free.body().replace("9225550699", "#"),
                taken.body().replace(a.phone(), "#"));
    }

    // ---- parallel guesses ---------------------------------------------------------------------------

    @Test
    public void parallelWrongPasswordsEachCount() throws Exception {
        // wrong sign-ins: 20 at once (those the hashing gate turns away with 503 "busy" are not checked, so
        // not counted, and go again) until at least 5 were checked: the right password right after is
        // refused, as after 5 in a row (a lost update would leave fewer counted and let it in)
        String email = "parallel-signin@example.ru";
        signedUp(email);
        int refused = 0;
        for (int round = 0; round < 10 && refused < 5; round++) {
            List<HttpResponse<String>> wrong = parallel(20, i -> http.post("/api/v1/sessions",
                    "{\"email\":\"" + email + "\",\"password\":\"неверная фраза номер " + i + "\"}", null));
            for (HttpResponse<String> r : wrong) {
                assertTrue(r.statusCode() + " " + r.body(), r.statusCode() == 401 || r.statusCode() == 503);
                refused += r.statusCode() == 401 ? 1 : 0;
            }
        }
        assertTrue(refused + " wrong passwords checked", refused >= 5);
        HttpResponse<String> right = http.post("/api/v1/sessions", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", null);
        assertEquals("parallel wrong passwords did not hold the right one back: " + right.body(), 401, right.statusCode());

        // a member of staff: 20 wrong Basic passwords at once, then the right one is held back too
        List<HttpResponse<String>> staffGuesses = parallel(20, i -> http.staff("GET", "/api/v1/admin/accounts?city=" + CITY, null, null,
                GUESSED, "неверный пароль " + i));
        staffGuesses.forEach(r -> assertEquals(r.body(), 401, r.statusCode()));
        HttpResponse<String> member = http.staff("GET", "/api/v1/admin/accounts?city=" + CITY, null, null, GUESSED, GUESSED_PASSWORD);
        assertEquals("parallel wrong staff passwords did not hold the right one back: " + member.body(), 401, member.statusCode());

    }

    @Test
    public void parallelWrongPhoneCodesEachCount() throws Exception {
        // wrong phone codes: 5 are checked, 15 find the attempts used up, and then the right code is refused too
        String phoneTenant = signedUp("parallel-phone@example.ru");
        String phone = "9225550611";
        assertEquals(202, http.post("/api/v1/me/phone", "{\"phone\":\"" + phone + "\"}", phoneTenant).statusCode());
        String code = smsCode(phone);
        String wrongCode = code.equals("000000") ? "111111" : "000000";
        List<HttpResponse<String>> guesses = parallel(20, i -> http.post("/api/v1/me/phone/verification",
                "{\"code\":\"" + wrongCode + "\"}", phoneTenant));
        assertEquals(codes(guesses), 5, count(guesses, "phone.code.wrong"));
        assertEquals(codes(guesses), 15, count(guesses, "phone.code.attempts"));
        HttpResponse<String> late = http.post("/api/v1/me/phone/verification", "{\"code\":\"" + code + "\"}", phoneTenant);
        assertEquals(late.body(), 422, late.statusCode());
        assertTrue(late.body(), late.body().contains("phone.code.attempts"));

    }

    @Test
    public void parallelWrongLinkingCodesEachCount() throws Exception {
        // linking codes for one number: 5 counted wrong, then locked (429), exactly as one after another
        String linker = signedUp("parallel-linker@example.ru");
        List<HttpResponse<String>> links = parallel(20, i -> http.post("/api/v1/me/accounts",
                "{\"number\":\"96888\",\"city\":\"" + CITY + "\",\"code\":\"AAAAA-AAA" + String.format("%02d", i) + "\"}", linker));
        assertEquals(codes(links), 5, links.stream().filter(r -> r.statusCode() == 422).count());
        assertEquals(codes(links), 15, links.stream().filter(r -> r.statusCode() == 429).count());
    }

    // ---- cross-site requests against staff ------------------------------------------------------------

    @Test
    public void aCrossSiteRequestWithStaffCredentialsDoesNothing() throws Exception {
        assertEquals(200, staff("POST", "/api/v1/admin/accounts/import", "text/csv",
                "number;city;kind;address;area;residents\n96301;Сургут;rent;\"ул. Третья, д. 3, кв. 3\";33;1\n").statusCode());
        String accountId = accountId("96301");
        String code = Tenants.field(staff("POST", "/api/v1/admin/accounts/" + accountId + "/registration-code", null, null).body(), "code");
        String path = "/api/v1/admin/accounts/" + accountId + "/registration-code";
        String basic = Http.basic(MANAGER, MANAGER_PASSWORD);
        byte[] form = "x=1".getBytes(StandardCharsets.UTF_8);

        // a foreign page's fetch without a body (mode "no-cors": no preflight), then its forms (text/plain needs no
        // preflight either), each with the browser's cached Basic credentials
        assertStatus(403, http.raw("POST", path, null, "Authorization", basic, "Origin", "https://evil.example"));
        assertStatus(403, http.raw("POST", path, form, "Authorization", basic, "Origin", "https://evil.example", "Content-Type", "text/plain"));
        assertStatus(403, http.raw("POST", path, form, "Authorization", basic, "Origin", "null", "Content-Type", "text/plain"));
        assertStatus(403, http.raw("POST", path, form, "Authorization", basic, "Sec-Fetch-Site", "cross-site",
                "Content-Type", "application/x-www-form-urlencoded"));
        assertStatus(403, http.raw("PUT", "/api/v1/admin/windows", "{}".getBytes(StandardCharsets.UTF_8), "Authorization", basic,
                "Origin", "http://localhost:" + (PORT + 9), "Content-Type", "text/plain"));
        assertStatus(403, http.raw("POST", "/api/v1/admin/meters/import", "account;city\n".getBytes(StandardCharsets.UTF_8),
                "Authorization", basic, "Origin", "https://evil.example", "Content-Type", "text/plain"));
        // staff endpoints never read a form body, whoever sends it
        assertStatus(415, http.raw("POST", path, form, "Authorization", basic, "Content-Type", "application/x-www-form-urlencoded"));
        assertStatus(415, http.raw("POST", path, form, "Authorization", basic, "Content-Type", "multipart/form-data; boundary=x"));
        // cookies are no credentials for the API
        assertStatus(401, http.raw("POST", path, null, "Cookie", "JSESSIONID=node0abc.node0", "Origin", "https://evil.example"));
        // none of that issued a new code: the first one still links
        String tenant = signedUp("csrf-owner@example.ru");
        HttpResponse<String> linked = http.post("/api/v1/me/accounts", "{\"number\":\"96301\",\"city\":\"" + CITY + "\",\"code\":\"" + code
                + "\"}", tenant);
        assertEquals("a cross-site request replaced the code: " + linked.body(), 201, linked.statusCode());
        // the portal's own page, and a script without Origin, still work
        assertStatus(201, http.raw("POST", path, null, "Authorization", basic, "Origin", "http://localhost:" + PORT,
                "Sec-Fetch-Site", "same-origin"));
        assertStatus(201, http.raw("POST", path, null, "Authorization", basic));
        // reading stays possible from anywhere (CORS keeps the answer from a foreign page)
        assertStatus(200, http.raw("GET", "/api/v1/admin/accounts?city=" + CITY, null, "Authorization", basic,
                "Origin", "https://evil.example"));
    }

    // ---- headers ------------------------------------------------------------------------------------------

    @Test
    public void answersCarryTheSecurityHeadersAndPersonalOnesAreNotStored() throws Exception {
        List<String> failures = new ArrayList<>();
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("GET /api/v1/me", get("/api/v1/me", a));
        answers.put("GET /api/v1/me/accounts", get("/api/v1/me/accounts", a));
        answers.put("GET /api/v1/me/messages", get("/api/v1/me/messages", a));
        answers.put("GET /api/v1/me (401)", http.get("/api/v1/me", null));
        answers.put("GET /api/v1/admin/accounts", staff("GET", "/api/v1/admin/accounts?city=" + CITY, null, null));
        answers.put("POST /api/v1/sessions (401)", http.post("/api/v1/sessions", "{\"email\":\"x@example.ru\",\"password\":\"y\"}", null));
        answers.put("GET / (portal page)", http.raw("GET", "/", null));
        answers.put("GET /admin (staff page)", http.raw("GET", "/admin", null));
        for (Map.Entry<String, HttpResponse<String>> answer : answers.entrySet()) {
            var headers = answer.getValue().headers();
            String what = answer.getKey() + " " + answer.getValue().statusCode() + ": ";
            check(failures, what + "X-Content-Type-Options", "nosniff".equals(headers.firstValue("X-Content-Type-Options").orElse("")));
            check(failures, what + "framing", "DENY".equals(headers.firstValue("X-Frame-Options").orElse(""))
                    || headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
            check(failures, what + "Referrer-Policy", headers.firstValue("Referrer-Policy").isPresent());
            check(failures, what + "Cache-Control no-store (" + headers.allValues("Cache-Control") + ")",
                    String.join(",", headers.allValues("Cache-Control")).contains("no-store"));
            String server = headers.firstValue("Server").orElse("");
            check(failures, what + "a Server header with a version: " + server, !server.matches(".*\\d.*"));
        }
        // a portal page: a policy against framing and scripts from elsewhere
        check(failures, "the portal's CSP", answers.get("GET / (portal page)").headers().firstValue("Content-Security-Policy").orElse("")
                .contains("frame-ancestors 'none'"));
        assertTrue(String.join("\n", failures), failures.isEmpty());
    }

    // ---- JSON errors --------------------------------------------------------------------------------------

    @Test
    public void malformedBodiesAreClientErrorsWithoutInternals() throws Exception {
        String meter = "/api/v1/me/meters/" + b.meterId() + "/readings";
        String settings = "/api/v1/me/notification-settings";
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("malformed", utf8("{\"email\":"));
        bodies.put("not an object", utf8("[1,2,3]"));
        bodies.put("wrong types", utf8("{\"email\":123,\"password\":[true]}"));
        bodies.put("deep nesting", utf8("{\"email\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
        bodies.put("invalid UTF-8", new byte[] {'{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"', (byte) 0xff, (byte) 0xc3, '(', '"', '}'});
        bodies.put("invalid UTF-32", new byte[] {0, 0, 0, '{', 0, 0, 0, '"', (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff});
        bodies.put("nul bytes", new byte[] {0, 0, 0, 0});
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
            clientError(failures, "POST /sessions " + body.getKey(), http.raw("POST", "/api/v1/sessions", body.getValue(),
                    "Content-Type", "application/json"));
            clientError(failures, "POST /registrations " + body.getKey(), http.raw("POST", "/api/v1/registrations", body.getValue(),
                    "Content-Type", "application/json"));
            clientError(failures, "PUT " + settings + " " + body.getKey(), http.raw("PUT", settings, body.getValue(),
                    "Content-Type", "application/json", "Authorization", Http.bearer(b.token())));
        }
        for (String values : List.of("[1e999999999]", "[1" + "0".repeat(5000) + "]", "[1e-999999999]", "[\"сто\"]", "[null]", "{}",
                "[NaN]", "[" + "1,".repeat(2000) + "1]")) {
            clientError(failures, "POST readings " + values.substring(0, Math.min(values.length(), 20)),
                    http.raw("POST", meter, utf8("{\"values\":" + values + "}"), "Content-Type", "application/json",
                            "Authorization", Http.bearer(b.token())));
        }
        for (String range : List.of("months=99999999999", "months=-1", "months=abc")) {
            clientError(failures, "consumption " + range, get("/api/v1/me/meters/" + b.meterId() + "/consumption?" + range, b));
        }
        clientError(failures, "huge count", http.raw("PUT", settings, utf8("{\"accounts\":[{\"accountId\":\"" + b.accountId()
                + "\",\"debtSms\":1" + "0".repeat(3000) + "}]}"), "Content-Type", "application/json", "Authorization", Http.bearer(b.token())));
        assertTrue(String.join("\n", failures), failures.isEmpty());
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static void clientError(List<String> failures, String what, HttpResponse<String> answer) {
        int status = answer.statusCode();
        String body = answer.body();
        if (status < 400 || status >= 500) {
            failures.add(what + ": " + status + " " + body);
            return;
        }
        if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json") || !body.contains("\"code\":\"")) {
            failures.add(what + ": not our JSON error: " + status + " " + body);
        }
        for (String internal : List.of("Exception", "\tat ", "at org.", "at com.", "java.", "com.fasterxml", "org.apache")) {
            if (body.contains(internal)) {
                failures.add(what + ": the error shows internals (" + internal + "): " + body);
            }
        }
    }

    private static void check(List<String> failures, String what, boolean ok) {
        if (!ok) {
            failures.add(what);
        }
    }

    private static void self(String why) {
        // acts only on the caller: there is no id of another tenant to try (the reason is the documentation)
        assertFalse(why.isBlank());
    }

    /** 404 and nothing of the owner's in the answer. */
    private static void notFound(HttpResponse<String> answer, Tenant owner) {
        assertEquals(answer.body(), 404, answer.statusCode());
        notLeaked(answer, owner);
    }

    /** Refused (404 for an id not the caller's, 422 for a body naming one), never done. */
    private static void notFoundOrInvalid(HttpResponse<String> answer, Tenant owner, String... typed) {
        assertTrue(answer.statusCode() + " " + answer.body(), answer.statusCode() == 404 || answer.statusCode() == 422);
        notLeaked(answer, owner, typed);
    }

    private static void notLeaked(HttpResponse<String> answer, Tenant owner, String... allowed) {
        assertTrue(answer.statusCode() + " " + answer.body(), answer.statusCode() < 500);
        for (String marker : owner.markers()) {
            if (marker != null && List.of(allowed).stream().noneMatch(typed -> typed.contains(marker))) {
                assertFalse("the answer has " + marker + " of " + owner.email() + ": " + answer.body(), answer.body().contains(marker));
            }
        }
    }

    /** The same status and body for each address typed, the address itself left out. */
    private static void same(String what, Map<String, HttpResponse<String>> byAddress) {
        String first = null;
        int status = 0;
        for (Map.Entry<String, HttpResponse<String>> answer : byAddress.entrySet()) {
            String body = answer.getValue().body().replace(answer.getKey(), "#");
            if (first == null) {
                first = body;
                status = answer.getValue().statusCode();
            } else {
                assertEquals(what + ": " + first + " / " + body, status, answer.getValue().statusCode());
                assertEquals(what, first, body);
            }
        }
    }

    @SafeVarargs
    private static void sameAnswer(String what, HttpResponse<String> first, HttpResponse<String>... others) {
        for (HttpResponse<String> other : others) {
            assertEquals(what + ": " + first.body() + " / " + other.body(), first.statusCode(), other.statusCode());
            assertEquals(what, first.body(), other.body());
        }
    }

    private static void assertStatus(int expected, HttpResponse<String> answer) {
        assertEquals(answer.body(), expected, answer.statusCode());
    }

    @FunctionalInterface
    interface Call {
        HttpResponse<String> call(int i) throws Exception;
    }

    /** n requests let go at the same moment, their answers. */
    private static List<HttpResponse<String>> parallel(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call(index);
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(List<HttpResponse<String>> answers, String code) {
        return answers.stream().filter(r -> r.body().contains("\"code\":\"" + code + "\"")).count();
    }

    private static String codes(List<HttpResponse<String>> answers) {
        List<String> codes = new ArrayList<>();
        for (HttpResponse<String> r : answers) {
            Matcher m = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(r.body());
            codes.add(r.statusCode() + (m.find() ? " " + m.group(1) : ""));
        }
        Collections.sort(codes);
        return codes.toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String email(String address) {
        return "{\"email\":\"" + address + "\"}";
    }

    private static HttpResponse<String> signUp(String address, String password) throws Exception {
        return http.post("/api/v1/registrations", "{\"email\":\"" + address + "\",\"password\":\"" + password + "\",\"consent\":true}", null);
    }

    private static HttpResponse<String> get(String path, Tenant who) throws Exception {
        return http.get(path, who.token());
    }

    private static HttpResponse<String> send(String method, String path, String json, String token) throws Exception {
        return http.send(method, path, json == null ? null : "application/json", json, Http.bearer(token), null);
    }

    private static HttpResponse<String> staff(String method, String path, String json) throws Exception {
        return staff(method, path, json == null ? null : "application/json", json);
    }

    private static HttpResponse<String> staff(String method, String path, String type, String body) throws Exception {
        return http.staff(method, path, type, body, MANAGER, MANAGER_PASSWORD);
    }

    /** A confirmed, signed-in tenant (the letter read from data/mail/); returns the session token. */
    private static String signedUp(String address) throws Exception {
        assertEquals(202, signUp(address, PASSWORD).statusCode());
        String link = new MailFolder(portal.home().resolve("data/mail")).waitForLink(address, "confirmemail", 1, Duration.ofSeconds(30));
        HttpResponse<String> confirmed = http.post("/api/v1/registrations/confirmations",
                "{\"token\":\"" + link.replaceAll(".*/confirmemail/([^/]+)/.*", "$1") + "\"}", null);
        assertEquals(confirmed.body(), 200, confirmed.statusCode());
        HttpResponse<String> session = http.post("/api/v1/sessions", "{\"email\":\"" + address + "\",\"password\":\"" + PASSWORD + "\"}", null);
        assertEquals(session.body(), 200, session.statusCode());
        return Tenants.field(session.body(), "token");
    }

    private static String accountId(String number) throws Exception {
        Matcher id = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"number\":\"" + number + "\"")
                .matcher(staff("GET", "/api/v1/admin/accounts?city=" + CITY + "&size=500", null, null).body());
        assertTrue(number, id.find());
        return id.group(1);
    }

    /** The 6 digits the log gateway texted to the phone (data/sms/sms.log: instant, phone, key, text). */
    private static String smsCode(String phone) throws Exception {
        Path log = portal.home().resolve("data/sms/sms.log");
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log)) {
                for (String line : Files.readAllLines(log)) {
                    String[] fields = line.split("\t", 4);
                    if (fields.length == 4 && fields[1].endsWith(phone)) {
                        Matcher code = Pattern.compile("(\\d{6})").matcher(fields[3]);
                        if (code.find()) {
                            return code.group(1);
                        }
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no SMS code to " + phone + " in " + log);
    }

    /** A tenant with a linked account, a meter with a reading and a name, a confirmed phone, a message with a photo, a token and an announcement. */
    private static Tenant tenant(String name, String number, String address, String phone) throws Exception {
        assertEquals(200, staff("POST", "/api/v1/admin/accounts/import", "text/csv",
                "number;city;kind;address;area;residents\n" + number + ";Сургут;utilities;\"" + address + "\";45;2\n").statusCode());
        String accountId = accountId(number);
        String code = Tenants.field(staff("POST", "/api/v1/admin/accounts/" + accountId + "/registration-code", null, null).body(), "code");
        String serial = "CW-" + number;
        HttpResponse<String> meter = staff("POST", "/api/v1/admin/meters", "{\"accountId\":\"" + accountId
                + "\",\"resource\":\"COLD_WATER\",\"serialNumber\":\"" + serial + "\",\"place\":\"кухня\",\"zones\":1,\"digits\":5,"
                + "\"installedOn\":\"2024-01-01\",\"verificationDue\":\"2031-01-01\",\"initialValues\":[100]}");
        assertEquals(meter.body(), 201, meter.statusCode());
        String meterId = Tenants.field(meter.body(), "id");

        String email = "tenant-" + name + "@example.ru";
        String token = signedUp(email);
        HttpResponse<String> linked = http.post("/api/v1/me/accounts", "{\"number\":\"" + number + "\",\"city\":\"" + CITY
                + "\",\"code\":\"" + code + "\"}", token);
        assertEquals(linked.body(), 201, linked.statusCode());
        assertEquals(202, http.post("/api/v1/me/phone", "{\"phone\":\"" + phone + "\"}", token).statusCode());
        HttpResponse<String> verified = http.post("/api/v1/me/phone/verification", "{\"code\":\"" + smsCode(phone) + "\"}", token);
        assertEquals(verified.body(), 200, verified.statusCode());

        HttpResponse<String> reading = http.post("/api/v1/me/meters/" + meterId + "/readings", "{\"values\":[103.5]}", token);
        assertEquals(reading.body(), 201, reading.statusCode());
        HttpResponse<String> renamed = send("PUT", "/api/v1/me/meters/" + meterId + "/name", "{\"name\":\"кухня-" + number + "\"}", token);
        assertEquals(renamed.body(), 200, renamed.statusCode());

        HttpResponse<String> photo = http.upload("/api/v1/me/attachments?name=photo-" + name + ".jpg", "image/jpeg", jpeg(), Http.bearer(token));
        assertEquals(photo.body(), 201, photo.statusCode());
        String attachmentId = Tenants.field(photo.body(), "id");
        String secretText = "Секрет жильца " + name + " " + number;
        HttpResponse<String> message = http.post("/api/v1/me/messages", "{\"accountId\":\"" + accountId + "\",\"topic\":\"REPAIR\",\"text\":\""
                + secretText + "\",\"attachmentIds\":[\"" + attachmentId + "\"]}", token);
        assertEquals(message.body(), 201, message.statusCode());
        String threadId = message.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");

        HttpResponse<String> created = http.post("/api/v1/me/reading-tokens", "{\"name\":\"Дом " + name + "\"}", token);
        assertEquals(created.body(), 201, created.statusCode());

        HttpResponse<String> file = http.upload("/api/v1/admin/attachments?name=plan-" + name + ".jpg", "image/jpeg", jpeg(),
                Http.basic(MANAGER, MANAGER_PASSWORD));
        assertEquals(file.body(), 201, file.statusCode());
        String building = address.replaceAll(", кв\\..*", "");
        HttpResponse<String> announcement = staff("POST", "/api/v1/admin/announcements", "{\"title\":\"Только для " + building
                + "\",\"html\":\"<p>Работы в доме " + name + "</p>\",\"audience\":{\"kind\":\"BUILDING\",\"cityId\":\"" + CITY
                + "\",\"building\":\"" + building + "\"},\"importance\":\"NORMAL\",\"emergency\":false,\"attachmentId\":\""
                + Tenants.field(file.body(), "id") + "\"}");
        assertEquals(announcement.body(), 201, announcement.statusCode());
        String announcementId = Tenants.field(announcement.body(), "id");
        assertTrue(get("/api/v1/me/announcements", new Tenant(email, token, null, null, null, null, null, null, null, null, null, null, null))
                .body().contains(announcementId));
        return new Tenant(email, token, number, accountId, meterId, serial, phone, attachmentId, threadId,
                Tenants.field(created.body(), "id"), Tenants.field(created.body(), "secret"), announcementId, secretText);
    }

    private static byte[] jpeg() throws Exception {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 24; y++) {
                image.setRGB(x, y, (x * 8) << 16 | (y * 10) << 8 | 0x40);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "jpg", out));
        return out.toByteArray();
    }
}
