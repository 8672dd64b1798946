package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
 * Billing over REST in the booted distribution: staff set up a service and a tariff, run and close a
 * period, post a payment registry with a bad line (nothing changes) then a good one (twice: nothing
 * new); the tenant sees the balance and explained пени; another tenant gets 404.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BillingContainerIT extends KabinetContainer {
    private static final String MANAGER = "billing-manager";
    private static final String MANAGER_PASSWORD = "billing-password-1";

    @javax.inject.Inject
    org.apache.karaf.shell.api.console.SessionFactory console;

    @Configuration
    public Option[] config() {
        return distributionWithMail(editConfigurationFilePut("etc/users.properties", MANAGER, MANAGER_PASSWORD + ",manager"));
    }

    private HttpResponse<String> manager(Http http, String method, String path, String type, String body) throws Exception {
        return http.staff(method, path, type, body, MANAGER, MANAGER_PASSWORD);
    }

    private static String idOf(String accountsJson, String number) {
        Matcher m = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"number\":\"" + number + "\"").matcher(accountsJson);
        assertTrue("account " + number + " in " + accountsJson, m.find());
        return m.group(1);
    }

    /** Polls a background run until it is no longer RUNNING. */
    private String finished(Http http, HttpResponse<String> started) throws Exception {
        assertEquals(started.body(), 202, started.statusCode());
        String id = Tenants.field(started.body(), "id");
        String period = Tenants.field(started.body(), "period");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            HttpResponse<String> state = manager(http, "GET", "/api/v1/admin/billing/periods/" + period + "/runs/" + id, null, null);
            assertEquals(state.body(), 200, state.statusCode());
            if (!state.body().contains("\"state\":\"RUNNING\"")) {
                return state.body();
            }
            assertTrue("the run did not finish: " + state.body(), Instant.now().isBefore(deadline));
            Thread.sleep(200);
        }
    }

    @Test
    public void staffBillAPeriodPostPaymentsAndTheTenantSeesTheBalanceAndExplainedPenalties() throws Exception {
        Http http = new Http(Integer.getInteger("kabinet.test.http.port"));
        HttpResponse<String> service = manager(http, "POST", "/api/v1/admin/services", "application/json",
                "{\"code\":\"rent\",\"nameRu\":\"Плата за наём\",\"nameEn\":\"Rent\",\"group\":\"RENT\",\"unit\":\"M2\",\"base\":\"AREA\","
                        + "\"accountKinds\":[\"RENT\"]}");
        assertEquals(service.body(), 200, service.statusCode());
        HttpResponse<String> badTariff = manager(http, "POST", "/api/v1/admin/tariffs", "application/json",
                "{\"service\":\"nope\",\"scope\":\"COMPANY\",\"from\":\"2025-01-01\",\"price\":12.37}");
        assertEquals(badTariff.body(), 422, badTariff.statusCode());
        assertTrue(badTariff.body(), badTariff.body().contains("billing.service.unknown"));
        HttpResponse<String> tariff = manager(http, "POST", "/api/v1/admin/tariffs", "application/json",
                "{\"service\":\"rent\",\"scope\":\"CITY\",\"scopeValue\":\"surgut\",\"from\":\"2025-01-01\",\"price\":12.37}");
        assertEquals(tariff.body(), 201, tariff.statusCode());
        assertTrue(manager(http, "GET", "/api/v1/admin/key-rates", null, null).body().contains("\"from\":\"2025-10-27\",\"percent\":16.5"));

        HttpResponse<String> imported = manager(http, "POST", "/api/v1/admin/accounts/import", "text/csv",
                "number;city;kind;address;area;residents\n91001;Сургут;rent;\"ул. Мира, д. 9, кв. 1\";39,1;2\n");
        assertEquals(imported.body(), 200, imported.statusCode());
        String accountId = idOf(manager(http, "GET", "/api/v1/admin/accounts?city=surgut", null, null).body(), "91001");
        String code = Tenants.field(manager(http, "POST", "/api/v1/admin/accounts/" + accountId + "/registration-code", null, null).body(), "code");

        // a preview stores nothing; the run stores 39,1 m² × 12,37 = 483,67; a closed period refuses another run
        String preview = finished(http, manager(http, "POST", "/api/v1/admin/billing/periods/2026-01/runs?dryRun=true", null, null));
        assertTrue(preview, preview.contains("\"state\":\"DONE\"") && preview.contains("\"total\":483.67"));
        assertEquals("[]", manager(http, "GET", "/api/v1/admin/accounts/" + accountId + "/ledger", null, null).body()
                .replaceAll(".*\"charges\":(\\[[^]]*]).*", "$1"));
        String run = finished(http, manager(http, "POST", "/api/v1/admin/billing/periods/2026-01/runs", null, null));
        assertTrue(run, run.contains("\"lines\":1") && run.contains("\"total\":483.67"));
        assertEquals(204, manager(http, "POST", "/api/v1/admin/billing/periods/2026-01/close", null, null).statusCode());
        String thisMonth = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Yekaterinburg")).toString();
        HttpResponse<String> early = manager(http, "POST", "/api/v1/admin/billing/periods/" + thisMonth + "/close", null, null);
        assertEquals(early.body(), 422, early.statusCode());
        assertTrue(early.body(), early.body().contains("billing.period.notOver"));
        String refused = finished(http, manager(http, "POST", "/api/v1/admin/billing/periods/2026-01/runs", null, null));
        assertTrue(refused, refused.contains("\"state\":\"FAILED\"") && refused.contains("закрыт"));

        // charges from the company's own billing: a closed period is refused, an open one loads once
        String closedCharges = "account;city;period;service;amount;kind;reason\n91001;Сургут;2026-01;rent;-50;recalculation;перерасчёт\n";
        HttpResponse<String> refusedCharges = manager(http, "POST", "/api/v1/admin/charges/import", "text/csv", closedCharges);
        assertEquals(refusedCharges.body(), 422, refusedCharges.statusCode());
        assertTrue(refusedCharges.body(), refusedCharges.body().contains("закрыт"));
        String charges = "account;city;period;service;amount;kind;reason\n91001;Сургут;2026-02;rent;-50;recalculation;перерасчёт\n";
        HttpResponse<String> loaded = manager(http, "POST", "/api/v1/admin/charges/import", "text/csv", charges);
        assertEquals(loaded.body(), 200, loaded.statusCode());
        assertTrue(loaded.body(), loaded.body().contains("\"posted\":1"));
        assertTrue(manager(http, "POST", "/api/v1/admin/charges/import", "text/csv", charges).body().contains("\"alreadyPosted\":1"));

        // a registry with a bad line posts nothing; the good one posts once, and again posts nothing new
        HttpResponse<String> bad = manager(http, "POST", "/api/v1/admin/payments/import", "text/csv",
                "payment_id;paid_on;account;city;amount\nB-1;2026-03-20;91001;Сургут;100\nB-2;2026-03-20;99999;Сургут;100\n");
        assertEquals(bad.body(), 422, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("99999") && bad.body().contains("\"line\":3"));
        String registry = "payment_id;paid_on;account;city;amount\nB-1;2026-03-20;91001;Сургут;100\n";
        HttpResponse<String> good = manager(http, "POST", "/api/v1/admin/payments/import", "text/csv", registry);
        assertEquals(good.body(), 200, good.statusCode());
        assertTrue(good.body(), good.body().contains("\"posted\":1"));
        HttpResponse<String> again = manager(http, "POST", "/api/v1/admin/payments/import", "text/csv", registry);
        assertTrue(again.body(), again.body().contains("\"posted\":0") && again.body().contains("\"alreadyPosted\":1"));
        HttpResponse<String> conflict = manager(http, "POST", "/api/v1/admin/payments", "application/json",
                "{\"id\":\"B-1\",\"account\":\"" + accountId + "\",\"paidOn\":\"2026-03-20\",\"amount\":150}");
        assertEquals(conflict.body(), 409, conflict.statusCode());

        // the tenant: 483,67 − 50 (recalculation) − 100 = 333,67 owed, пени with the explanation; another tenant: 404
        String token = Tenants.signedUp(http, "payer@example.ru");
        assertEquals(201, http.post("/api/v1/me/accounts", "{\"number\":\"91001\",\"city\":\"surgut\",\"code\":\"" + code + "\"}", token)
                .statusCode());
        HttpResponse<String> balance = http.get("/api/v1/me/accounts/" + accountId + "/balance", token);
        assertEquals(balance.body(), 200, balance.statusCode());
        assertTrue(balance.body(), balance.body().contains("\"balance\":333.67"));
        HttpResponse<String> penalties = http.get("/api/v1/me/accounts/" + accountId + "/penalties", token);
        assertTrue(penalties.body(), penalties.body().contains("\"period\":\"2026-01\"") && penalties.body().contains("× 1/300")
                && penalties.body().contains("Итого пени"));
        assertTrue(http.get("/api/v1/me/accounts/" + accountId + "/charges?from=2026-01&to=2026-01", token).body().contains("\"amount\":483.67"));
        assertEquals(422, http.get("/api/v1/me/accounts/" + accountId + "/charges?from=январь", token).statusCode());

        String stranger = Tenants.signedUp(http, "stranger@example.ru");
        for (String path : new String[] {"balance", "charges", "payments", "penalties"}) {
            assertEquals(path, 404, http.get("/api/v1/me/accounts/" + accountId + "/" + path, stranger).statusCode());
        }
        assertEquals(403, http.get("/api/v1/admin/accounts/" + accountId + "/ledger", token).statusCode());

        // the console: viewers read, managers change
        assertTrue(command(console, "viewer", "kabinet:key-rates").contains("2025-10-27"));
        assertTrue(command(console, "viewer", "kabinet:key-rates --add --from 2026-12-01 --percent 15 Банк России").contains("refused"));
        assertTrue(command(console, "viewer", "kabinet:billing-run --dry-run 2026-02").contains("refused"));
        String consolePreview = command(console, "manager", "kabinet:billing-run --dry-run 2026-02");
        assertTrue(consolePreview, consolePreview.contains("Preview of 2026-02") && consolePreview.contains("total 483.67 RUB"));
        assertTrue(command(console, "viewer", "kabinet:services").contains("Плата за наём"));
        assertTrue(command(console, "viewer", "kabinet:tariff-add rent 2026-12-01 13").contains("refused"));
        String added = command(console, "manager", "kabinet:tariff-add --scope CITY --of surgut rent 2026-12-01 13.10");
        assertTrue(added, added.contains("Tariff rent 13.10 from 2026-12-01 added."));
        String unknown = command(console, "manager", "kabinet:tariff-add nope 2026-12-01 1");
        assertTrue(unknown, unknown.contains("There is no service nope"));
        String closedRun = command(console, "manager", "kabinet:billing-run 2026-01");
        assertTrue(closedRun, closedRun.contains("is closed"));
        String ledger = command(console, "viewer", "kabinet:ledger " + accountId);
        assertTrue(ledger, ledger.contains("Balance 333.67 RUB") && ledger.contains("Итого пени"));

        HttpResponse<String> reversed = manager(http, "POST", "/api/v1/admin/payments/B-1/reversal", "application/json",
                "{\"reason\":\"ошибочный счёт\"}");
        assertEquals(reversed.body(), 200, reversed.statusCode());
        assertTrue(http.get("/api/v1/me/accounts/" + accountId + "/balance", token).body().contains("\"balance\":433.67"));

        // the пени rules are data: an overlapping rule of one kind is refused, a new one (a row, not a release) is kept
        assertTrue(manager(http, "GET", "/api/v1/admin/penalty-rules", null, null).body().contains("\"kind\":\"RATE_CAP\",\"from\":\"2022-02-28\""));
        HttpResponse<String> overlap = manager(http, "POST", "/api/v1/admin/penalty-rules", "application/json",
                "{\"kind\":\"RATE_CAP\",\"from\":\"2026-06-01\",\"capPercent\":8,\"source\":\"ПП (пример)\"}");
        assertEquals(overlap.body(), 422, overlap.statusCode());
        assertTrue(overlap.body(), overlap.body().contains("billing.rule.overlap") && overlap.body().contains("\"field\":\"from\""));
        HttpResponse<String> rule = manager(http, "POST", "/api/v1/admin/penalty-rules", "application/json",
                "{\"kind\":\"NO_ACCRUAL\",\"from\":\"2027-01-01\",\"to\":\"2027-03-31\",\"source\":\"ПП (пример)\"}");
        assertEquals(rule.body(), 200, rule.statusCode());
        assertTrue(command(console, "viewer", "kabinet:penalty-rules").contains("2027-01-01"));
        assertTrue(command(console, "viewer", "kabinet:penalty-rules --add --kind NO_ACCRUAL --from 2028-01-01 ПП").contains("refused"));

        // every staff change above is in the billing log with who made it; the refusals are not
        String audit = manager(http, "GET", "/api/v1/admin/billing/audit", null, null).body();
        for (String action : new String[] {"SERVICE_SAVED", "TARIFF_ADDED", "PERIOD_BILLED", "PERIOD_CLOSED", "CHARGES_IMPORTED",
                "PAYMENTS_IMPORTED", "PAYMENT_REVERSED", "PENALTY_RULE_SAVED"}) {
            assertTrue(action + " in " + audit, audit.contains("\"by\":\"" + MANAGER + "\",\"action\":\"" + action + "\""));
        }
        assertTrue(audit, audit.contains("\"by\":\"console:test-manager\",\"action\":\"TARIFF_ADDED\""));
        assertEquals(audit, 1, audit.split("PENALTY_RULE_SAVED", -1).length - 1);
        assertEquals(403, http.get("/api/v1/admin/billing/audit", token).statusCode());
    }
}
