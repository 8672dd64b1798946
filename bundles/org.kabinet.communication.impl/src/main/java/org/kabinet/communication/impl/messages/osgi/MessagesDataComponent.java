package org.kabinet.communication.impl.messages.osgi;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.kabinet.communication.api.MessagesListener;
import org.kabinet.communication.impl.messages.MessagesData;
import org.kabinet.communication.impl.messages.ThreadNumbers;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.persistence.JpaTransactions;
import org.kabinet.persistence.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Brings the messages tables (also those of the files) up to date and shares them with the bundle's
 * services, which start after it. Registered under its own class: nothing outside this bundle can use it.
 * Collects the {@link MessagesListener} services, which the tenants' messages service calls.
 */
@Component(service = MessagesData.class)
public class MessagesDataComponent extends MessagesData {
    /** The migrations, in order (also for tests). */
    public static final String[] MIGRATIONS = {"V1__messages.sql"};

    @Activate
    public MessagesDataComponent(@Reference(target = "(osgi.jndi.service.name=kabinet)") DataSource dataSource,
                                 @Reference(target = "(osgi.unit.name=kabinet-messages)") JpaTemplate jpa,
                                 @Reference PortalTime time) throws SQLException {
        this(dataSource, new JpaTransactions(jpa), time);
    }

    private MessagesDataComponent(DataSource dataSource, JpaTransactions jpa, PortalTime time) throws SQLException {
        super(jpa, jpa, time.clock(), time.zone());
        SchemaMigrations.of("msg", getClass().getClassLoader(), "db/messages", MIGRATIONS).migrate(dataSource);
        new ThreadNumbers(this).prepare();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(MessagesListener listener) {
        listeners().add(listener);
    }

    void removeListener(MessagesListener listener) {
        listeners().remove(listener);
    }
}
