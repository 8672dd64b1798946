package org.kabinet.notifications.impl.osgi;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.kabinet.notifications.api.AttachmentSource;
import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.DeliveryCallbackResult;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.MailDiagnostics;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.api.OutboxAdministration;
import org.kabinet.notifications.api.OutboxEntry;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.notifications.impl.ComposedLetter;
import org.kabinet.notifications.impl.DeliveryException;
import org.kabinet.notifications.impl.EmlFileMailChannel;
import org.kabinet.notifications.impl.LetterComposer;
import org.kabinet.notifications.impl.MailChannel;
import org.kabinet.notifications.impl.MailDispatcher;
import org.kabinet.notifications.impl.OutboxRetention;
import org.kabinet.notifications.impl.OutboxStore;
import org.kabinet.notifications.impl.QueuedLetter;
import org.kabinet.notifications.impl.QuietHours;
import org.kabinet.notifications.impl.RateLimit;
import org.kabinet.notifications.impl.SmsDailyCap;
import org.kabinet.notifications.impl.SecretBox;
import org.kabinet.notifications.impl.SmsDispatcher;
import org.kabinet.notifications.impl.SmsDeliveryTracker;
import org.kabinet.notifications.impl.RetryPolicy;
import org.kabinet.notifications.impl.SmtpMailChannel;
import org.kabinet.notifications.impl.jpa.JpaOutboxStore;
import org.kabinet.persistence.JpaTransactions;
import org.kabinet.persistence.Leases;
import org.kabinet.persistence.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.kabinet.sms.spi.SmsGateway;

/**
 * The outbox and its dispatcher: brings the schema up to date, serves {@link Outbox}, and delivers
 * due letters in the background through SMTP or, with no host configured, into .eml files.
 */
// Four PIDs (etc/org.kabinet.mail.cfg, etc/org.kabinet.sms.cfg, etc/org.kabinet.notifications.retention.cfg,
// etc/org.kabinet.cluster.cfg), so no
// single @Designate: the README documents them.
@Component(immediate = true, configurationPid = {"org.kabinet.mail", "org.kabinet.sms", "org.kabinet.notifications.retention",
        "org.kabinet.cluster"})
public class OutboxComponent implements Outbox, MailDiagnostics, OutboxAdministration {
    private static final Logger LOG = Logger.getLogger(OutboxComponent.class.getName());
    private static final int BATCH = 50;
    /** SMS asked about per dispatcher run when the provider is polled for delivery (one HTTP request each). */
    private static final int POLL_BATCH = 20;
    /** The retention rules run this long after a start or a configuration change, then once a day. */
    private static final Duration RETENTION_FIRST = Duration.ofMinutes(5);

    private final Clock clock = Clock.systemUTC();
    private final OutboxStore store;
    private final Company company;
    private final ScheduledExecutorService executor;

    /** What the configuration decides; replaced as a whole when it changes (see {@link #modified}). */
    private record Setup(MailChannel channel, LetterComposer composer, MailDispatcher mail, SmsDispatcher sms,
                         SmsDeliveryTracker delivery, SmsDailyCap smsCap) {
    }

    private volatile Setup setup;
    private ScheduledFuture<?> schedule;
    private ScheduledFuture<?> retentionSchedule;

