package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Households in the booted distribution (issue #17): a holder invites by e-mail, the invitee accepts from the
 * letter's link and sees the account; the sweep of every tenant endpoint about an account — a view member reads and
 * gets 403 on every write, a full member writes, a stranger gets 404 everywhere; revoke → 404; a member leaves.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HouseholdContainerIT extends KabinetContainer {
    private static final String MANAGER = "household-manager";
    private static final String MANAGER_PASSWORD = "household-password-1";
    private static final Pattern INVITATION = Pattern.compile("#!accounts/invitation/([A-Za-z0-9_-]{43})");

    @javax.inject.Inject
    org.apache.karaf.shell.api.console.SessionFactory console;

    @Configuration
    public Option[] config() {
        return distributionWithMail(editConfigurationFilePut("etc/users.properties", MANAGER, MANAGER_PASSWORD + ",manager"));
    }

    private HttpResponse<String> manager(Http http, String method, String path, String body) throws Exception {
        return http.staff(method, path, body == null ? null : "application/json", body, MANAGER, MANAGER_PASSWORD);
    }

    private static String invitationFor(String email) throws Exception {
        return Pop3.waitForMatch(Integer.getInteger("kabinet.test.pop3.port"), email, email, INVITATION, Duration.ofSeconds(30));
    }

    private static HttpResponse<String> invite(Http http, String accountId, String email, String role, String token) throws Exception {
        return http.post("/api/v1/me/accounts/" + accountId + "/invitations", "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}", token);
    }

    /** One request of the sweep, made by the tenant whose token is given. */
    @FunctionalInterface
    interface Call {
        HttpResponse<String> by(String token) throws Exception;
    }

    @Test
    public void invitedMembersSeeTheAccountViewMembersCannotWriteStrangersSeeNothingAndRevokedMembersLoseItAtOnce() throws Exception {
        Http http = new Http(Integer.getInteger("kabinet.test.http.port"));
        assertEquals(200, http.staff("POST", "/api/v1/admin/accounts/import", "text/csv",
                "number;city;kind;address;area;residents\n94001;Сургут;utilities;\"ул. Семейная, д. 7, кв. 3\";61;4\n",
                MANAGER, MANAGER_PASSWORD).statusCode());
        Matcher idMatch = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"number\":\"94001\"")
                .matcher(manager(http, "GET", "/api/v1/admin/accounts?city=surgut", null).body());
        assertTrue(idMatch.find());
        String accountId = idMatch.group(1);
        String code = Tenants.field(manager(http, "POST", "/api/v1/admin/accounts/" + accountId + "/registration-code", null).body(), "code");
        assertEquals(200, manager(http, "PUT", "/api/v1/admin/windows",
                "{\"scope\":\"COMPANY\",\"scopeValue\":\"\",\"fromDay\":1,\"toDay\":31,\"mode\":\"SOFT\"}").statusCode());
        HttpResponse<String> added = manager(http, "POST", "/api/v1/admin/meters", "{\"accountId\":\"" + accountId
                + "\",\"resource\":\"COLD_WATER\",\"serialNumber\":\"CW-94001\",\"place\":\"кухня\",\"zones\":1,\"digits\":5,"
                + "\"installedOn\":\"2024-01-01\",\"verificationDue\":\"2031-01-01\",\"initialValues\":[100]}");
        assertEquals(added.body(), 201, added.statusCode());
        String meterId = Tenants.field(added.body(), "id");

        String holder = Tenants.signedUp(http, "household-holder@example.ru");
        assertEquals(201, http.post("/api/v1/me/accounts", "{\"number\":\"94001\",\"city\":\"surgut\",\"code\":\"" + code + "\"}", holder)
                .statusCode());
        String viewer = Tenants.signedUp(http, "household-viewer@example.ru");
        String full = Tenants.signedUp(http, "household-full@example.ru");
        String stranger = Tenants.signedUp(http, "household-stranger@example.ru");

        // invite: the same answer for a tenant's address and for nobody's
        HttpResponse<String> toViewer = invite(http, accountId, "household-viewer@example.ru", "VIEW", holder);
        HttpResponse<String> toNobody = invite(http, accountId, "nobody-household@example.ru", "VIEW", holder);
        assertEquals(toViewer.body(), 202, toViewer.statusCode());
        assertEquals(toViewer.statusCode(), toNobody.statusCode());
        assertEquals(toViewer.body(), toNobody.body());
        HttpResponse<String> wrongRole = invite(http, accountId, "household-x@example.ru", "OWNER", holder);
        assertEquals(wrongRole.body(), 422, wrongRole.statusCode());
        assertTrue(wrongRole.body(), wrongRole.body().contains("invitation.role"));

        // accept: the link works for the invited address only, and once
        String viewerToken = invitationFor("household-viewer@example.ru");
        String preview = http.get("/api/v1/invitations/" + viewerToken, null).body();
        assertTrue(preview, preview.contains("\"state\":\"VALID\"") && preview.contains("\"accountNumber\":\"94001\"")
                && preview.contains("\"role\":\"VIEW\""));
        HttpResponse<String> forwarded = http.post("/api/v1/me/invitations", "{\"token\":\"" + viewerToken + "\"}", stranger);
        assertEquals(forwarded.body(), 403, forwarded.statusCode());
        assertTrue(forwarded.body(), forwarded.body().contains("invitation.otherEmail"));
        HttpResponse<String> accepted = http.post("/api/v1/me/invitations", "{\"token\":\"" + viewerToken + "\"}", viewer);
        assertEquals(accepted.body(), 200, accepted.statusCode());
        assertTrue(accepted.body(), accepted.body().contains("\"access\":\"VIEW\"") && accepted.body().contains("\"grantedBy\":\"household-holder@example.ru\""));
        HttpResponse<String> again = http.post("/api/v1/me/invitations", "{\"token\":\"" + viewerToken + "\"}", viewer);
        assertEquals(again.body(), 410, again.statusCode());
        assertTrue(http.get("/api/v1/invitations/" + viewerToken, null).body().contains("\"state\":\"USED\""));

        assertEquals(202, invite(http, accountId, "household-full@example.ru", "FULL", holder).statusCode());
        assertEquals(200, http.post("/api/v1/me/invitations", "{\"token\":\"" + invitationFor("household-full@example.ru") + "\"}", full).statusCode());

        // the sweep: every tenant endpoint about the account
        String account = "/api/v1/me/accounts/" + accountId;
        Map<String, Call> reads = new LinkedHashMap<>();
        reads.put("GET me/accounts/{id}", t -> http.get(account, t));
        for (String view : List.of("balance", "charges", "payments", "penalties")) {
            reads.put("GET me/accounts/{id}/" + view, t -> http.get(account + "/" + view, t));
        }
        reads.put("GET me/accounts/{id}/statement", t -> http.send("GET", account + "/statement", null, null, Http.bearer(t), "application/pdf"));
        reads.put("POST me/accounts/{id}/statement/email", t -> http.post(account + "/statement/email", null, t));
        reads.put("GET me/accounts/{id}/meters", t -> http.get(account + "/meters", t));
        reads.put("GET me/meters/{id}/readings", t -> http.get("/api/v1/me/meters/" + meterId + "/readings", t));
        reads.put("GET me/meters/{id}/consumption", t -> http.get("/api/v1/me/meters/" + meterId + "/consumption", t));
        Map<String, Call> writes = new LinkedHashMap<>();
        writes.put("POST me/meters/{id}/readings", t -> http.post("/api/v1/me/meters/" + meterId + "/readings", "{\"values\":[101]}", t));
        writes.put("PUT me/meters/{id}/name", t -> http.put("/api/v1/me/meters/" + meterId + "/name", "{\"name\":\"на кухне\"}", t));
        writes.put("POST me/readings", t -> http.post("/api/v1/me/readings", "{\"meter\":\"CW-94001\",\"values\":[102]}", t));
        writes.put("POST me/messages", t -> http.post("/api/v1/me/messages",
                "{\"accountId\":\"" + accountId + "\",\"topic\":\"OTHER\",\"text\":\"Вопрос по счёту\"}", t));
        writes.put("PUT me/notification-settings", t -> http.put("/api/v1/me/notification-settings",
                "{\"accounts\":[{\"accountId\":\"" + accountId + "\",\"paymentSms\":true}]}", t));
        Map<String, Call> holderOnly = new LinkedHashMap<>();
        holderOnly.put("GET me/accounts/{id}/members", t -> http.get(account + "/members", t));
        holderOnly.put("POST me/accounts/{id}/invitations", t -> invite(http, accountId, "household-more@example.ru", "VIEW", t));
        holderOnly.put("DELETE me/accounts/{id}/members/{member}", t -> http.delete(account + "/members/someone", t));
        holderOnly.put("DELETE me/accounts/{id}/invitations/{invitation}", t -> http.delete(account + "/invitations/some", t));

        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Call> call : reads.entrySet()) {
            expect(failures, call.getKey() + " by the view member", call.getValue().by(viewer), 200, 202);
            expect(failures, call.getKey() + " by the full member", call.getValue().by(full), 200, 202);
            expect(failures, call.getKey() + " by a stranger", call.getValue().by(stranger), 404);
        }
        for (Map.Entry<String, Call> call : writes.entrySet()) {
            HttpResponse<String> refused = call.getValue().by(viewer);
            expect(failures, call.getKey() + " by the view member", refused, 403);
            if (!refused.body().contains("\"code\":\"account.readOnly\"")) {
                failures.add(call.getKey() + " by the view member: not account.readOnly: " + refused.body());
            }
            expect(failures, call.getKey() + " by a stranger", call.getValue().by(stranger), 404, 422);
            expect(failures, call.getKey() + " by the full member", call.getValue().by(full), 200, 201);
        }
        for (Map.Entry<String, Call> call : holderOnly.entrySet()) {
            for (String member : List.of(viewer, full)) {
                HttpResponse<String> refused = call.getValue().by(member);
                expect(failures, call.getKey() + " by a member", refused, 403);
                if (!refused.body().contains("household.holderOnly")) {
                    failures.add(call.getKey() + " by a member: not household.holderOnly: " + refused.body());
                }
            }
            expect(failures, call.getKey() + " by a stranger", call.getValue().by(stranger), 404);
        }
        assertTrue(String.join("\n", failures), failures.isEmpty());
        String readings = http.get("/api/v1/me/meters/" + meterId + "/readings", holder).body();
        assertFalse("nothing of the view member's writes was kept: " + readings, readings.contains("101") && !readings.contains("102"));

        // the holder sees the household; staff see everyone
        String members = http.get(account + "/members", holder).body();
        assertTrue(members, members.contains("household-viewer@example.ru") && members.contains("\"role\":\"VIEW\"")
                && members.contains("household-full@example.ru") && members.contains("\"role\":\"FULL\"")
                && members.contains("nobody-household@example.ru"));
        String everyone = manager(http, "GET", "/api/v1/admin/accounts/" + accountId + "/members", null).body();
        assertTrue(everyone, everyone.indexOf("household-holder@example.ru") < everyone.indexOf("household-viewer@example.ru")
                && everyone.contains("\"role\":\"HOLDER\"") && everyone.contains("household-full@example.ru"));

        String listed = command(console, "manager", "kabinet:account-members -c surgut 94001");
        assertTrue(listed, listed.contains("household-holder@example.ru") && listed.contains("HOLDER") && listed.contains("household-viewer@example.ru")
                && listed.contains("VIEW") && listed.contains("3 with access"));
        assertTrue(command(console, "viewer", "kabinet:account-members -c surgut 94001").contains("refused"));

        // revoke: the view member loses the account at once; the full member leaves; the holder keeps it
        String viewerId = Tenants.field(http.get("/api/v1/me", viewer).body(), "id");
        assertEquals(204, http.delete(account + "/members/" + viewerId, holder).statusCode());
        assertEquals(404, http.get(account, viewer).statusCode());
        assertEquals(404, http.get(account + "/balance", viewer).statusCode());
        assertFalse(http.get("/api/v1/me/accounts", viewer).body().contains(accountId));
        assertEquals(204, http.delete(account, full).statusCode());
        assertEquals(404, http.get(account, full).statusCode());
        assertEquals(200, http.get(account, holder).statusCode());
        String audit = manager(http, "GET", "/api/v1/admin/audit?limit=50", null).body();
        assertTrue(audit, audit.contains("\"JOINED\"") && audit.contains("\"ACCESS_REVOKED\"") && audit.contains("\"LEFT\""));
    }

    private static void expect(List<String> failures, String what, HttpResponse<String> answer, int... statuses) {
        for (int status : statuses) {
            if (answer.statusCode() == status) {
                return;
            }
        }
        failures.add(what + ": " + answer.statusCode() + " " + answer.body());
    }
}
