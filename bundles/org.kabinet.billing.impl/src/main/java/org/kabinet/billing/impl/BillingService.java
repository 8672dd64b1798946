package org.kabinet.billing.impl;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kabinet.billing.api.BillingAudit;
import org.kabinet.billing.api.BillingListener;
import org.kabinet.billing.api.Charge;
import org.kabinet.billing.api.ChargeLine;
import org.kabinet.billing.api.ConsumptionSource;
import org.kabinet.billing.api.KeyRate;
import org.kabinet.billing.api.LedgerView;
import org.kabinet.billing.api.Payment;
import org.kabinet.billing.api.PenaltyRule;
import org.kabinet.billing.api.PostedPayment;
import org.kabinet.billing.api.Progress;
import org.kabinet.billing.api.Posting;
import org.kabinet.billing.api.RegistryImport;
import org.kabinet.billing.api.ServiceSetup;
import org.kabinet.billing.api.Statement;
import org.kabinet.billing.api.StoredCharge;
import org.kabinet.billing.api.RunSummary;
import org.kabinet.billing.api.Service;
import org.kabinet.billing.api.Tariff;
import org.kabinet.billing.impl.jpa.JpaBillingStore;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.kernel.money.Money;
import org.kabinet.persistence.Transactions;

/**
 * Billing's rules over its tables: services and tariffs, key rates, billing runs and period closing,
 * payments (idempotent by payment id, reversible, never deleted) and the account's ledger with пени.
 */
public final class BillingService {
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final java.util.Locale RUSSIAN = java.util.Locale.forLanguageTag("ru");
    private static final Pattern PAYMENT_ID = Pattern.compile("[\\p{L}\\p{N}._/:-]{1,64}");
    private final JpaBillingStore store;
    private final Transactions tx;
    private final Clock clock;
    private final ZoneId zone;
    private final ConsumptionSource consumption;
    private java.util.function.Supplier<List<BillingListener>> listeners = List::of;
    private final Object runLock = new Object();
    /**
     * Key rates and пени rules for ledgers. They change a few times a year, and reading them for every balance
     * took 15 % of a balance request's CPU (bench/run). Kept here: dropped at once when saved through this
     * service, read again after at most {@link #RATES_MAX_AGE_NANOS} when changed elsewhere (another node).
     */
    private final AtomicReference<Rates> rates = new AtomicReference<>();
    /** Raised after every committed change of key rates or пени rules; a kept copy read before is stale. */
    private final AtomicLong ratesVersion = new AtomicLong();
    static final long RATES_MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(60);

    private record Rates(KeyRates keyRates, List<PenaltyRule> rules, long version, long readAt) {
    }

