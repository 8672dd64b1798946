package org.kabinet.audit.impl.osgi;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.kabinet.audit.api.AuditEvent;
import org.kabinet.audit.api.AuditPage;
import org.kabinet.audit.api.AuditQuery;
import org.kabinet.audit.api.AuditTrail;
import org.kabinet.audit.impl.AuditService;
import org.kabinet.audit.impl.jpa.JpaAuditStore;
import org.kabinet.persistence.EntityManagers;
import org.kabinet.persistence.JpaTransactions;
import org.kabinet.persistence.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The trail on the portal's database ({@code AUD_EVENT}), each event appended in a transaction of its own
 * ({@code RequiresNew}); and, on Karaf's scheduler at 03:30 every day, the retention purge
 * ({@code retentionDays} of {@code etc/org.kabinet.audit.cfg}, 1095 by default).
 */
@Component(configurationPid = "org.kabinet.audit", service = {AuditTrail.class, Runnable.class}, immediate = true,
        property = {"scheduler.name=kabinet-audit-retention", "scheduler.expression=0 30 3 * * ?", "scheduler.concurrent:Boolean=false"})
@Designate(ocd = AuditConfig.class)
public class AuditComponent implements AuditTrail, Runnable {
    private static final Logger LOG = Logger.getLogger(AuditComponent.class.getName());
    private final AuditService service;
    private final Duration retention;

    @Activate
    public AuditComponent(@Reference(target = "(osgi.jndi.service.name=kabinet)") DataSource dataSource,
                          @Reference(target = "(osgi.unit.name=kabinet-audit)") JpaTemplate jpa,
                          AuditConfig config) throws SQLException {
        SchemaMigrations.of("aud", getClass().getClassLoader(), "db/audit", "V1__audit.sql").migrate(dataSource);
        EntityManagers ownTransaction = new EntityManagers() {
            @Override
            public <T> T with(java.util.function.Function<javax.persistence.EntityManager, T> work) {
                return jpa.txExpr(TransactionType.RequiresNew, work::apply);
            }
        };
        this.service = new AuditService(new JpaAuditStore(ownTransaction, new JpaTransactions(jpa)), Clock.systemUTC());
        // 0 keeps every event (as every retention setting); a negative value is a mistake: the default, said in the log
        if (config.retentionDays() < 0) {
            LOG.warning("retentionDays in etc/org.kabinet.audit.cfg is negative: the default of 1095 days is used");
        }
        this.retention = config.retentionDays() == 0 ? null : Duration.ofDays(config.retentionDays() < 0 ? 1095 : config.retentionDays());
    }

    @Override
    public void record(AuditEvent event) {
        service.record(event);
    }

    @Override
    public AuditPage find(AuditQuery query) {
        return service.find(query);
    }

    /** The daily retention purge. */
    @Override
    public void run() {
        try {
            if (retention == null) {
                return;
            }
            int deleted = service.purge(retention);
            if (deleted > 0) {
                LOG.info(() -> "Deleted " + deleted + " audit events older than " + retention.toDays() + " days");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The audit retention purge failed; tomorrow's run tries again", e);
        }
    }

    /** Whether the chain of the remaining events holds: the first broken sequence number, if any. */
    public Optional<Long> firstBroken() {
        return service.firstBroken();
    }
}
