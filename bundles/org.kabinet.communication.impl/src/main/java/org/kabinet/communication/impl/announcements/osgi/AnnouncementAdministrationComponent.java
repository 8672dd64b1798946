package org.kabinet.communication.impl.announcements.osgi;

import java.util.logging.Level;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.kabinet.persistence.Leases;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountHolders;
import org.kabinet.communication.api.AnnouncementAdministration;
import org.kabinet.communication.impl.announcements.AnnouncementAdministrationService;
import org.kabinet.communication.impl.announcements.AnnouncementSettings;
import org.kabinet.communication.impl.announcements.AnnouncementsData;
import org.kabinet.communication.impl.announcements.Neighbours;
import org.kabinet.communication.impl.files.Attachments;
import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.NotificationSettings;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.registration.api.TenantDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Announcements for staff, and the minute tick on Karaf's scheduler that takes expired ones out of the
 * cabinet and publishes the scheduled ones whose time has come.
 */
@Component(service = {AnnouncementAdministration.class, Runnable.class}, configurationPid = "org.kabinet.communication.announcements",
        property = {"scheduler.name=kabinet-announcements", "scheduler.period:Long=60", "scheduler.concurrent:Boolean=false"})
@Designate(ocd = AnnouncementsConfig.class)
public class AnnouncementAdministrationComponent extends AnnouncementAdministrationService implements Runnable {
    private static final Logger LOG = Logger.getLogger(AnnouncementAdministrationComponent.class.getName());

    @Activate
    public AnnouncementAdministrationComponent(@Reference AnnouncementsData data, @Reference AccountAdministration accounts,
                                               @Reference AccountHolders holders, @Reference TenantDirectory tenants,
                                               @Reference NotificationSettings settings, @Reference Outbox outbox,
                                               @Reference Company company, @Reference Attachments attachments,
                                               @Reference(target = "(osgi.jndi.service.name=kabinet)") DataSource dataSource,
                                               AnnouncementsConfig config) throws SQLException {
        super(data, new Neighbours(accounts, holders, tenants, settings, outbox, company, attachments), settings(config));
        this.leases = Leases.open(dataSource, Clock.systemUTC());
    }

    /** The tick runs on one node at a time (several nodes on one database). */
    private final Leases leases;

    /** The scheduler's tick. */
    @Override
    public void run() {
        try {
            leases.runExclusively("kabinet-announcements", Duration.ofMinutes(10), this::tick);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The announcements tick failed; the next one tries again", e);
        }
    }

    static AnnouncementSettings settings(AnnouncementsConfig config) {
        int days = config.defaultValidityDays();
        int parts = config.smsMaxParts();
        if (days < 1) {
            LOG.warning(() -> "defaultValidityDays " + config.defaultValidityDays() + " is below 1; 30 is used");
            days = AnnouncementSettings.DEFAULT.defaultValidityDays();
        }
        if (parts < 1) {
            LOG.warning(() -> "smsMaxParts " + config.smsMaxParts() + " is below 1; 2 is used");
            parts = AnnouncementSettings.DEFAULT.smsMaxParts();
        }
        return new AnnouncementSettings(days, parts);
    }
}
