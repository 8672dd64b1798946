package org.kabinet.billing.impl.osgi;

import java.sql.SQLException;
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
import org.kabinet.persistence.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.kabinet.billing.api.BillingListener;

/** Wires billing's rules to the database, the accounts module and the portal's clock. */
@Component(service = {BillingAdministration.class, TenantBilling.class})
public class BillingComponent implements BillingAdministration, TenantBilling {
    private final BillingService service;
    private final AccountAdministration accounts;
    private final TenantAccounts tenantAccounts;
    private final List<BillingListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Activate
    public BillingComponent(@Reference(target = "(osgi.jndi.service.name=kabinet)") DataSource dataSource,
                            @Reference(target = "(osgi.unit.name=kabinet-billing)") JpaTemplate jpa,
                            @Reference AccountAdministration accounts, @Reference TenantAccounts tenantAccounts,
                            @Reference PortalTime time) throws SQLException {
        SchemaMigrations.of("bil", getClass().getClassLoader(), "db/billing", "V1__billing.sql", "V2__penalty_rules_and_audit.sql").migrate(dataSource);
        JpaTransactions tx = new JpaTransactions(jpa);
        this.service = new BillingService(new JpaBillingStore(tx), tx, time.clock(), time.zone(),
                (account, s, period) -> Optional.empty()).withListeners(() -> listeners);
        this.accounts = accounts;
        this.tenantAccounts = tenantAccounts;
        service.seedRates();
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
        return service.postPayment(accountId, payment, "STAFF", by);
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
        try {
            return service.importPayments(read.rows(), accountLookup(), by, stored(progress, lines, read.rows().size()));
        } catch (BillingService.RegistryRejected rejected) {
            return new RegistryImport(0, 0, Money.ZERO, rejected.problems());
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
