package org.kabinet.billing.rest;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.billing.api.BillingAdministration;
import org.kabinet.billing.api.KeyRate;
import org.kabinet.billing.api.PenaltyTexts;
import org.kabinet.billing.api.Posting;
import org.kabinet.billing.api.Progress;
import org.kabinet.billing.api.RegistryImport;
import org.kabinet.billing.api.RunSummary;
import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.ErrorTexts;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.RequestBodies;
import org.kabinet.rest.api.StaffAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Billing for staff: services, tariffs, key rates, billing runs (in the background, with progress) and
 * period closing, payments one by one or as a registry, reversals, an account's ledger.
 */
@Component(service = AdminBillingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@StaffAccess
@Path("admin")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminBillingResource {
    /** The largest registry file taken. */
    static final int MAX_REGISTRY_BYTES = 20 * 1024 * 1024;
    /** A charge registry may hold a large company's month: a million lines. */
    static final int MAX_CHARGE_REGISTRY_BYTES = 128 * 1024 * 1024;
    private static final int RUNS_KEPT = 50;
    private final BillingAdministration billing;
    private final ErrorCatalog errors;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kabinet-billing-run");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Run> runs = java.util.Collections.synchronizedMap(new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Run> eldest) {
            return size() > RUNS_KEPT;
        }
    });

    @Activate
    public AdminBillingResource(@Reference BillingAdministration billing,
                                @Reference(target = "(component.name=org.kabinet.billing.impl.osgi.BillingErrorCatalog)") ErrorCatalog errors) {
        this.billing = billing;
        this.errors = errors;
    }

    @Deactivate
    void stop() {
        runner.shutdownNow();
    }

    // ---- services, tariffs, key rates -------------------------------------------------------------

    @GET
    @Path("services")
    public List<BillingBodies.ServiceBody> services() {
        return billing.services().stream().map(BillingBodies.ServiceBody::of).toList();
    }

    /** Creates or changes a service (by its code). */
    @POST
    @Path("services")
    public BillingBodies.ServiceBody saveService(@Context SecurityContext security, BillingBodies.ServiceBody body) {
        RequestBodies.required(body);
        return BillingBodies.ServiceBody.of(billing.saveService(body.toService(), body.accountKinds(), Caller.staff(security).name()));
    }

    @GET
    @Path("tariffs")
    public List<BillingBodies.TariffBody> tariffs() {
        return billing.tariffs().stream().map(BillingBodies.TariffBody::of).toList();
    }

    @POST
    @Path("tariffs")
    @Answers(value = 201, body = BillingBodies.TariffBody.class)
    public Response addTariff(@Context SecurityContext security, BillingBodies.TariffBody body) {
        RequestBodies.required(body);
        return Response.status(201).entity(BillingBodies.TariffBody.of(billing.addTariff(body.toTariff(), Caller.staff(security).name())))
                .build();
    }

    @GET
    @Path("key-rates")
    public List<BillingBodies.KeyRateBody> keyRates() {
        return billing.keyRates().stream().map(BillingBodies.KeyRateBody::of).toList();
    }

    /** Adds the key rate taking effect on {@code from} (or replaces that day's), with its source. */
    @POST
    @Path("key-rates")
    public BillingBodies.KeyRateBody saveKeyRate(@Context SecurityContext security, BillingBodies.KeyRateBody body) {
        RequestBodies.required(body);
        KeyRate saved = billing.saveKeyRate(new KeyRate(BillingBodies.date(body.from(), "from"), body.percent()), body.source(),
                Caller.staff(security).name());
        return new BillingBodies.KeyRateBody(saved.from().toString(), saved.percent(), body.source());
    }

    @GET
    @Path("penalty-rules")
    public List<BillingBodies.PenaltyRuleBody> penaltyRules() {
        return billing.penaltyRules().stream().map(BillingBodies.PenaltyRuleBody::of).toList();
    }

    /** Adds a rule that changes пени for the days it covers, or replaces the one of its kind starting that day. */
    @POST
    @Path("penalty-rules")
    public BillingBodies.PenaltyRuleBody savePenaltyRule(@Context SecurityContext security, BillingBodies.PenaltyRuleBody body) {
        RequestBodies.required(body);
        return BillingBodies.PenaltyRuleBody.of(billing.savePenaltyRule(body.toRule(), Caller.staff(security).name()));
    }

    /**
     * Staff changes to billing, newest first: who, when, what; a page at a time ({@code ?page=} from 0,
     * {@code ?size=} 50 by default, at most 500, with {@code X-Total-Count} and {@code Link}). The older
     * {@code ?limit=} (the newest, up to 1000) still works when neither page nor size is given.
     */
    @GET
    @Path("billing/audit")
    @Answers(value = 200, body = BillingBodies.AuditBody.class, list = true)
    public Response audit(@Context javax.ws.rs.core.UriInfo uri, @QueryParam("limit") Integer limit, @QueryParam("page") String page,
                          @QueryParam("size") String size) {
        int total = billing.countAudit();
        if (limit != null && page == null && size == null) {
            return Response.ok(billing.audit(limit).stream().map(BillingBodies.AuditBody::of).toList()).header("X-Total-Count", total).build();
        }
        org.kabinet.rest.api.paging.Paging paging = org.kabinet.rest.api.paging.Paging.of(page, size);
        return paging.response(billing.audit(paging.offset(), paging.size()).stream().map(BillingBodies.AuditBody::of).toList(), uri, total);
    }

    // ---- runs and periods -------------------------------------------------------------------------

    /**
     * Starts a billing run of the period (all open accounts, or one city): 202 with the run's id; follow it
     * with {@code GET …/runs/{id}}. {@code dryRun=true} computes the summary and stores nothing.
     */
    @POST
    @Path("billing/periods/{period}/runs")
    @Answers(value = 202, body = BillingBodies.RunBody.class)
    public Response run(@Context SecurityContext security, @PathParam("period") String period, @QueryParam("dryRun") boolean dryRun,
                        @QueryParam("city") String city) {
        YearMonth month = BillingBodies.period(period, "period");
        if (month == null) {
            throw new ValidationException("period", "billing.period.invalid");
        }
        Run run = new Run(UUID.randomUUID().toString(), month, dryRun);
        runs.put(run.id, run);
        String by = Caller.staff(security).name();
        runner.execute(() -> run.execute(() -> billing.run(month, city == null || city.isBlank() ? null : city.strip(), dryRun, by,
                (done, total) -> run.percent = Progress.percent(done, total))));
        return Response.status(202).entity(run.body()).build();
    }

    @GET
    @Path("billing/periods/{period}/runs/{id}")
    public BillingBodies.RunBody runState(@PathParam("period") String period, @PathParam("id") String id) {
        Run run = runs.get(id);
        if (run == null || !run.period.toString().equals(period)) {
            throw new NotFoundException("not.found");
        }
        return run.body();
    }

    @POST
    @Path("billing/periods/{period}/close")
    @Answers(204)
    public Response close(@Context SecurityContext security, @PathParam("period") String period) {
        YearMonth month = BillingBodies.period(period, "period");
        if (month == null) {
            throw new ValidationException("period", "billing.period.invalid");
        }
        billing.closePeriod(month, Caller.staff(security).name());
        return Response.noContent().build();
    }

    /** A billing run in the background: its progress, then its summary or its error. */
    private final class Run {
        final String id;
        final YearMonth period;
        final boolean dryRun;
        volatile int percent;
        volatile String state = "RUNNING";
        volatile RunSummary summary;
        volatile String error;

        Run(String id, YearMonth period, boolean dryRun) {
            this.id = id;
            this.period = period;
            this.dryRun = dryRun;
        }

        void execute(java.util.function.Supplier<RunSummary> work) {
            try {
                summary = work.get();
                state = "DONE";
            } catch (KabinetException e) {
                error = new ErrorTexts(() -> List.of(errors)).of(e, ErrorTexts.RUSSIAN);
                state = "FAILED";
            } catch (RuntimeException e) {
                error = "Расчёт прерван из-за ошибки на сервере; подробности в журнале портала";
                state = "FAILED";
                java.util.logging.Logger.getLogger(AdminBillingResource.class.getName())
                        .log(java.util.logging.Level.SEVERE, "Billing run " + id + " of " + period + " failed", e);
            }
        }

        BillingBodies.RunBody body() {
            return new BillingBodies.RunBody(id, period.toString(), dryRun, state, percent, BillingBodies.Summary.of(summary), error);
        }
    }

    // ---- payments ---------------------------------------------------------------------------------

    /** One payment: 201 when posted now, 200 when the same payment was posted before, 409 for the same id with other data. */
    @POST
    @Path("payments")
    // 201 when posted now; 200 (the same body) when the same payment was posted before
    @Answers(value = 201, body = BillingBodies.PaymentBody.class)
    public Response postPayment(@Context SecurityContext security, BillingBodies.PaymentInput body) {
        RequestBodies.required(body);
        if (body.account() == null || body.account().isBlank()) {
            throw new ValidationException("account", "billing.account.unknown");
        }
        Posting posted = billing.postPayment(body.account().strip(), body.toPayment(), Caller.staff(security).name());
        return Response.status(posted.created() ? 201 : 200)
                .entity(BillingBodies.PaymentBody.of(posted.accountId(), posted.payment(), "STAFF", null)).build();
    }

    /**
     * A payment registry as CSV ({@code encoding}: auto, UTF-8 or windows-1251; a bank's columns as
     * {@code col.<ours>=<theirs>} query parameters): 200 with counts, or 422 listing every bad line and
     * nothing posted.
     */
    @POST
    @Path("payments/import")
    @Consumes({"text/csv", "application/octet-stream"})
    @Answers(value = 200, body = BillingBodies.RegistryBody.class)
    public Response importPayments(@Context SecurityContext security, @Context HttpHeaders headers,
                                   @Context javax.ws.rs.core.UriInfo uri, @QueryParam("encoding") String encoding,
                                   InputStream file) throws IOException {
        byte[] bytes = registry(file, MAX_REGISTRY_BYTES);
        Map<String, String> columns = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (name.startsWith("col.") && !values.isEmpty()) {
                columns.put(name.substring(4), values.get(0));
            }
        });
        return registryAnswer(billing.importPayments(bytes, encoding, columns, Caller.staff(security).name(), Progress.NONE), headers);
    }

    /**
     * A charge registry as CSV ({@code account;city;period;service;volume;unit;tariff;amount;kind;reason}):
     * 200 with counts, or 422 listing every bad line and nothing loaded; the same file again loads nothing new.
     */
    @POST
    @Path("charges/import")
    @Consumes({"text/csv", "application/octet-stream"})
    @Answers(value = 200, body = BillingBodies.RegistryBody.class)
    public Response importCharges(@Context SecurityContext security, @Context HttpHeaders headers,
                                  @QueryParam("encoding") String encoding, InputStream file) throws IOException {
        byte[] bytes = registry(file, MAX_CHARGE_REGISTRY_BYTES);
        return registryAnswer(billing.importCharges(bytes, encoding, Caller.staff(security).name(), Progress.NONE), headers);
    }

    /** The uploaded registry, refused past {@code max} bytes. */
    private static byte[] registry(InputStream file, int max) throws IOException {
        byte[] bytes = file.readNBytes(max + 1);
        if (bytes.length > max) {
            throw new ValidationException("file", "billing.registry.tooLarge", max / (1024 * 1024));
        }
        return bytes;
    }

    private Response registryAnswer(RegistryImport result, HttpHeaders headers) {
        if (!result.accepted()) {
            Locale locale = ErrorTexts.supported(headers.getAcceptableLanguages());
            return Response.status(422).entity(new BillingBodies.RegistryRejected("billing.registry.rejected",
                    errors.text("billing.registry.rejected", locale).orElse("billing.registry.rejected"), null, result.problems())).build();
        }
        return Response.ok(BillingBodies.RegistryBody.of(result)).build();
    }

    /**
     * Payments whose notices (payment SMS, the month's statement letter) are still to be queued —
     * {@code pending}: seconds after a posting, longer after a big registry — and {@code failed}: given up
     * after repeated failures (the log says why).
     */
    @GET
    @Path("payments/notices")
    public BillingBodies.NoticeQueueBody paymentNotices() {
        var pending = billing.pendingPaymentNotices();
        return new BillingBodies.NoticeQueueBody(pending.waiting(), pending.failed());
    }

    @POST
    @Path("payments/{id}/reversal")
    public BillingBodies.PaymentBody reverse(@Context SecurityContext security, @PathParam("id") String id,
                                             BillingBodies.ReversalInput body) {
        RequestBodies.required(body);
        var reversed = billing.reverse(id, body.reason(), Boolean.TRUE.equals(body.notifyTenants()), Caller.staff(security).name());
        return BillingBodies.PaymentBody.of(null, reversed, null, body.reason());
    }

    // ---- an account's ledger ----------------------------------------------------------------------

    /** Everything about an account's money: balance and history, charges, payments, пени with explanations. */
    @GET
    @Path("accounts/{id}/ledger")
    public Map<String, Object> ledger(@PathParam("id") String id) {
        var ledger = billing.ledger(id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("balance", BillingBodies.BalanceBody.of(ledger));
        body.put("charges", billing.charges(id).stream().map(BillingBodies.ChargeBody::of).toList());
        body.put("payments", billing.payments(id).stream().map(BillingBodies.PaymentBody::of).toList());
        body.put("penalties", ledger.penalties().stream().map(p -> BillingBodies.penalty(p, PenaltyTexts.explain(p))).toList());
        return body;
    }
}
