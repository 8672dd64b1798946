package org.kabinet.meters.impl.reminders.osgi;

import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.kabinet.persistence.Leases;
import java.util.stream.Collectors;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.AccountHolder;
import org.kabinet.accounts.api.AccountHolders;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterAdministration;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.meters.impl.reminders.ReadingReminders;
import org.kabinet.meters.impl.reminders.ReminderAccount;
import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.NotificationKind;
import org.kabinet.notifications.api.NotificationSettings;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.registration.api.Tenant;
import org.kabinet.registration.api.TenantDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The reading reminders on Karaf's scheduler: a tick every five minutes makes the day's pass once it
 * is a decent hour ({@link ReadingReminders}). Reads only other modules' services — meters, accounts
 * and their tenants, tenants' confirmed addresses, notification settings — and writes only to the
 * outbox.
 */
@Component(service = Runnable.class, immediate = true, configurationPid = "org.kabinet.meters.reminders",
        property = {"scheduler.name=kabinet-reading-reminders", "scheduler.period:Long=300", "scheduler.concurrent:Boolean=false"})
@Designate(ocd = ReminderConfig.class)
public class ReadingReminderComponent extends ReadingReminders implements Runnable {
    private static final Logger LOG = Logger.getLogger(ReadingReminderComponent.class.getName());

    @Activate
    public ReadingReminderComponent(@Reference MeterAdministration meters, @Reference AccountAdministration accounts,
                                    @Reference AccountHolders holders, @Reference TenantDirectory tenants,
                                    @Reference NotificationSettings settings, @Reference Outbox outbox, @Reference Company company,
                                    @Reference PortalTime time,
                                    @Reference(target = "(osgi.jndi.service.name=kabinet)") DataSource dataSource,
                                    ReminderConfig config) throws SQLException {
        super(new Sources() {
            @Override
            public List<ReminderAccount> accounts() {
                return accounts.accounts(new AccountFilter(null, AccountStatus.OPEN, true)).stream()
                        .map(a -> new ReminderAccount(a.id(), a.number(), a.city() == null ? null : a.city().id(),
                                a.city() == null ? "" : a.city().name(), a.address()))
                        .toList();
            }

            @Override
            public List<AccountHolder> holders() {
                return holders.allHolders();
            }

            @Override
            public List<Meter> meters() {
                return meters.meters(null);
            }

            @Override
            public List<WindowRule> windows() {
                return meters.windows();
            }

            @Override
            public List<Reading> readings(YearMonth period) {
                return meters.readings(period);
            }

            @Override
            public Set<String> switchedOff() {
                return settings.switchedOff(NotificationKind.READING_REMINDER);
            }

            @Override
            public Map<String, String> confirmedEmails() {
                return tenants.list().stream().filter(Tenant::confirmed).collect(Collectors.toMap(Tenant::id, Tenant::email, (a, b) -> a));
            }

            @Override
            public String unsubscribeUrl(String tenantId, String accountId) {
                return settings.unsubscribeUrl(tenantId, accountId, NotificationKind.READING_REMINDER);
            }

            @Override
            public String portalUrl() {
                return company.profile().portalUrl();
            }

            @Override
            public String company() {
                return company.profile().name();
            }
        }, outbox, time.clock(), time.zone(), schedule(config));
        this.leases = Leases.open(dataSource, time.clock());
    }

    @Modified
    void modified(ReminderConfig config) {
        reschedule(schedule(config));
    }

    /** The tick runs on one node at a time (several nodes on one database). */
    private final Leases leases;

    /** The scheduler's tick. */
    @Override
    public void run() {
        try {
            leases.runExclusively("kabinet-reading-reminders", Duration.ofMinutes(30), this::tick);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The reading reminders failed; the next tick tries again", e);
        }
    }

    static Schedule schedule(ReminderConfig config) {
        LocalTime from = time(config.sendFrom(), Schedule.DEFAULT.from(), "sendFrom");
        LocalTime until = time(config.sendUntil(), Schedule.DEFAULT.until(), "sendUntil");
        if (!from.isBefore(until)) {
            LOG.warning(() -> "sendFrom " + from + " is not before sendUntil " + until + "; 10:00–20:00 is used");
            return new Schedule(config.enabled(), Schedule.DEFAULT.from(), Schedule.DEFAULT.until());
        }
        return new Schedule(config.enabled(), from, until);
    }

    private static LocalTime time(String text, LocalTime fallback, String name) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            LOG.warning(() -> name + " '" + text + "' is not HH:mm; " + fallback + " is used");
            return fallback;
        }
    }
}
