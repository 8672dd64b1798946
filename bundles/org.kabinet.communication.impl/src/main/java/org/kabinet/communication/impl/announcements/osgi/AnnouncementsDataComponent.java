package org.kabinet.communication.impl.announcements.osgi;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.kabinet.communication.impl.announcements.AnnouncementsData;
import org.kabinet.communication.impl.announcements.jpa.JpaAnnouncementStore;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.persistence.JpaTransactions;
import org.kabinet.persistence.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Brings the announcement tables up to date and shares them with the announcement services, which start
 * after it. Registered under its own class: nothing outside this bundle can use it.
 */
@Component(service = AnnouncementsData.class)
public class AnnouncementsDataComponent extends AnnouncementsData {
    /** The migrations, in order (also for tests). */
    public static final String[] MIGRATIONS = {"V1__announcements.sql", "V2__delivery.sql"};

    @Activate
    public AnnouncementsDataComponent(@Reference(target = "(osgi.jndi.service.name=kabinet)") DataSource dataSource,
                                      @Reference(target = "(osgi.unit.name=kabinet-announcements)") JpaTemplate jpa,
                                      @Reference PortalTime time) throws SQLException {
        super(new JpaAnnouncementStore(new JpaTransactions(jpa)), new JpaTransactions(jpa), time.clock());
        migrations(getClass().getClassLoader()).migrate(dataSource);
    }

    public static SchemaMigrations migrations(ClassLoader loader) {
        return SchemaMigrations.of("ann", loader, "db/announcements", MIGRATIONS);
    }
}
