package org.kabinet.meters.impl.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.kabinet.accounts.api.AccountHolder;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.api.SmsRequest;

/**
 * The daily pass of the reading reminders: at a decent hour (default 10:00–20:00 in the portal's
 * zone) the day's {@link ReminderPlan} is queued in the outbox — once a day while the portal runs, and
 * again after a restart, when the outbox's keys turn every reminder already queued into a no-op. A pass
 * that fails is tried again at the next tick.
 */
public class ReadingReminders {
    private static final Logger LOG = Logger.getLogger(ReadingReminders.class.getName());
    private static final int SMS_BATCH = 500;

    /** Whether reminders go, and between which times of the day (in the portal's zone) they are queued. */
    public record Schedule(boolean enabled, LocalTime from, LocalTime until) {
        public static final Schedule DEFAULT = new Schedule(true, LocalTime.of(10, 0), LocalTime.of(20, 0));

        /** Whether the time of day is at or after {@code from} and before {@code until}. */
        public boolean decentHour(LocalTime time) {
            return !time.isBefore(from) && time.isBefore(until);
        }
    }

    /**
     * What a pass did.
     *
     * @param due            reminders due to tenants who can be reached (each by SMS, e-mail or both)
     * @param smsQueued      SMS queued now
     * @param emailsQueued   letters queued now
     * @param alreadyQueued  SMS and letters whose key was queued before (an earlier pass)
     * @param switchedOff    reminders not sent: switched off by the tenant
     * @param unreachable    reminders not sent: no confirmed phone and no confirmed address
     */
    public record Pass(LocalDate day, int due, int smsQueued, int emailsQueued, int alreadyQueued, int switchedOff, int unreachable) {
    }

    /** What a pass reads, from the accounts, meters, registration and notifications modules. */
    public interface Sources {
        /** Open accounts that have linked tenants. */
        List<ReminderAccount> accounts();

        List<AccountHolder> holders();

        /** Every meter. */
        List<Meter> meters();

        List<WindowRule> windows();

        /** The current readings of a period. */
        List<Reading> readings(YearMonth period);

        /** {@code tenant:account} of those who switched reading reminders off. */
        Set<String> switchedOff();

        /** Tenant id → confirmed e-mail address, of every tenant who confirmed one. */
        Map<String, String> confirmedEmails();

        /** The one-click link that switches reading reminders off for the account. */
        String unsubscribeUrl(String tenantId, String accountId);

        /** The portal's address without the trailing slash, e.g. {@code https://kabinet.example}. */
        String portalUrl();

        /** The company's name, signing the SMS. */
        String company();
    }

    private final Sources sources;
    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;
    private volatile Schedule schedule;
    /** The day of the last complete pass: the pass runs once a day while the portal runs. */
    private LocalDate doneOn;

    public ReadingReminders(Sources sources, Outbox outbox, Clock clock, ZoneId zone, Schedule schedule) {
        this.sources = sources;
        this.outbox = outbox;
        this.clock = clock;
        this.zone = zone;
        this.schedule = schedule;
    }

    public void reschedule(Schedule changed) {
        this.schedule = changed;
    }

    /**
     * Called by the scheduler every few minutes: makes the day's pass when reminders are on, it is a
     * decent hour and there was no complete pass today.
     *
     * @return the pass made, if any
     */
    public synchronized Optional<Pass> tick() {
        Schedule s = schedule;
        ZonedDateTime now = clock.instant().atZone(zone);
        LocalDate today = now.toLocalDate();
        if (!s.enabled() || !s.decentHour(now.toLocalTime()) || today.equals(doneOn)) {
            return Optional.empty();
        }
        Pass pass = pass(today);
        doneOn = today;
        return Optional.of(pass);
    }

    /** Queues the reminders due on the day (each exactly once: a repeat pass queues nothing new). */
    public synchronized Pass pass(LocalDate today) {
        ReminderPlan.Facts facts = new ReminderPlan.Facts(sources.accounts(), sources.holders(), sources.meters(), sources.windows(),
                sources::readings, sources.switchedOff(), lazily(sources::confirmedEmails));
        ReminderPlan.Result plan = ReminderPlan.due(today, facts);
        List<Reminder> due = plan.reminders();
        Counts queued = new Counts();
        if (!due.isEmpty()) {
            queueLetters(due, queued);
            queueSms(due, queued);
        }
        Pass pass = new Pass(today, due.size(), queued.sms, queued.emails, queued.already, plan.switchedOff(), plan.unreachable());
        if (pass.due() > 0 || pass.switchedOff() > 0 || pass.unreachable() > 0) {
            LOG.info(() -> "Reading reminders of " + today + ": " + pass.due() + " due, " + pass.smsQueued() + " SMS and "
                    + pass.emailsQueued() + " letters queued, " + pass.alreadyQueued() + " queued before, " + pass.switchedOff()
                    + " switched off, " + pass.unreachable() + " without a confirmed phone or address");
        }
        return pass;
    }

    /** What a pass queued so far. */
    private static final class Counts {
        int sms;
        int emails;
        int already;
    }

    /** The map's values, the map read on the first look-up only (tenants' addresses are read only when someone is due). */
    private static <K, V> Function<K, V> lazily(Supplier<Map<K, V>> all) {
        return new Function<>() {
            private Map<K, V> map;

            @Override
            public V apply(K key) {
                if (map == null) {
                    map = all.get();
                }
                return map.get(key);
            }
        };
    }

    private void queueLetters(List<Reminder> due, Counts queued) {
        String link = sources.portalUrl() + "/#!meters";
        for (Reminder r : due) {
            if (r.email() == null) {
                continue;
            }
            EmailMessage letter = new EmailMessage(r.emailKey(), r.email(), ReminderTexts.subject(r), ReminderTexts.letter(r), link,
                    ReminderTexts.actionLabel(r)).withUnsubscribeUrl(sources.unsubscribeUrl(r.tenantId(), r.account().id()));
            if (outbox.enqueue(letter)) {
                queued.emails++;
            } else {
                queued.already++;
            }
        }
    }

    private void queueSms(List<Reminder> due, Counts queued) {
        String company = sources.company();
        List<SmsRequest> messages = due.stream().filter(r -> r.phone() != null)
                .map(r -> new SmsRequest(r.smsKey(), r.phone(), ReminderTexts.sms(r, company))).toList();
        for (int i = 0; i < messages.size(); i += SMS_BATCH) {
            List<SmsRequest> batch = messages.subList(i, Math.min(messages.size(), i + SMS_BATCH));
            int added = outbox.enqueueAllSms(batch).size();
            queued.sms += added;
            queued.already += batch.size() - added;
        }
    }
}
