package org.kabinet.meters.impl.reminders;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kabinet.accounts.api.AccountHolder;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterState;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.meters.impl.WindowCalendar;
import org.kabinet.notifications.api.SmsRequest;

/**
 * Who is due which reminder on a day. For each open account with active meters and linked tenants:
 * <ul>
 * <li>{@link ReminderKind#WINDOW_OPENS} on the window's first day, listing the meters without a
 *     reading of the period (a rejected reading does not count, a flagged one does);</li>
 * <li>{@link ReminderKind#LAST_DAY} the day before the window's last day, the same way — and it replaces
 *     the opening reminder on a day both would be due (a window of two or three days), so a tenant gets
 *     at most one of them a day;</li>
 * <li>{@link ReminderKind#VERIFICATION} 30 days before a meter's verification is due, the meters of one
 *     account due on the same day together.</li>
 * </ul>
 * Each is also due the day after ({@link #CATCH_UP_DAYS}), so a portal that was down catches up at most a
 * day late; the outbox's keys make the second day's pass a no-op for whoever heard it already. Each
 * linked tenant gets it by SMS to a confirmed phone and by e-mail to a confirmed address, unless the
 * tenant switched reading reminders off for the account.
 */
public final class ReminderPlan {
    /** The verification reminder comes this many days before the verification date. */
    public static final int VERIFICATION_DAYS_BEFORE = 30;
    /** A reminder missed on its day (the portal was down) still goes this many days later, not later. */
    public static final int CATCH_UP_DAYS = 1;

    /**
     * What a day's plan reads.
     *
     * @param accounts       open accounts that have linked tenants
     * @param holders        the links, with each tenant's confirmed phone (or null)
     * @param meters         every meter (archived ones are left out here)
     * @param windows        the window rules
     * @param readings       the current readings of a period; asked only for a period a window reminder is due for
     * @param switchedOff    {@code tenant:account} of those who switched reading reminders off
     * @param confirmedEmail a tenant's confirmed address, or null; asked only for tenants due a reminder
     */
    public record Facts(List<ReminderAccount> accounts, List<AccountHolder> holders, List<Meter> meters, List<WindowRule> windows,
                        Function<YearMonth, List<Reading>> readings, Set<String> switchedOff,
                        Function<String, String> confirmedEmail) {
    }

    /**
     * @param switchedOff reminders not due because the tenant switched them off
     * @param unreachable reminders not due because the tenant has neither a confirmed phone nor a confirmed address
     */
    public record Result(List<Reminder> reminders, int switchedOff, int unreachable) {
    }

    /** One reminder of an account, before it is addressed to the account's tenants. */
    private record Due(ReminderKind kind, List<Meter> meters, SubmissionWindow window, LocalDate verificationDue) {
    }

    private ReminderPlan() {
    }

    public static Result due(LocalDate today, Facts facts) {
        Map<String, List<Meter>> meters = new LinkedHashMap<>();
        for (Meter meter : facts.meters()) {
            if (meter.state() == MeterState.ACTIVE) {
                meters.computeIfAbsent(meter.accountId(), a -> new ArrayList<>()).add(meter);
            }
        }
        Map<String, List<AccountHolder>> holders = new LinkedHashMap<>();
        facts.holders().forEach(h -> holders.computeIfAbsent(h.accountId(), a -> new ArrayList<>()).add(h));
        Map<YearMonth, Set<String>> submitted = new HashMap<>();
        Function<YearMonth, Set<String>> submittedIn = period -> submitted.computeIfAbsent(period,
                p -> submitted(facts.readings().apply(p)));
        List<Reminder> reminders = new ArrayList<>();
        int switchedOff = 0;
        int unreachable = 0;
        for (ReminderAccount account : facts.accounts()) {
            List<Meter> active = meters.getOrDefault(account.id(), List.of());
            List<AccountHolder> linked = holders.getOrDefault(account.id(), List.of());
            if (active.isEmpty() || linked.isEmpty()) {
                continue;
            }
            List<Due> dues = new ArrayList<>(windowReminders(today, account, active, facts.windows(), submittedIn));
            dues.addAll(verificationReminders(today, active));
            if (dues.isEmpty()) {
                continue;
            }
            for (AccountHolder holder : linked) {
                if (facts.switchedOff().contains(holder.tenantId() + ":" + account.id())) {
                    switchedOff += dues.size();
                    continue;
                }
                String phone = SmsRequest.phoneDigits(holder.verifiedPhone()).orElse(null);
                String email = facts.confirmedEmail().apply(holder.tenantId());
                if (phone == null && email == null) {
                    unreachable += dues.size();
                    continue;
                }
                for (Due due : dues) {
                    reminders.add(new Reminder(due.kind(), account, holder.tenantId(), phone, email, due.meters(), due.window(),
                            due.verificationDue(), today));
                }
            }
        }
        return new Result(reminders, switchedOff, unreachable);
    }