    public BillingService(JpaBillingStore store, Transactions tx, Clock clock, ZoneId zone, ConsumptionSource consumption) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
        this.zone = zone;
        this.consumption = consumption;
    }

    /** Who hears payments posted and reversed and periods closed, inside their transactions. */
    public BillingService withListeners(java.util.function.Supplier<List<BillingListener>> listeners) {
        this.listeners = listeners;
        return this;
    }

    /** Fills empty key-rate and пени-rule tables with the shipped ones (first start). */
    public void seedRates() {
        tx.inTransaction(() -> {
            if (store.keyRates().isEmpty()) {
                ShippedRates.keyRates().forEach(r -> store.saveKeyRate(r, "Банк России, cbr.ru (поставлено с порталом)"));
            }
            if (store.penaltyRules().isEmpty()) {
                ShippedRates.penaltyRules().forEach(store::savePenaltyRule);
            }
            return null;
        });
        ratesVersion.incrementAndGet();
    }

    /**
     * The пени calculator over the kept key rates and rules, read first if none are kept, the kept ones are from
     * before a change, or older than a minute. In a transaction. The version is taken before reading, so a copy
     * read while a change commits is never kept as current.
     */
    private PenaltyCalculator penaltyCalculator() {
        Rates kept = rates.get();
        long now = System.nanoTime();
        long version = ratesVersion.get();
        if (kept == null || kept.version() != version || now - kept.readAt() > RATES_MAX_AGE_NANOS) {
            kept = new Rates(new KeyRates(store.keyRates()), List.copyOf(store.penaltyRules()), version, now);
            rates.set(kept);
        }
        return new PenaltyCalculator(kept.keyRates(), kept.rules());
    }

    /** Leaves a row for staff review, in the caller's transaction. */
    private void audit(String by, BillingAudit.Action action, String accountId, String detail) {
        store.insertAudit(new BillingAudit(clock.instant(), by == null || by.isBlank() ? "—" : by, action, accountId, detail));
    }

    /** A day in an audit detail, as staff read it: «20.03.2026». */
    private static String day(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    /** An amount in an audit detail, as staff read it: «1 234,56 ₽». */
    private static String rub(BigDecimal amount) {
        return Money.format(amount, RUSSIAN);
    }

    public List<BillingAudit> audit(int limit) {
        return tx.inTransaction(() -> store.audit(0, Math.max(1, Math.min(limit, 1000))));
    }

    /** A page of the audit, newest first (read from the database a page at a time). */
    public List<BillingAudit> audit(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new ValidationException("page", "page.invalid");
        }
        return limit == 0 ? List.of() : tx.inTransaction(() -> store.audit(offset, limit));
    }

    public int countAudit() {
        return tx.inTransaction(store::countAudit);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    // ---- services, tariffs, key rates -------------------------------------------------------------

    public List<ServiceSetup> services() {
        return tx.inTransaction(store::services);
    }

    public ServiceSetup saveService(Service service, Set<String> accountKinds, String by) {
        if (service.code() == null || !CODE.matcher(service.code()).matches()) {
            throw new ValidationException("code", "billing.service.code");
        }
        if (blank(service.nameRu()) || blank(service.nameEn()) || service.nameRu().length() > 200 || service.nameEn().length() > 200) {
            throw new ValidationException("name", "billing.service.name");
        }
        if (service.group() == null || service.unit() == null || service.base() == null) {
            throw new ValidationException("base", "billing.service.kind");
        }
        if (service.base() == Service.Base.METERED && (service.normPerPerson() == null || service.normPerPerson().signum() < 0
                || service.normPerPerson().compareTo(BigDecimal.TEN.pow(8)) >= 0 || service.normPerPerson().stripTrailingZeros().scale() > 4)) {
            throw new ValidationException("normPerPerson", "billing.service.norm");
        }
        if (accountKinds == null || accountKinds.isEmpty() || !Set.of("RENT", "UTILITIES").containsAll(accountKinds)) {
            throw new ValidationException("accountKinds", "billing.service.kinds");
        }
        ServiceSetup row = new ServiceSetup(service, Set.copyOf(accountKinds));
        tx.inTransaction(() -> {
            store.saveService(row);
            audit(by, BillingAudit.Action.SERVICE_SAVED, null, service.code() + " «" + service.nameRu() + "»: " + service.base()
                    + (service.normPerPerson() == null ? "" : ", норматив " + service.normPerPerson().toPlainString())
                    + ", " + service.unit() + ", счета " + String.join("+", new java.util.TreeSet<>(accountKinds)));
            return null;
        });
        return row;
    }

    public List<Tariff> tariffs() {
        return tx.inTransaction(store::tariffs);
    }

    public Tariff addTariff(Tariff tariff, String by) {
        if (tariff.serviceCode() == null || tariff.scope() == null || tariff.from() == null) {
            throw new ValidationException("serviceCode", "billing.tariff.incomplete");
        }
        if (tariff.price() == null || tariff.price().signum() < 0 || tariff.price().stripTrailingZeros().scale() > 4
                || tariff.price().compareTo(BigDecimal.TEN.pow(10)) >= 0) {
            throw new ValidationException("price", "billing.tariff.price");
        }
        if (tariff.to() != null && tariff.to().isBefore(tariff.from())) {
            throw new ValidationException("to", "billing.tariff.dates");
        }
        String value = tariff.scope() == Tariff.Scope.COMPANY ? "" : tariff.scopeValue() == null ? "" : tariff.scopeValue().strip();
        if (tariff.scope() != Tariff.Scope.COMPANY && (value.isEmpty() || value.length() > 200)) {
            throw new ValidationException("scopeValue", "billing.tariff.scope");
        }
        Tariff clean = new Tariff(tariff.serviceCode(), tariff.scope(), value, tariff.from(), tariff.to(), tariff.price());
        return tx.inTransaction(() -> {
            if (store.services().stream().noneMatch(s -> s.service().code().equals(clean.serviceCode()))) {
                throw new ValidationException("serviceCode", "billing.service.unknown", clean.serviceCode());
            }
            store.insertTariff(clean);
            audit(by, BillingAudit.Action.TARIFF_ADDED, clean.scope() == Tariff.Scope.ACCOUNT ? clean.scopeValue() : null,
                    clean.serviceCode() + ": " + clean.price().toPlainString() + " ₽ с " + day(clean.from())
                            + (clean.to() == null ? "" : " по " + day(clean.to())) + ", " + clean.scope()
                            + (clean.scopeValue().isEmpty() ? "" : " " + clean.scopeValue()));
            return clean;
        });
    }

    public List<KeyRate> keyRates() {
        return tx.inTransaction(store::keyRates);
    }

    public KeyRate saveKeyRate(KeyRate rate, String source, String by) {
        if (rate.from() == null || rate.percent() == null || rate.percent().signum() < 0 || rate.percent().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ValidationException("percent", "billing.keyRate.percent");
        }
        if (blank(source) || source.strip().length() > 300) {
            throw new ValidationException("source", "billing.keyRate.source");
        }
        tx.inTransaction(() -> {
            store.saveKeyRate(rate, source.strip());
            audit(by, BillingAudit.Action.KEY_RATE_SAVED, null, rate.percent().toPlainString() + " % с " + day(rate.from()) + " (" + source.strip() + ")");
            return null;
        });
        ratesVersion.incrementAndGet();
        return rate;
    }

    public List<PenaltyRule> penaltyRules() {
        return tx.inTransaction(store::penaltyRules);
    }

    /**
     * Adds a пени rule, or replaces the one of its kind starting on the same day. Rules of one kind may not
     * overlap; a rate cap needs its cap, a no-accrual rule has none.
     */
    public PenaltyRule savePenaltyRule(PenaltyRule rule, String by) {
        if (rule.kind() == null || rule.from() == null) {
            throw new ValidationException("from", "billing.rule.incomplete");
        }
        if (rule.to() != null && rule.to().isBefore(rule.from())) {
            throw new ValidationException("to", "billing.rule.dates");
        }
        boolean cap = rule.kind() == PenaltyRule.Kind.RATE_CAP;
        if (cap != (rule.capPercent() != null)
                || cap && (rule.capPercent().signum() < 0 || rule.capPercent().compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new ValidationException("capPercent", cap ? "billing.rule.cap" : "billing.rule.noCap");
        }
        if (blank(rule.source()) || rule.source().length() > 300) {
            throw new ValidationException("source", "billing.rule.source");
        }
        PenaltyRule clean = new PenaltyRule(rule.kind(), rule.from(), rule.to(), rule.capPercent(), rule.source().strip());
        PenaltyRule saved = tx.inTransaction(() -> {
            for (PenaltyRule other : store.penaltyRules()) {
                if (other.kind() == clean.kind() && !other.from().equals(clean.from()) && overlap(other, clean)) {
                    java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");
                    throw new ValidationException("from", "billing.rule.overlap", day.format(other.from()),
                            other.to() == null ? "…" : day.format(other.to()));
                }
            }
            store.savePenaltyRule(clean);
            audit(by, BillingAudit.Action.PENALTY_RULE_SAVED, null, clean.kind() + " " + clean.from() + " — "
                    + (clean.to() == null ? "…" : clean.to()) + (cap ? ", " + clean.capPercent().toPlainString() + " %" : "")
                    + " (" + clean.source() + ")");
            return clean;
        });
        ratesVersion.incrementAndGet();
        return saved;
    }

    private static boolean overlap(PenaltyRule a, PenaltyRule b) {
        return (a.to() == null || !b.from().isAfter(a.to())) && (b.to() == null || !a.from().isAfter(b.to()));
    }

    // ---- runs and periods -------------------------------------------------------------------------

    /**
     * Computes the period's lines for these accounts; unless {@code dryRun}, replaces the lines earlier runs
     * stored for them in that period (so a re-run changes nothing twice). A closed period is refused.
     * {@code progress} counts accounts computed, then accounts stored (of twice the accounts; a dry run
     * only computes).
     */
    public RunSummary run(YearMonth period, List<BillingRun.Billable> accounts, boolean dryRun, String by, Progress progress) {
        // one run at a time on this node (staff page, REST and console may start runs together): two runs
        // of one period interleaving their delete and insert would store its lines twice
        synchronized (runLock) {
            return runAlone(period, accounts, dryRun, by, progress);
        }
    }

    private RunSummary runAlone(YearMonth period, List<BillingRun.Billable> accounts, boolean dryRun, String by, Progress progress) {
        int total = dryRun ? accounts.size() : 2 * accounts.size();
        return tx.inTransaction(() -> {
            if (store.periodClosed(period)) {
                throw new ValidationException("period", "billing.period.closed", period.toString());
            }
            List<ServiceSetup> services = store.services();
            Map<String, List<Service>> byKind = Map.of(
                    "RENT", services.stream().filter(s -> s.accountKinds().contains("RENT")).map(ServiceSetup::service).toList(),
                    "UTILITIES", services.stream().filter(s -> s.accountKinds().contains("UTILITIES")).map(ServiceSetup::service).toList());
            BillingRun.Result result = new BillingRun(new ChargeCalculator(new TariffChooser(store.tariffs()), consumption), byKind)
                    .run(period, accounts, done -> progress.at(done, total));
            if (!dryRun) {
                store.openPeriod(period);
                store.deleteRunLines(period, accounts.stream().map(a -> a.facts().accountId()).collect(Collectors.toSet()));
                // lines come account by account: the account of the last stored line says how far storing is
                List<ChargeLine> lines = result.lines();
                int[] accountOfLine = new int[lines.size()];
                for (int i = 0, account = 0; i < lines.size(); i++) {
                    if (i > 0 && !lines.get(i).accountId().equals(lines.get(i - 1).accountId())) {
                        account++;
                    }
                    accountOfLine[i] = account;
                }
                store.insertCharges(lines.stream().map(line -> new JpaBillingStore.NewCharge(line, Charge.Kind.CHARGE, "RUN", null, null))
                        .toList(), clock.millis(), stored -> progress.at(accounts.size() + accountOfLine[stored - 1] + 1, total));
                progress.at(total, total);
                RunSummary s = result.summary();
                audit(by, BillingAudit.Action.PERIOD_BILLED, null, period + ": счетов " + s.accounts() + ", строк " + s.lines()
                        + ", " + rub(s.total()) + ", пропущено " + s.skipped().size());
            }
            return result.summary();
        });
    }

    /** Closes a month that is over; a month still running or to come cannot be closed (it could never be billed). */
    public void closePeriod(YearMonth period, String by) {
        if (!period.isBefore(YearMonth.from(today()))) {
            throw new ValidationException("period", "billing.period.notOver", period.toString());
        }
        tx.inTransaction(() -> {
            store.closePeriod(period, clock.millis(), by);
            audit(by, BillingAudit.Action.PERIOD_CLOSED, null, period.toString());
            listeners.get().forEach(l -> l.periodClosed(period));
            return null;
        });
    }

    public boolean periodClosed(YearMonth period) {
        return tx.inTransaction(() -> store.periodClosed(period));
    }

    // ---- payments ---------------------------------------------------------------------------------

    /**
     * Posts a payment; the same id with the same data answers as before, with other data it is a conflict.
     *
     * @throws ValidationException for a malformed id, a non-positive amount or a payment dated in the future
     */
    public Posting postPayment(String accountId, Payment payment, String origin, String by) {
        check(payment);
        Payment clean = new Payment(payment.id().strip(), payment.paidOn(), Money.of(payment.amount()), payment.period(), false);
        return tx.inTransaction(() -> {
            Posting posting = post(accountId, clean, origin, by);
            if (posting.created()) {
                audit(by, BillingAudit.Action.PAYMENT_POSTED, accountId, clean.id() + ": " + rub(clean.amount()) + " от "
                        + day(clean.paidOn()) + (clean.period() == null ? "" : " за " + clean.period()));
            }
            return posting;
        });
    }

    private Posting post(String accountId, Payment clean, String origin, String by) {
        Optional<PostedPayment> known = store.payment(clean.id());
        if (known.isPresent()) {
            PostedPayment row = known.get();
            Payment p = row.payment();
            boolean same = row.accountId().equals(accountId) && p.paidOn().equals(clean.paidOn())
                    && p.amount().compareTo(clean.amount()) == 0 && java.util.Objects.equals(p.period(), clean.period());
            if (!same) {
                throw new KabinetException(Failure.CONFLICT, "billing.payment.conflict", "id", clean.id());
            }
            return new Posting(row.accountId(), p, false);
        }
        store.insertPayment(accountId, clean, origin, clock.millis(), by);
        listeners.get().forEach(l -> l.paymentPosted(accountId, clean));
        return new Posting(accountId, clean, true);
    }

    private void check(Payment payment) {
        if (payment.id() == null || !PAYMENT_ID.matcher(payment.id().strip()).matches()) {
            throw new ValidationException("id", "billing.payment.id");
        }
        if (payment.amount() == null || payment.amount().signum() <= 0 || payment.amount().stripTrailingZeros().scale() > 2
                || payment.amount().compareTo(BigDecimal.TEN.pow(12)) >= 0) {
            throw new ValidationException("amount", "billing.payment.amount");
        }
        if (payment.paidOn() == null || payment.paidOn().isAfter(today())) {
            throw new ValidationException("paidOn", "billing.payment.date");
        }
    }

    /** Reverses (storno) a posted payment with a reason; it stays on record and pays nothing. */
    public Payment reverse(String paymentId, String reason, String by) {
        return reverse(paymentId, reason, by, (account, payment) -> { });
    }

    /** As {@link #reverse(String, String, String)}, then {@code after} in the same transaction (to queue a notice). */
    public Payment reverse(String paymentId, String reason, String by, java.util.function.BiConsumer<String, Payment> after) {
        if (blank(reason) || reason.length() > 300) {
            throw new ValidationException("reason", "billing.payment.reason");
        }
        return tx.inTransaction(() -> {
            PostedPayment row = store.payment(paymentId).orElseThrow(() -> new NotFoundException("billing.payment.unknown"));
            if (row.payment().reversed()) {
                throw new ValidationException("id", "billing.payment.reversed", paymentId);
            }
            store.reversePayment(paymentId, reason.strip(), clock.millis(), by);
            audit(by, BillingAudit.Action.PAYMENT_REVERSED, row.accountId(), paymentId + ": " + rub(row.payment().amount())
                    + " от " + day(row.payment().paidOn()) + " — " + reason.strip());
            Payment p = row.payment();
            Payment reversed = new Payment(p.id(), p.paidOn(), p.amount(), p.period(), true);
            listeners.get().forEach(l -> l.paymentReversed(row.accountId(), reversed));
            after.accept(row.accountId(), reversed);
            return reversed;
        });
    }

    /**
     * Posts a payment registry all or nothing: an unknown account, a bad line or a payment id known with
     * other data rejects the whole file and posts nothing.
     *
     * @param accounts finds an account id by number and city (as the file names the city)
     * @param progress hears how many lines are done, every thousand lines
     */
    public RegistryImport importPayments(List<PaymentRegistry.Line> lines, BiFunction<String, String, Optional<String>> accounts,
                                         String by, IntConsumer progress) {
        List<RegistryImport.LineProblem> problems = new ArrayList<>();
        List<String> ids = accountIds(lines, PaymentRegistry.Line::account, PaymentRegistry.Line::city, accounts, problems);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).paidOn().isAfter(today())) {
                problems.add(new RegistryImport.LineProblem(i + 2, "дата платежа в будущем"));
            }
        }
        if (!problems.isEmpty()) {
            return new RegistryImport(0, 0, Money.ZERO, problems);
        }
        return tx.inTransaction(() -> {
            int posted = 0;
            int before = 0;
            BigDecimal total = Money.ZERO;
            List<RegistryImport.LineProblem> conflicts = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                PaymentRegistry.Line l = lines.get(i);
                Payment p = new Payment(l.paymentId(), l.paidOn(), l.amount(), l.period(), false);
                try {
                    Posting result = post(ids.get(i), p, "REGISTRY", by);
                    if (result.created()) {
                        posted++;
                        total = total.add(p.amount());
                    } else {
                        before++;
                    }
                } catch (KabinetException e) {
                    conflicts.add(new RegistryImport.LineProblem(i + 2, "платёж " + l.paymentId() + " уже проведён с другими данными"));
                }
                if ((i + 1) % 1000 == 0) {
                    progress.accept(i + 1);
                }
            }
            if (!conflicts.isEmpty()) {
                // nothing of the file stays: the whole transaction rolls back
                throw new RegistryRejected(conflicts);
            }
            audit(by, BillingAudit.Action.PAYMENTS_IMPORTED, null, "проведено " + posted + " на " + rub(total)
                    + ", проведено раньше " + before);
            return new RegistryImport(posted, before, total, List.of());
        });
    }

    /** Thrown inside the import's transaction so that it rolls back; carries the problems out. */
    public static final class RegistryRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<RegistryImport.LineProblem> problems;

        RegistryRejected(List<RegistryImport.LineProblem> problems) {
            super("registry rejected", null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<RegistryImport.LineProblem> problems() {
            return problems;
        }
    }

    /**
     * Stores a charge registry all or nothing: an unknown account or a closed period rejects the file;
     * a line whose key is stored already is not stored again.
     */
    public RegistryImport importCharges(List<ChargeRegistry.Line> lines, BiFunction<String, String, Optional<String>> accounts,
                                        String by, IntConsumer progress) {
        List<RegistryImport.LineProblem> problems = new ArrayList<>();
        List<String> ids = accountIds(lines, ChargeRegistry.Line::account, ChargeRegistry.Line::city, accounts, problems);
        return tx.inTransaction(() -> {
            Map<YearMonth, Boolean> closed = new java.util.HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                YearMonth period = lines.get(i).period();
                if (closed.computeIfAbsent(period, store::periodClosed)) {
                    problems.add(new RegistryImport.LineProblem(i + 2, "период " + period + " закрыт: исправления — перерасчётом в открытом периоде"));
                }
            }
            if (!problems.isEmpty()) {
                return new RegistryImport(0, 0, Money.ZERO, List.copyOf(problems));
            }
            Set<String> stored = store.storedImportKeys(lines.stream().map(ChargeRegistry.Line::key).toList());
            List<JpaBillingStore.NewCharge> fresh = new ArrayList<>();
            BigDecimal total = Money.ZERO;
            for (int i = 0; i < lines.size(); i++) {
                ChargeRegistry.Line l = lines.get(i);
                if (stored.contains(l.key())) {
                    continue;
                }
                fresh.add(new JpaBillingStore.NewCharge(new org.kabinet.billing.api.ChargeLine(ids.get(i), l.period(), l.service(),
                        l.volume(), unit(l.unit()), l.tariff(), l.amount(), null), l.kind(), "IMPORT", l.key(),
                        l.reason().isEmpty() ? null : l.reason()));
                total = total.add(l.amount());
            }
            fresh.stream().map(c -> c.line().period()).distinct().forEach(store::openPeriod);
            store.insertCharges(fresh, clock.millis(), progress);
            audit(by, BillingAudit.Action.CHARGES_IMPORTED, null, "загружено строк " + fresh.size() + " на " + rub(total)
                    + ", загружено раньше " + (lines.size() - fresh.size()));
            return new RegistryImport(fresh.size(), lines.size() - fresh.size(), total, List.of());
        });
    }

    /**
     * The account id of each line of a registry (file line = index + 2, after the header), by number and
     * city; a line naming no known account adds a problem and gets null.
     */
    private static <L> List<String> accountIds(List<L> lines, java.util.function.Function<L, String> number,
                                               java.util.function.Function<L, String> city,
                                               BiFunction<String, String, Optional<String>> accounts, List<RegistryImport.LineProblem> problems) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            L l = lines.get(i);
            Optional<String> account = accounts.apply(number.apply(l), city.apply(l));
            if (account.isEmpty()) {
                problems.add(new RegistryImport.LineProblem(i + 2, "лицевой счёт " + number.apply(l) + " (" + city.apply(l) + ") не найден"));
            }
            ids.add(account.orElse(null));
        }
        return ids;
    }

    /** «м²», «m3», «кВт·ч» … as a unit; null when the file names none or one not known here. */
    private static Service.Unit unit(String text) {
        return switch (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "м²", "м2", "m2" -> Service.Unit.M2;
            case "м³", "м3", "m3" -> Service.Unit.M3;
            case "чел.", "чел", "person" -> Service.Unit.PERSON;
            case "квт·ч", "квтч", "квт*ч", "kwh" -> Service.Unit.KWH;
            case "гкал", "gcal" -> Service.Unit.GCAL;
            default -> null;
        };
    }

    // ---- reading ----------------------------------------------------------------------------------

    public List<StoredCharge> charges(String accountId) {
        return tx.inTransaction(() -> store.charges(accountId));
    }

    public List<PostedPayment> payments(String accountId) {
        return tx.inTransaction(() -> store.payments(accountId));
    }

    /** The account's ledger with пени as of today (the company's zone). */
    public LedgerView ledger(String accountId) {
        return tx.inTransaction(() -> {
            List<Charge> charges = store.chargeAmounts(accountId);
            List<Payment> payments = store.payments(accountId).stream().map(PostedPayment::payment).toList();
            return new Ledger(penaltyCalculator()).of(charges, payments, today());
        });
    }

    /** The longest statement, in months. */
    public static final int STATEMENT_MONTHS_MAX = 60;

    /**
     * The account's statement for the months {@code from}–{@code to}, issued now.
     *
     * @throws ValidationException {@code billing.statement.range} for a missing, reversed, future or too long range
     */
    public Statement statement(StatementBuilder.Account account, YearMonth from, YearMonth to) {
        YearMonth now = YearMonth.from(today());
        if (to == null) {
            to = now;
        }
        if (from == null) {
            from = to.minusMonths(11);
        }
        if (from == null || to == null || from.isAfter(to) || to.isAfter(now) || from.isBefore(YearMonth.of(2000, 1))
                || from.plusMonths(STATEMENT_MONTHS_MAX).isBefore(to.plusMonths(1))) {
            throw new ValidationException("from", "billing.statement.range", STATEMENT_MONTHS_MAX);
        }
        YearMonth first = from;
        YearMonth last = to;
        return tx.inTransaction(() -> {
            List<StoredCharge> charges = store.charges(account.accountId());
            List<Payment> payments = store.payments(account.accountId()).stream().map(PostedPayment::payment).toList();
            LedgerView ledger = new Ledger(penaltyCalculator())
                    .of(charges.stream().map(c -> new Charge(c.line().period(), c.kind(), c.line().amount())).toList(),
                            payments, today());
            Map<String, String> names = store.services().stream()
                    .collect(java.util.stream.Collectors.toMap(s -> s.service().code(), s -> s.service().nameRu()));
            return StatementBuilder.build(account, charges, payments, ledger, names, first, last,
                    java.time.ZonedDateTime.now(clock.withZone(zone)));
        });
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
