package org.kabinet.notifications.impl;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.SmsRequest;

/**
 * The portal's daily cap on codes sent by SMS (an SMS with a secret), against pumping: bots asking for
 * codes to premium numbers, a cost anyone can trigger. A day counts the codes sent since local midnight
 * plus those waiting to go. Past the cap a new code is refused ({@link #CODE}, 429 at the edge), while a
 * code queued before still goes, as the person waits for it. The company's own SMS (debt, payments,
 * announcements) are never held: staff start them, and a cap on them would delay a month's debt SMS
 * for weeks. At {@code alarmPercent} staff get one letter a day at the company's address and the log
 * one WARNING line.
 */
public final class SmsDailyCap {
    /** The error code of a refused code. */
    public static final String CODE = "outbox.sms.dailyCap";
    private static final Logger LOG = Logger.getLogger(SmsDailyCap.class.getName());

    private final OutboxStore store;
    private final int perDay;
    private final int alarmPercent;
    private final ZoneId zone;
    private final Clock clock;
    private final Supplier<String> staffAddress;
    private LocalDate alarmedOn;
    private LocalDate reachedOn;

    /**
     * @param perDay       codes a day; 0 or less: no cap
     * @param alarmPercent share of the cap at which staff are alarmed
     * @param staffAddress the company's e-mail address for the alarm; blank: only the log line
     */
    public SmsDailyCap(OutboxStore store, int perDay, int alarmPercent, ZoneId zone, Clock clock, Supplier<String> staffAddress) {
        this.store = store;
        this.perDay = perDay;
        this.alarmPercent = Math.max(1, Math.min(100, alarmPercent));
        this.zone = zone;
        this.clock = clock;
        this.staffAddress = staffAddress;
    }

    /** No cap at all. */
    public static SmsDailyCap unlimited(OutboxStore store, Clock clock) {
        return new SmsDailyCap(store, 0, 100, ZoneId.of("UTC"), clock, () -> "");
    }

    public boolean limited() {
        return perDay > 0;
    }

    /** Codes counted today (sent, and waiting). */
    public int counted() {
        return limited() ? store.smsCountedSince(today().atStartOfDay(zone).toInstant()) : 0; // local midnight
    }

    /**
     * Lets a new SMS into the queue: a code (an SMS with a secret) only while today's count is under
     * the cap. Two codes asked for at the same instant may both pass at the last place: the cap is a
     * brake, not an exact ledger.
     *
     * @throws KabinetException TOO_MANY {@link #CODE} past the cap
     */
    public void admit(SmsRequest sms) {
        if (sms.secret() == null || !limited()) {
            return;
        }
        // no alarm from here: the caller's transaction rolls back with the refusal; the dispatcher alarms
        if (counted() >= perDay) {
            throw new KabinetException(Failure.TOO_MANY, CODE, null);
        }
    }

    /** Alarms staff once a day at {@code alarmPercent} of the cap and logs once a day when it is reached. */
    public synchronized void watch(int counted) {
        if (!limited()) {
            return;
        }
        LocalDate today = today();
        if ((long) counted * 100 >= (long) perDay * alarmPercent && !today.equals(alarmedOn)) {
            alarmedOn = today;
            alarm(today, counted);
        }
        if (counted >= perDay && !today.equals(reachedOn)) {
            reachedOn = today;
            LOG.warning(() -> "SMS daily cap of " + perDay + " reached on " + today
                    + ": new codes are refused until midnight (etc/org.kabinet.sms.cfg smsCodesPerDay)");
        }
    }

    private void alarm(LocalDate today, int counted) {
        String to = staffAddress.get();
        boolean queued = to != null && !to.isBlank() && store.add(EmailMessage.plain("sms-cap-alarm:" + today, to.strip(),
                "SMS с кодами: использовано " + counted + " из " + perDay + " за сегодня",
                "Сегодня, " + today + ", личный кабинет отправил или ставит в очередь " + counted + " SMS с кодами подтверждения из "
                        + perDay + ", разрешённых в день (" + alarmPercent + " % и больше).\n\n"
                        + "Когда предел будет достигнут, новые коды до полуночи отправляться не будут (SMS о долге, оплатах "
                        + "и объявлениях это не касается). Если столько кодов не ожидалось, проверьте журнал исходящих "
                        + "сообщений: возможно, кто-то запрашивает коды на чужие номера. Предел задаётся параметром "
                        + "smsCodesPerDay в etc/org.kabinet.sms.cfg."), clock.instant());
        if (queued || to == null || to.isBlank()) {
            LOG.warning(() -> "SMS code cap: " + counted + " of " + perDay + " codes used on " + today
                    + (queued ? "; staff alarmed at " + to.strip() : "; no company e-mail to alarm staff"));
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