    /** The SMS gateway in use: the highest-ranked one; replaced at runtime when a better one arrives. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SmsGateway gateway;

    /** Every SMS gateway, so that late delivery reports still reach one that is no longer in use. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<SmsGateway> gateways = List.of();

    private final List<AttachmentSource> sources = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(AttachmentSource source) {
        sources.add(source);
    }

    void removeSource(AttachmentSource source) {
        sources.remove(source);
    }

    private java.util.Optional<AttachmentSource> source(String name) {
        return sources.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    @Activate
    public OutboxComponent(
            @Reference(target = "(osgi.jndi.service.name=kabinet)") DataSource dataSource,
            @Reference(target = "(osgi.unit.name=kabinet-notifications)") JpaTemplate jpa,
            @Reference Company company,
            MailConfig config, SmsConfig sms, RetentionConfig retention, ClusterConfig cluster) throws SQLException {
        SchemaMigrations.of("notif", getClass().getClassLoader(), "db/notifications",
                JpaOutboxStore.MIGRATIONS.toArray(new String[0]))
                .migrate(dataSource);
        // several nodes open each other's sealed links and codes with one key from their configuration
        SecretBox secrets = cluster.outboxKey().isBlank() ? SecretBox.withFreshKey() : SecretBox.withKey(cluster.outboxKey());
        Duration claim = Duration.ofSeconds(Math.max(10, cluster.claimSeconds()));
        this.store = new JpaOutboxStore(new JpaTransactions(jpa), secrets, Leases.thisNode(), claim);
        LOG.info(() -> "Outbox of node " + Leases.thisNode() + ": claims hold " + claim.toSeconds() + " s, links and codes sealed"
                + (cluster.outboxKey().isBlank() ? " with a key of this start" : " with the nodes' shared key"));
        this.company = company;
        // two threads: a long retention run (the first on a big outbox) never holds up the codes people wait for
        this.executor = Executors.newScheduledThreadPool(2, r -> new Thread(r, "kabinet-notifications-dispatcher"));
        modified(config, sms, retention, cluster);
    }

    /**
     * Applies changed configuration in place: the services stay registered, so a change of
     * etc/org.kabinet.mail.cfg or etc/org.kabinet.sms.cfg restarts nothing that depends on the outbox.
     */
    @Modified
    synchronized void modified(MailConfig config, SmsConfig sms, RetentionConfig retention, ClusterConfig ignoredUntilRestart) {
        MailChannel channel = channel(config);
        LetterComposer composer = new LetterComposer(company.profile(), config.from());
        RetryPolicy retries = new RetryPolicy(Duration.ofSeconds(config.retryFirstSeconds()),
                Duration.ofSeconds(config.retryCapSeconds()), config.maxAttempts(), Math::random);
        QuietHours quietHours = QuietHours.parse(sms.quietFrom(), sms.quietTo(), sms.zone());
        SmsDailyCap smsCap = new SmsDailyCap(store, sms.smsCodesPerDay(), sms.smsAlarmPercent(), quietHours.zone(), clock,
                () -> company.profile().email());
        SmsDispatcher smsDispatcher = new SmsDispatcher(store, () -> gateway,
                new RetryPolicy(Duration.ofSeconds(sms.smsRetryFirstSeconds()), Duration.ofSeconds(sms.smsRetryCapSeconds()),
                        sms.smsMaxAttempts(), Math::random),
                quietHours, new RateLimit(sms.smsPerSecond(), clock), clock, smsCap);
        SmsDeliveryTracker delivery = new SmsDeliveryTracker(store, Duration.ofHours(Math.max(1, sms.deliveryPollHours())), clock);
        this.setup = new Setup(channel, composer, new MailDispatcher(store, composer, channel, retries, clock, this::source), smsDispatcher,
                delivery, smsCap);
        if (schedule != null) {
            schedule.cancel(false);
        }
        schedule = executor.scheduleWithFixedDelay(this::dispatch, config.pollMillis(), config.pollMillis(), TimeUnit.MILLISECONDS);
        if (retention.sentBodyDays() < 0 || retention.failedBodyDays() < 0 || retention.keepDays() < 0 || retention.emlDays() < 0) {
            LOG.warning("Negative days in etc/org.kabinet.notifications.retention.cfg are taken as 0 (keep forever)");
        }
        OutboxRetention rules = new OutboxRetention(store, new OutboxRetention.Limits(Math.max(0, retention.sentBodyDays()),
                Math.max(0, retention.failedBodyDays()), Math.max(0, retention.keepDays()), Math.max(0, retention.emlDays())),
                mailFolder(config), clock);
        if (retentionSchedule != null) {
            retentionSchedule.cancel(false);
        }
        retentionSchedule = executor.scheduleWithFixedDelay(() -> applyRetention(rules), RETENTION_FIRST.toMinutes(),
                Duration.ofDays(1).toMinutes(), TimeUnit.MINUTES);
    }

