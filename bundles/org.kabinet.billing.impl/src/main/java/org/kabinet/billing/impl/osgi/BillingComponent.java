package org.kabinet.billing.impl.osgi;

import java.sql.SQLException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kabinet.accounts.api.AccountHolder;
import org.kabinet.accounts.api.AccountHolders;
import org.kabinet.billing.api.DebtSms;
import org.kabinet.billing.api.DebtSmsRun;
import org.kabinet.billing.api.Statement;
import org.kabinet.billing.impl.DebtSmsService;
import org.kabinet.billing.impl.NoticeTexts;
import org.kabinet.billing.impl.PaymentNoticeQueue;
import org.kabinet.billing.impl.PaymentNotices;
import org.kabinet.billing.api.PendingNotices;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.osgi.service.component.annotations.Deactivate;
import org.kabinet.billing.impl.StatementBuilder;
import org.kabinet.billing.impl.StatementFiles;
import org.kabinet.billing.impl.StatementPdf;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.notifications.api.Attachment;
import org.kabinet.notifications.api.AttachmentSource;
import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.NotificationSettings;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.api.OutboxAdministration;
import org.kabinet.registration.api.Tenant;
import org.kabinet.registration.api.TenantDirectory;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.billing.api.AccountFacts;
import org.kabinet.billing.api.BillingAdministration;
import org.kabinet.billing.api.BillingAudit;
import org.kabinet.billing.api.KeyRate;
import org.kabinet.billing.api.LedgerView;
import org.kabinet.billing.api.Payment;
import org.kabinet.billing.api.PenaltyRule;
import org.kabinet.billing.api.PostedPayment;
import org.kabinet.billing.api.Progress;
import org.kabinet.billing.api.Posting;
import org.kabinet.billing.api.RegistryImport;
import org.kabinet.billing.api.RunSummary;
import org.kabinet.billing.api.Service;
import org.kabinet.billing.api.ServiceSetup;
import org.kabinet.billing.api.StoredCharge;
import org.kabinet.billing.api.Tariff;
import org.kabinet.billing.api.TenantBilling;
import org.kabinet.billing.impl.BillingRun;
import org.kabinet.billing.impl.BillingService;
import org.kabinet.billing.impl.PaymentRegistry;
import org.kabinet.billing.impl.jpa.JpaBillingStore;
import org.kabinet.documents.csv.CsvImport;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.money.Money;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.persistence.JpaTransactions;
import org.kabinet.persistence.Leases;
import org.kabinet.persistence.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.kabinet.billing.api.ConsumptionSource;
import org.kabinet.billing.api.BillingListener;

/**
 * Wires billing's rules to the database, the accounts module, the outbox and the portal's clock. It
 * also builds statements (for tenants, and as the outbox's {@code statement} attachment source),
 * queues the notices of posted payments on its own thread once their transaction committed, and runs
 * the monthly debt SMS: the Karaf scheduler calls {@link #run()} every minute and the service decides
 * whether it is time (the same tick also queues payment notices a crash or a busy minute left behind).
 */
@Component(service = {BillingAdministration.class, TenantBilling.class, DebtSms.class, AttachmentSource.class, Runnable.class},
        configurationPid = "org.kabinet.billing.notices",
        property = {"scheduler.name=kabinet-debt-sms", "scheduler.period:Long=60", "scheduler.concurrent:Boolean=false"})
@Designate(ocd = NoticesConfig.class)
public class BillingComponent implements BillingAdministration, TenantBilling, DebtSms, AttachmentSource, Runnable {
    private static final Logger LOG = Logger.getLogger(BillingComponent.class.getName());
    /** Statements a day an account may have e-mailed on request. */
    static final int STATEMENT_EMAILS_A_DAY = 3;

