package org.kabinet.billing.impl;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.kabinet.accounts.api.AccountHolder;
import org.kabinet.billing.api.DebtSmsRun;
import org.kabinet.billing.impl.jpa.JpaBillingStore;
import org.kabinet.notifications.api.NotificationKind;
import org.kabinet.notifications.api.NotificationSettings;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.api.OutboxAdministration;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.persistence.Leases;
import org.kabinet.persistence.Transactions;

/**
 * The monthly debt SMS. A run selects the debtors ({@link DebtSelection}) and queues one SMS per
 * account, tenant and month (key {@code debt-sms:<account>:<tenant>:<yyyy-MM>}) in batches, each
 * batch in one transaction with the run's counts: a run killed half-way has queued whole batches,
 * and the next run (at the next start) queues exactly the rest.
 *
 * <p>With several nodes on one database a run holds the lease {@value #LEASE} ({@link Leases}): one
 * node runs, a start on another answers «busy», and the scheduler's tick on the other nodes passes.
 * A node that dies mid-run stops renewing the lease; once it ends, the next tick anywhere marks that
 * run interrupted and finishes the month.
 */
public final class DebtSmsService {
    private static final Logger LOG = Logger.getLogger(DebtSmsService.class.getName());
    static final String RUNNING = "RUNNING";
    static final String DONE = "DONE";
    static final String INTERRUPTED = "INTERRUPTED";
    private static final int BATCH = 2000;
    /** The lease a run holds; renewed with every batch. */
    static final String LEASE = "kabinet-debt-sms";
    private static final java.time.Duration LEASE_TIME = java.time.Duration.ofMinutes(2);

    /** When the run is due each month, in the portal's zone; a start later than {@code catchUpDays} after it skips the month. */
    public record Schedule(boolean enabled, int dayOfMonth, LocalTime time, int catchUpDays, BigDecimal threshold) {
    }

    /** What a run needs from the accounts module: open accounts' numbers and every link. */
    public interface Accounts {
        Map<String, String> openNumbers();

        List<AccountHolder> holders();
    }

    private final JpaBillingStore store;
    private final Transactions tx;
    private final Outbox outbox;
    private final OutboxAdministration sent;
    private final NotificationSettings settings;
    private final Accounts accounts;
    private final Supplier<String> company;
    private final Clock clock;
    private final ZoneId zone;
    private volatile Schedule schedule;
    /** While a run queues, the outbox is not counted (a count would wait for the run's uncommitted rows). */
    private volatile boolean queueing;
    private final Map<YearMonth, Map<String, Integer>> lastCounts = new java.util.concurrent.ConcurrentHashMap<>();
    private final Leases leases;

    public DebtSmsService(JpaBillingStore store, Transactions tx, Outbox outbox, OutboxAdministration sent,
                          NotificationSettings settings, Accounts accounts, Supplier<String> company, Clock clock, ZoneId zone,
                          Schedule schedule, Leases leases) {
        this.leases = leases;
        this.store = store;
        this.tx = tx;
        this.outbox = outbox;
        this.sent = sent;
        this.settings = settings;
        this.accounts = accounts;
        this.company = company;
        this.clock = clock;
        this.zone = zone;
        this.schedule = schedule;
    }

    public void reschedule(Schedule changed) {
        this.schedule = changed;
    }

    /**
     * At start: a run that was going when the portal stopped is marked interrupted (the next tick finishes
     * the month) — unless another node holds the lease: then that run is going.
     */
    public synchronized void markInterrupted() {
        leases.runExclusively(LEASE, LEASE_TIME, this::markInterruptedHeld);
    }

    /** Marks the runs left RUNNING interrupted; only while this node holds the lease (so none of them is going). */
    private void markInterruptedHeld() {
        tx.inTransaction(() -> {
            for (DebtSmsRun run : store.debtRuns(RUNNING, null)) {
                store.saveDebtRun(with(run, INTERRUPTED, run.finishedAt()));
                LOG.warning(() -> "Debt SMS run " + run.id() + " for " + run.month() + " was interrupted; it will be finished");
            }
            return null;
        });
    }