    /** The .eml folder of the configuration, whether or not letters go to SMTP now. */
    private static Path mailFolder(MailConfig config) {
        return config.mailFolder().isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "mail") : Path.of(config.mailFolder());
    }

    private void applyRetention(OutboxRetention rules) {
        try {
            OutboxRetention.Outcome outcome = rules.run();
            if (!outcome.nothing()) {
                LOG.info(() -> "Outbox retention: " + outcome);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox retention run failed; it runs again tomorrow", e);
        }
    }

    private MailChannel channel(MailConfig config) {
        if (config.host().isBlank()) {
            Path folder = mailFolder(config);
            LOG.info(() -> "No SMTP host configured (etc/org.kabinet.mail.cfg): letters are written as .eml files into "
                    + folder.toAbsolutePath());
            return new EmlFileMailChannel(folder, clock);
        }
        SmtpMailChannel.Security security;
        try {
            security = SmtpMailChannel.Security.parse(config.smtpSecurity());
        } catch (IllegalArgumentException e) {
            // a typo must not silently send in clear: keep the strictest and say so
            LOG.warning(() -> e.getMessage() + " (etc/org.kabinet.mail.cfg): using starttls");
            security = SmtpMailChannel.Security.STARTTLS;
        }
        SmtpMailChannel.Security chosen = security;
        if (chosen == SmtpMailChannel.Security.NONE) {
            LOG.warning(() -> "Letters are sent through SMTP " + config.host() + ":" + config.port() + " WITHOUT encryption"
                    + " (smtpSecurity=none): links, letters and the SMTP password cross the network in clear");
        } else {
            LOG.info(() -> "Letters are sent through SMTP " + config.host() + ":" + config.port() + " ("
                    + chosen.name().toLowerCase(java.util.Locale.ROOT) + ", server name checked)");
        }
        return new SmtpMailChannel(config.host(), config.port(), config.username(), config.password(),
                chosen, config.timeoutMillis());
    }

    private void dispatch() {
        try {
            Setup current = setup;
            current.mail().dispatchDue(BATCH);
            current.sms().dispatchDue(BATCH);
            current.delivery().pollDue(gateway, POLL_BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification dispatcher run failed; will try again", e);
        }
    }

    @Deactivate
    void stop() {
        executor.shutdownNow();
    }

    @Override
    public boolean enqueue(EmailMessage message) {
        return store.add(message, clock.instant());
    }

    @Override
    public List<OutboxEntry> entries(String channel, String state, int limit) {
        return store.entries(channel, state, Math.max(1, Math.min(limit, 10_000)));
    }

    @Override
    public boolean retry(String id) {
        return store.retry(id, clock.instant());
    }

    @Override
    public DeliveryCallbackResult deliveryCallback(String gatewayName, java.util.Map<String, List<String>> query,
                                                   java.util.Map<String, List<String>> headers, String body) {
        return setup.delivery().callback(gatewayNamed(gatewayName), query, headers, body);
    }

    /** The gateway of that name: the one in use, or another still registered; null for none. */
    private SmsGateway gatewayNamed(String name) {
        SmsGateway inUse = gateway;
        if (inUse != null && inUse.name().equals(name)) {
            return inUse;
        }
        return gateways.stream().filter(g -> g.name().equals(name)).findFirst().orElse(null);
    }

    @Override
    public boolean enqueueSms(SmsRequest message) {
        setup.smsCap().admit(message);
        return store.addSms(message, clock.instant());
    }

    @Override
    public java.util.Set<String> enqueueAllSms(List<SmsRequest> messages) {
        SmsDailyCap cap = setup.smsCap();
        messages.forEach(cap::admit);
        return store.addAllSms(messages, clock.instant());
    }

    @Override
    public java.util.Map<String, Integer> countByState(String keyPattern) {
        return store.countByState(keyPattern);
    }

    @Override
    public String sendTestLetter(String to) {
        String id = UUID.randomUUID().toString();
        QueuedLetter test = new QueuedLetter(id, "mail-test:" + id, to, "Проверка почты личного кабинета",
                "Это проверочное письмо. Если вы его получили, отправка писем из личного кабинета работает.",
                null, null, 0);
        Setup current = setup;
        ComposedLetter letter = current.composer().compose(test);
        try {
            return current.channel().deliver(letter);
        } catch (DeliveryException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