    private final BillingService service;
    private final AccountAdministration accounts;
    private final TenantAccounts tenantAccounts;
    private final Company company;
    private final Outbox outbox;
    private final TenantDirectory tenants;
    private final PortalTime time;
    private final PaymentNotices paymentNotices;
    private final PaymentNoticeQueue noticeQueue;
    /** Queues payment notices after the payments' transactions, one pass at a time. */
    private final ExecutorService noticeWorker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kabinet-payment-notices");
        t.setDaemon(true);
        return t;
    });
    /** A pass is waiting to start (a second request meanwhile needs no second pass). */
    private final AtomicBoolean noticePassQueued = new AtomicBoolean();
    /** Payment registries being posted: their uncommitted rows would make the notice reads wait, so passes wait. */
    private final AtomicInteger registriesPosting = new AtomicInteger();
    /** Set when the component stops: a pass ends after its batch (no interrupt: Derby would close its connection). */
    private volatile boolean stopping;
    private final DebtSmsService debtSms;
    /** Where metered volumes come from (the meters module); without one, metered services are charged by the norm. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConsumptionSource consumption;
    private final List<BillingListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Activate
    public BillingComponent(@Reference(target = "(osgi.jndi.service.name=kabinet)") DataSource dataSource,
                            @Reference(target = "(osgi.unit.name=kabinet-billing)") JpaTemplate jpa,
                            @Reference AccountAdministration accounts, @Reference TenantAccounts tenantAccounts,
                            @Reference AccountHolders holders, @Reference TenantDirectory tenants,
                            @Reference Company company, @Reference Outbox outbox, @Reference OutboxAdministration outboxAdmin,
                            @Reference NotificationSettings settings,
                            @Reference PortalTime time, NoticesConfig config) throws SQLException {
        SchemaMigrations.of("bil", getClass().getClassLoader(), "db/billing", "V1__billing.sql", "V2__penalty_rules_and_audit.sql",
                "V3__debt_sms_runs.sql", "V4__payment_notices.sql").migrate(dataSource);
        JpaTransactions tx = new JpaTransactions(jpa);
        JpaBillingStore store = new JpaBillingStore(tx);
        this.service = new BillingService(store, tx, time.clock(), time.zone(),
                (account, s, period) -> {
                    ConsumptionSource source = consumption;
                    return source == null ? Optional.empty() : source.volume(account, s, period);
                }).withListeners(() -> listeners);
        this.accounts = accounts;
        this.tenantAccounts = tenantAccounts;
        this.company = company;
        this.outbox = outbox;
        this.tenants = tenants;
        this.time = time;
        this.paymentNotices = new PaymentNotices(outbox, settings, holders::holders, tenants, () -> company.profile().name(),
                time.clock(), time.zone());
        this.noticeQueue = new PaymentNoticeQueue(store, tx, time.clock(), paymentNotices::fresh,
                (accountId, payment) -> paymentNotices.paymentPosted(accountId, () -> accounts.account(accountId).number(),
                        payment, () -> service.ledger(accountId)));
        this.debtSms = new DebtSmsService(store, tx, outbox, outboxAdmin, settings, new DebtSmsService.Accounts() {
            @Override
            public Map<String, String> openNumbers() {
                return holders.openAccountNumbers();
            }

            @Override
            public List<AccountHolder> holders() {
                return holders.allHolders();
            }
        }, () -> company.profile().name(), time.clock(), time.zone(), schedule(config), Leases.open(dataSource, time.clock()));
        service.seedRates();
        debtSms.markInterrupted();
        queueNotices();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        noticeWorker.shutdown();
        if (!noticeWorker.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.warning("The payment notice pass did not stop in 30 s");
        }
    }

    @Modified
    void modified(NoticesConfig config) {
        debtSms.reschedule(schedule(config));
    }

    private static DebtSmsService.Schedule schedule(NoticesConfig config) {
        LocalTime at;
        try {
            at = LocalTime.parse(config.debtSmsTime().strip());
        } catch (DateTimeParseException e) {
            LOG.warning(() -> "debtSmsTime '" + config.debtSmsTime() + "' is not HH:mm; 10:00 is used");
            at = LocalTime.of(10, 0);
        }
        BigDecimal threshold;
        try {
            threshold = Money.of(new BigDecimal(config.debtSmsThreshold().strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            LOG.warning(() -> "debtSmsThreshold '" + config.debtSmsThreshold() + "' is not a number; 100.00 is used");
            threshold = Money.of("100.00");
        }
        return new DebtSmsService.Schedule(config.debtSmsEnabled(), Math.max(1, Math.min(28, config.debtSmsDay())), at,
                Math.max(1, config.debtSmsCatchUpDays()), threshold);
    }

    /** Notes a posted payment for its notices (the payment SMS, the monthly statement letter), in the payment's transaction. */
    private final BillingListener notices = new BillingListener() {
        @Override
        public void paymentPosted(String accountId, Payment payment) {
            noticeQueue.paymentPosted(accountId, payment);
        }
    };

    /** Starts a pass of the notice queue on its thread, unless one is waiting to start already. */
    private void queueNotices() {
        if (noticePassQueued.compareAndSet(false, true)) {
            try {
                noticeWorker.execute(() -> {
                    noticePassQueued.set(false);
                    try {
                        noticeQueue.deliver(() -> stopping || registriesPosting.get() > 0);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Queueing payment notices failed; the next payment or the minute tick tries again", e);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException closed) {
                noticePassQueued.set(false);
            }
        }
    }

    @Override
    public PendingNotices pendingPaymentNotices() {
        return noticeQueue.pending();
    }

    {
        listeners.add(notices);
    }

    // ---- debt SMS ---------------------------------------------------------------------------------

    /** The scheduler's minute tick. */
    @Override
    public void run() {
        try {
            debtSms.tick();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The debt SMS run failed; the next tick tries again", e);
        }
        queueNotices();
    }

    @Override
    public DebtSmsRun run(boolean dryRun, String by) {
        return debtSms.run(dryRun, by);
    }

    @Override
    public List<DebtSmsRun> runs(int limit) {
        return debtSms.runs(Math.max(1, Math.min(limit, 1000)));
    }

    @Override
    public Optional<DebtSmsRun> find(String id) {
        return debtSms.find(id);
    }

    // ---- statements -------------------------------------------------------------------------------

    @Override
    public String name() {
        return StatementFiles.SOURCE;
    }

    /** Builds a statement PDF queued by reference (the monthly letter), as of now. */
    @Override
    public Optional<byte[]> build(String reference) {
        return StatementFiles.read(reference).flatMap(r -> {
            try {
                return Optional.of(pdf(statementOf(accounts.account(r.accountId()), r.tenantId(), r.from(), r.to())));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    private Statement statementOf(Account a, String tenantId, YearMonth from, YearMonth to) {
        String holder = tenants.find(tenantId).map(t -> t.name().isBlank() ? t.email() : t.name()).orElse("");
        return service.statement(new StatementBuilder.Account(a.id(), a.number(), a.city() == null ? "" : a.city().name(),
                a.address(), a.areaM2(), a.residents(), holder), from, to);
    }

    private byte[] pdf(Statement statement) {
        return new StatementPdf(company.profile(), company.bankDetails()).render(statement);
    }

    @Override
    public Statement statement(String tenantId, String accountId, YearMonth from, YearMonth to) {
        return statementOf(accounts.account(linked(tenantId, accountId)), tenantId, from, to);
    }

    @Override
    public byte[] statementPdf(Statement statement) {
        return pdf(statement);
    }

    @Override
    public String statementFileName(Statement statement) {
        return StatementFiles.name(statement.accountNumber(), statement.from(), statement.to());
    }

    /**
     * Renders the statement now and queues it with the letter; at most {@link #STATEMENT_EMAILS_A_DAY} a
     * day per tenant and account (the keys {@code statement-request:<account>:<tenant>:<day>:<n>} count them).
     */
    @Override
    public String emailStatement(String tenantId, String accountId, YearMonth from, YearMonth to) {
        Statement statement = statement(tenantId, accountId, from, to);
        from = statement.from();
        to = statement.to();
        Tenant tenant = tenants.find(tenantId).filter(Tenant::confirmed)
                .orElseThrow(() -> new KabinetException(Failure.REFUSED, "billing.statement.noEmail", null));
        byte[] file = pdf(statement);
        String number = statement.accountNumber();
        LocalDate today = LocalDate.now(time.clock().withZone(time.zone()));
        String subject = NoticeTexts.statementSubject(number, from, to);
        String text = NoticeTexts.statementText(number, from, to, statement.toPay(), false);
        List<Attachment> files = List.of(Attachment.of(StatementFiles.name(number, from, to), StatementFiles.PDF, file));
        for (int n = 1; n <= STATEMENT_EMAILS_A_DAY; n++) {
            // per tenant and account: a household member's requests do not use up the holder's
            String key = "statement-request:" + accountId + ":" + tenantId + ":" + today + ":" + n;
            if (outbox.enqueue(new EmailMessage(key, tenant.email(), subject, text, null, null, files, null))) {
                return tenant.email();
            }
        }
        throw new KabinetException(Failure.TOO_MANY, "billing.statement.tooMany", null);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(BillingListener listener) {
        listeners.add(listener);
    }

    void removeListener(BillingListener listener) {
        listeners.remove(listener);
    }

    /** For staff and for tenants (to name charge lines): the list of services is not a secret. */
    @Override
    public List<ServiceSetup> services() {
        return service.services();
    }

    @Override
    public ServiceSetup saveService(Service s, Set<String> accountKinds, String by) {
        return service.saveService(s, accountKinds, by);
    }

    @Override
    public List<Tariff> tariffs() {
        return service.tariffs();
    }

    @Override
    public Tariff addTariff(Tariff tariff, String by) {
        return service.addTariff(tariff, by);
    }

    @Override
    public List<KeyRate> keyRates() {
        return service.keyRates();
    }

    @Override
    public KeyRate saveKeyRate(KeyRate rate, String source, String by) {
        return service.saveKeyRate(rate, source, by);
    }

    @Override
    public List<PenaltyRule> penaltyRules() {
        return service.penaltyRules();
    }

    @Override
    public PenaltyRule savePenaltyRule(PenaltyRule rule, String by) {
        return service.savePenaltyRule(rule, by);
    }

    @Override
    public List<BillingAudit> audit(int limit) {
        return service.audit(limit);
    }

    @Override
    public List<BillingAudit> audit(int offset, int limit) {
        return service.audit(offset, limit);
    }

    @Override
    public int countAudit() {
        return service.countAudit();
    }

    @Override
    public RunSummary run(YearMonth period, String cityId, boolean dryRun, String by, Progress progress) {
        List<BillingRun.Billable> billable = accounts.accounts(new AccountFilter(cityId, AccountStatus.OPEN, null)).stream()
                .map(a -> new BillingRun.Billable(facts(a), a.number(), a.kind().name())).toList();
        return service.run(period, billable, dryRun, by, progress);
    }

    private static AccountFacts facts(Account a) {
        return new AccountFacts(a.id(), a.city() == null ? null : a.city().id(), a.address(), a.areaM2(), a.residents());
    }

    @Override
    public void closePeriod(YearMonth period, String by) {
        service.closePeriod(period, by);
    }

    @Override
    public Posting postPayment(String accountId, Payment payment, String by) {
        accounts.account(accountId); // NotFoundException for an unknown account
        Posting posting = service.postPayment(accountId, payment, "STAFF", by);
        if (posting.created()) {
            queueNotices();
        }
        return posting;
    }

    @Override
    public RegistryImport importPayments(byte[] file, String encoding, Map<String, String> columns, String by, Progress progress) {
        String text = PaymentRegistry.decode(file, encoding);
        int lines = lines(text);
        CsvImport.Result<PaymentRegistry.Line> read = new PaymentRegistry(columns == null ? Map.of() : columns)
                .read(text, line -> progress.at(Math.min(line, lines), 2 * lines));
        if (!read.accepted()) {
            return rejected(read);
        }
        registriesPosting.incrementAndGet();
        try {
            return service.importPayments(read.rows(), accountLookup(), by, stored(progress, lines, read.rows().size()));
        } catch (BillingService.RegistryRejected rejected) {
            return new RegistryImport(0, 0, Money.ZERO, rejected.problems());
        } finally {
            registriesPosting.decrementAndGet();
            queueNotices();
        }
    }

    private static RegistryImport rejected(CsvImport.Result<?> read) {
        return new RegistryImport(0, 0, Money.ZERO,
                read.problems().stream().map(p -> new RegistryImport.LineProblem(p.line(), p.reason())).toList());
    }

    /**
     * Finds an account id by number and city (named by id or by name, in any case) for one registry: the
     * cities are read once and each city's accounts once, not once per line.
     */
    private BiFunction<String, String, Optional<String>> accountLookup() {
        List<City> cities = accounts.cities();
        Map<String, Map<String, String>> byCity = new HashMap<>();
        return (number, named) -> {
            String wanted = named.strip().toLowerCase(Locale.ROOT);
            return cities.stream().filter(c -> c.id().equals(wanted) || c.name().toLowerCase(Locale.ROOT).equals(wanted))
                    .map(City::id).findFirst()
                    .map(id -> byCity.computeIfAbsent(id, this::numbers).get(number));
        };
    }

    private Map<String, String> numbers(String cityId) {
        Map<String, String> numbers = new HashMap<>();
        accounts.accounts(new AccountFilter(cityId, null, null)).forEach(a -> numbers.put(a.number(), a.id()));
        return numbers;
    }

    @Override
    public RegistryImport importCharges(byte[] file, String encoding, String by, Progress progress) {
        String text = PaymentRegistry.decode(file, encoding);
        int lines = lines(text);
        CsvImport.Result<org.kabinet.billing.impl.ChargeRegistry.Line> read = new org.kabinet.billing.impl.ChargeRegistry()
                .read(text, line -> progress.at(Math.min(line, lines), 2 * lines));
        if (!read.accepted()) {
            return rejected(read);
        }
        return service.importCharges(read.rows(), accountLookup(), by, stored(progress, lines, read.rows().size()));
    }

    /** Lines of a registry's text, for its progress: reading counts the first half, storing the second. */
    private static int lines(String text) {
        return Math.max(1, (int) text.chars().filter(c -> c == '\n').count());
    }

    private static IntConsumer stored(Progress progress, int lines, int rows) {
        return done -> progress.at(lines + (int) ((long) done * lines / Math.max(1, rows)), 2 * lines);
    }

    @Override
    public Payment reverse(String paymentId, String reason, String by) {
        return service.reverse(paymentId, reason, by);
    }

    @Override
    public Payment reverse(String paymentId, String reason, boolean notifyTenants, String by) {
        return service.reverse(paymentId, reason, by, (accountId, payment) -> {
            if (notifyTenants) {
                paymentNotices.paymentReversed(accountId, accounts.account(accountId).number(), payment,
                        () -> service.ledger(accountId));
            }
        });
    }

    @Override
    public LedgerView ledger(String accountId) {
        accounts.account(accountId);
        return service.ledger(accountId);
    }

    @Override
    public List<StoredCharge> charges(String accountId) {
        accounts.account(accountId);
        return service.charges(accountId);
    }

    @Override
    public List<PostedPayment> payments(String accountId) {
        accounts.account(accountId);
        return service.payments(accountId);
    }

    // ---- tenants: only linked accounts --------------------------------------------------------------

    private String linked(String tenantId, String accountId) {
        return tenantAccounts.linked(tenantId).stream().filter(a -> a.id().equals(accountId)).findFirst()
                .orElseThrow(() -> new NotFoundException("billing.account.unknown")).id();
    }

    @Override
    public LedgerView ledger(String tenantId, String accountId) {
        return service.ledger(linked(tenantId, accountId));
    }

    @Override
    public List<StoredCharge> charges(String tenantId, String accountId) {
        return service.charges(linked(tenantId, accountId));
    }

    @Override
    public List<PostedPayment> payments(String tenantId, String accountId) {
        return service.payments(linked(tenantId, accountId));
    }
}