    /**
     * The window reminders of the account due today: the windows of this and next month are looked at, as
     * the day before a window's last day may be in the month before (a window of one day on the 1st).
     */
    private static List<Due> windowReminders(LocalDate today, ReminderAccount account, List<Meter> active, List<WindowRule> windows,
                                             Function<YearMonth, Set<String>> submittedIn) {
        WindowRule rule = WindowCalendar.choose(windows, account.cityId(), account.address());
        YearMonth month = YearMonth.from(today);
        List<Due> dues = new ArrayList<>();
        for (YearMonth period : List.of(month, month.plusMonths(1))) {
            SubmissionWindow window = SubmissionWindow.of(rule, period);
            ReminderKind kind = windowReminder(window, today);
            if (kind == null) {
                continue;
            }
            Set<String> submitted = submittedIn.apply(period);
            List<Meter> missing = active.stream()
                    .filter(m -> takesReadings(m, today) && !submitted.contains(m.id()))
                    .toList();
            if (!missing.isEmpty()) {
                dues.add(new Due(kind, missing, window, null));
            }
        }
        return dues;
    }

    /**
     * The meters whose reading of the period counts or will once staff check it (accepted or flagged);
     * a rejected reading needs a new one, so its meter is still reminded of.
     */
    public static Set<String> submitted(List<Reading> readings) {
        return readings.stream().filter(r -> r.current() && r.status() != ReadingStatus.REJECTED).map(Reading::meterId)
                .collect(Collectors.toSet());
    }

    /** Which window reminder is due today, if any. */
    static ReminderKind windowReminder(SubmissionWindow window, LocalDate today) {
        if (onOrCaughtUp(today, window.dayBeforeLast())) {
            return ReminderKind.LAST_DAY;
        }
        if (onOrCaughtUp(today, window.opens()) && window.contains(today)) {
            return ReminderKind.WINDOW_OPENS;
        }
        return null;
    }

    /** A meter that can take a reading today: installed, and its verification not overdue (those readings are refused). */
    private static boolean takesReadings(Meter meter, LocalDate today) {
        return (meter.installedOn() == null || !meter.installedOn().isAfter(today))
                && (meter.verificationDue() == null || !meter.verificationDue().isBefore(today));
    }

    private static List<Due> verificationReminders(LocalDate today, List<Meter> active) {
        Map<LocalDate, List<Meter>> byDate = new TreeMap<>();
        for (Meter meter : active) {
            LocalDate due = meter.verificationDue();
            if (due != null && onOrCaughtUp(today, due.minusDays(VERIFICATION_DAYS_BEFORE))) {
                byDate.computeIfAbsent(due, d -> new ArrayList<>()).add(meter);
            }
        }
        return byDate.entrySet().stream().map(e -> new Due(ReminderKind.VERIFICATION, e.getValue(), null, e.getKey())).toList();
    }

    /** Today is the day, or at most {@link #CATCH_UP_DAYS} after it. */
    private static boolean onOrCaughtUp(LocalDate today, LocalDate day) {
        return !today.isBefore(day) && !today.isAfter(day.plusDays(CATCH_UP_DAYS));
    }
}
