package org.kabinet.meters.impl.osgi;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.meters.api.MetersListener;
import org.kabinet.meters.impl.MetersData;
import org.kabinet.meters.impl.jpa.JpaMeterStore;
import org.kabinet.persistence.JpaTransactions;
import org.kabinet.persistence.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Brings the meters tables up to date and shares them with the bundle's services, which start after it.
 * Registered under its own class: nothing outside this bundle can use it. Collects the {@link MetersListener}
 * services, which every reading service of the bundle calls.
 */
@Component(service = MetersData.class)
public class MetersDataComponent extends MetersData {
    /** The migrations, in order (also for tests). */
    public static final String[] MIGRATIONS = {"V1__meters.sql"};

    @Activate
    public MetersDataComponent(@Reference(target = "(osgi.jndi.service.name=kabinet)") DataSource dataSource,
                               @Reference(target = "(osgi.unit.name=kabinet-meters)") JpaTemplate jpa,
                               @Reference PortalTime time) throws SQLException {
        super(new JpaMeterStore(new JpaTransactions(jpa)), new JpaTransactions(jpa), time.clock(), time.zone());
        SchemaMigrations.of("met", getClass().getClassLoader(), "db/meters", MIGRATIONS).migrate(dataSource);
        seedWindow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(MetersListener listener) {
        listeners().add(listener);
    }

    void removeListener(MetersListener listener) {
        listeners().remove(listener);
    }
}