    /**
     * Called every minute by the scheduler: runs the month's SMS when the scheduled moment has come
     * (within the catch-up days) and the month has no finished run yet, or when a run of this month
     * was interrupted.
     *
     * @return the run made, if any
     */
    public synchronized Optional<DebtSmsRun> tick() {
        // empty while another node runs the month's SMS; held, a run left RUNNING is a dead node's: interrupted
        return leases.callExclusively(LEASE, LEASE_TIME, () -> {
            markInterruptedHeld();
            return tickHeld();
        }).flatMap(run -> run);
    }

    private Optional<DebtSmsRun> tickHeld() {
        Schedule s = schedule;
        ZonedDateTime now = clock.instant().atZone(zone);
        YearMonth month = YearMonth.from(now);
        boolean finished = tx.inTransaction(() -> !store.debtRuns(DONE, month).isEmpty());
        if (finished || !s.enabled()) {
            return Optional.empty();
        }
        boolean interrupted = tx.inTransaction(() -> !store.debtRuns(INTERRUPTED, month).isEmpty());
        if (!interrupted && !inWindow(s, now)) {
            return Optional.empty();
        }
        return Optional.of(runHeld(false, interrupted ? "расписание (продолжение)" : "расписание"));
    }

    /** Whether {@code now} is at or after this month's moment and before the catch-up days end. */
    static boolean inWindow(Schedule s, ZonedDateTime now) {
        YearMonth month = YearMonth.from(now);
        ZonedDateTime due = month.atDay(Math.min(s.dayOfMonth(), month.lengthOfMonth())).atTime(s.time()).atZone(now.getZone());
        return !now.isBefore(due) && now.isBefore(due.plusDays(s.catchUpDays()));
    }

    /**
     * Runs the month's SMS now (or previews them: {@code dryRun} queues nothing).
     *
     * @throws KabinetException {@code billing.debtSms.busy} (conflict) while a run goes on another node
     */
    public synchronized DebtSmsRun run(boolean dryRun, String by) {
        if (dryRun) {
            return runHeld(true, by);
        }
        return leases.callExclusively(LEASE, LEASE_TIME, () -> {
            markInterruptedHeld();
            return runHeld(false, by);
        }).orElseThrow(() -> new KabinetException(Failure.CONFLICT, "billing.debtSms.busy", null, leases.heldBy(LEASE).orElse("?")));
    }

    private DebtSmsRun runHeld(boolean dryRun, String by) {
        Instant started = clock.instant();
        LocalDate today = LocalDate.ofInstant(started, zone);
        YearMonth month = YearMonth.from(today);
        BigDecimal threshold = schedule.threshold();
        Map<String, BigDecimal> debts = tx.inTransaction(() -> store.debtsAsBilled(month, today));
        Set<String> off = settings.switchedOff(NotificationKind.DEBT_SMS);
        DebtSelection.Result selection = DebtSelection.select(debts, accounts.openNumbers(), accounts.holders(), off, threshold);
        LocalDate dueDate = DueDates.of(month.minusMonths(1));
        String signature = company.get();
        List<SmsRequest> messages = selection.notices().stream()
                .map(n -> new SmsRequest(key(n.accountId(), n.tenantId(), month), n.phone(),
                        NoticeTexts.debtSms(n.accountNumber(), n.debt(), today, dueDate, signature)))
                .toList();
        String sample = messages.isEmpty() ? null : messages.get(0).text();
        DebtSmsRun run = new DebtSmsRun(UUID.randomUUID().toString(), month, RUNNING, dryRun, by, started, null, threshold,
                selection.debtors(), selection.found(), 0, 0, selection.noPhone(), selection.switchedOff(), 0, 0, 0, sample);
        if (dryRun) {
            int before = queuedThisMonth(month);
            return counted(copy(run, DONE, clock.instant(), Math.max(0, messages.size() - before), Math.min(before, messages.size()),
                    0, 0, 0));
        }
        tx.inTransaction(() -> {
            store.saveDebtRun(run);
            return null;
        });
        queueing = true;
        try {
            return finish(queue(run, messages));
        } finally {
            queueing = false;
        }
    }

