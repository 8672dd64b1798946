package org.kabinet.registration.impl.osgi;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.aries.jpa.template.JpaTemplate;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.persistence.JpaTransactions;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.ConsentText;
import org.kabinet.registration.api.PersonalData;
import org.kabinet.registration.api.PersonalDataSource;
import org.kabinet.registration.impl.ConsentTexts;
import org.kabinet.registration.impl.IdentityStore;
import org.kabinet.registration.impl.PasswordHasher;
import org.kabinet.registration.impl.PersonalDataPdf;
import org.kabinet.registration.impl.PersonalDataService;
import org.kabinet.registration.impl.RegistrationLetters;
import org.kabinet.registration.impl.RegistrationRetention;
import org.kabinet.registration.impl.jpa.JpaIdentityStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The tenant's own data (consent, export, deletion) over every installed {@link PersonalDataSource},
 * and the registration's hourly housekeeping tick on Karaf's scheduler: erasures of deleted accounts
 * that failed are tried again, and once a day the retention deletes old sign-ups, links and sessions.
 * Shares the configuration of {@link RegistrationComponent} (PID {@code org.kabinet.registration}).
 */
@Component(configurationPid = "org.kabinet.registration", service = {PersonalData.class, Runnable.class},
        property = {"scheduler.name=kabinet-registration-housekeeping", "scheduler.period:Long=3600",
                "scheduler.concurrent:Boolean=false"})
public class PersonalDataComponent extends PersonalDataService implements Runnable {
    private static final Logger LOG = Logger.getLogger(PersonalDataComponent.class.getName());
    private final List<PersonalDataSource> sources;
    private final RegistrationRetention retention;
    private final PortalTime time;
    private volatile LocalDate retainedOn;

    @Activate
    public PersonalDataComponent(
            @Reference Authentication authentication, // the registration component: the schema is up to date
            @Reference(target = "(osgi.unit.name=kabinet-registration)") JpaTemplate jpa,
            @Reference Outbox outbox,
            @Reference Company company,
            @Reference PortalTime time,
            RegistrationConfig config) {
        this(new JpaTransactions(jpa), authentication, outbox, company, time, config, new CopyOnWriteArrayList<>());
    }

    private PersonalDataComponent(JpaTransactions tx, Authentication authentication, Outbox outbox, Company company,
                                  PortalTime time, RegistrationConfig config, List<PersonalDataSource> sources) {
        this(new JpaIdentityStore(tx), tx, authentication, outbox, company, time, config, sources,
                ConsentTexts.load(config.consentVersion(), config.consentTextFile(), company.profile().name(),
                        company.profile().address()));
    }

    private PersonalDataComponent(IdentityStore store, JpaTransactions tx, Authentication authentication, Outbox outbox,
                                  Company company, PortalTime time, RegistrationConfig config,
                                  List<PersonalDataSource> sources, ConsentText text) {
        super(store, tx, outbox, PasswordHasher.recommended(new SecureRandom()),
                new RegistrationLetters(company.profile().portalUrl()), authentication, () -> text, () -> List.copyOf(sources),
                Duration.ofMinutes(config.sessionIdleMinutes()), new PersonalDataPdf(time.zone()), time.clock());
        this.sources = sources;
        this.time = time;
        this.retention = new RegistrationRetention(store, tx, time.clock(),
                RegistrationRetention.period("unconfirmedDays", config.unconfirmedDays(), 30),
                RegistrationRetention.period("usedLinksDays", config.usedLinksDays(), 7),
                RegistrationRetention.period("endedSessionsDays", config.endedSessionsDays(), 30),
                Duration.ofMinutes(config.sessionIdleMinutes()));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeSource")
    void addSource(PersonalDataSource source, Map<String, Object> properties) {
        sources.add(source);
    }

    void removeSource(PersonalDataSource source) {
        sources.remove(source);
    }

    @Override
    public void run() {
        try {
            int open = retryErasures();
            if (open > 0) {
                LOG.warning(() -> open + " erasures of deleted accounts are still open; the next tick tries again");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retrying the erasures of deleted accounts failed; the next tick tries again", e);
        }
        LocalDate today = time.today();
        if (today.equals(retainedOn)) {
            return;
        }
        try {
            RegistrationRetention.Result result = retention.run();
            retainedOn = today;
            if (result.any()) {
                LOG.info(() -> "Retention deleted " + result.unconfirmed() + " unconfirmed sign-ups, " + result.tokens()
                        + " old links and " + result.sessions() + " old sessions");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The registration retention failed; the next tick tries again", e);
        }
    }
}