    /** Queues the messages in batches, each with the run's counts in one transaction; answers the run so far. */
    private DebtSmsRun queue(DebtSmsRun run, List<SmsRequest> messages) {
        DebtSmsRun progress = run;
        for (int i = 0; i < messages.size(); i += BATCH) {
            if (!leases.renew(LEASE, LEASE_TIME)) {
                // held up past the lease (a pause of minutes): another node may be finishing the month now
                throw new IllegalStateException("the debt SMS run lost its lease after " + progress.queued() + " SMS;"
                        + " the node holding it now finishes the month");
            }
            List<SmsRequest> batch = messages.subList(i, Math.min(messages.size(), i + BATCH));
            DebtSmsRun before = progress;
            progress = tx.inTransaction(() -> {
                int added = outbox.enqueueAllSms(batch).size();
                DebtSmsRun next = copy(before, RUNNING, null, before.queued() + added, before.alreadyQueued() + batch.size() - added,
                        0, 0, 0);
                store.saveDebtRun(next);
                return next;
            });
        }
        return progress;
    }

    private DebtSmsRun finish(DebtSmsRun progress) {
        YearMonth month = progress.month();
        String by = progress.by();
        DebtSmsRun done = with(progress, DONE, clock.instant());
        tx.inTransaction(() -> {
            store.saveDebtRun(done);
            return null;
        });
        LOG.info(() -> "Debt SMS for " + month + " by " + by + ": " + done.debtors() + " debtors, " + done.queued()
                + " queued, " + done.alreadyQueued() + " queued before, " + done.noPhone() + " without a confirmed phone, "
                + done.switchedOff() + " switched off");
        return counted(done);
    }

    public List<DebtSmsRun> runs(int limit) {
        return tx.inTransaction(() -> store.debtRuns(limit)).stream().map(this::counted).toList();
    }

    public Optional<DebtSmsRun> find(String id) {
        return tx.inTransaction(() -> store.debtRun(id)).map(this::counted);
    }

    static String key(String accountId, String tenantId, YearMonth month) {
        return "debt-sms:" + accountId + ":" + tenantId + ":" + month;
    }

    private int queuedThisMonth(YearMonth month) {
        return sent.countByState("debt-sms:%:" + month).values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The run with the month's SMS counted by state in the outbox — while a run is queueing, the counts
     * last read (a count then would wait for the whole run: the new rows are not committed yet).
     */
    private DebtSmsRun counted(DebtSmsRun run) {
        Map<String, Integer> states = queueing ? lastCounts.getOrDefault(run.month(), Map.of())
                : sent.countByState("debt-sms:%:" + run.month());
        if (!queueing) {
            lastCounts.put(run.month(), states);
        }
        int delivered = states.getOrDefault("DELIVERY_DELIVERED", 0);
        return copy(run, run.state(), run.finishedAt(), run.queued(), run.alreadyQueued(), states.getOrDefault("SENT", 0), delivered,
                states.getOrDefault("FAILED", 0) + states.getOrDefault("DELIVERY_FAILED", 0));
    }

    private static DebtSmsRun with(DebtSmsRun run, String state, Instant finishedAt) {
        return copy(run, state, finishedAt, run.queued(), run.alreadyQueued(), run.sent(), run.delivered(), run.failed());
    }

    /** The run with what a run changes as it goes; who, when, the selection and the text stay. */
    private static DebtSmsRun copy(DebtSmsRun run, String state, Instant finishedAt, int queued, int alreadyQueued, int sent,
                                   int delivered, int failed) {
        return new DebtSmsRun(run.id(), run.month(), state, run.dryRun(), run.by(), run.startedAt(), finishedAt, run.threshold(),
                run.debtors(), run.found(), queued, alreadyQueued, run.noPhone(), run.switchedOff(), sent, delivered, failed,
                run.sampleText());
    }
}
