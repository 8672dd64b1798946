package org.kabinet.accounts.impl.osgi;

import java.io.Reader;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountHolder;
import org.kabinet.accounts.api.AccountHolders;
import org.kabinet.accounts.api.AccountData;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.AuditEvent;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.ImportResult;
import org.kabinet.accounts.api.IssuedCode;
import org.kabinet.accounts.api.LinkRequest;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.PhoneStatus;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.accounts.impl.AccountsService;
import org.kabinet.accounts.impl.LinkLimits;
import org.kabinet.accounts.impl.PhoneLimits;
import org.kabinet.accounts.impl.PhoneVerification;
import org.kabinet.accounts.impl.RegistrationCodes;
import org.kabinet.accounts.impl.jpa.JpaAccountStore;
import org.kabinet.persistence.JpaTransactions;
import org.kabinet.persistence.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** Wires the accounts rules to the database and the configuration. */
@Component(configurationPid = "org.kabinet.accounts", service = {TenantAccounts.class, AccountAdministration.class, AccountHolders.class})
@Designate(ocd = AccountsConfig.class)
public class AccountsComponent implements TenantAccounts, AccountAdministration, AccountHolders {
    private final AccountsService service;
    private final String defaultCity;

    @Activate
    public AccountsComponent(
            @Reference(target = "(osgi.jndi.service.name=kabinet)") DataSource dataSource,
            @Reference(target = "(osgi.unit.name=kabinet-accounts)") JpaTemplate jpa,
            @Reference Outbox outbox,
            @Reference org.kabinet.registration.api.TenantDirectory tenants,
            AccountsConfig config) throws SQLException {
        SchemaMigrations.of("acc", getClass().getClassLoader(), "db/accounts",
                "V1__accounts.sql", "V2__yugra_cities.sql", "V3__phone_verification.sql",
                "V4__link_failures_and_phone_codes.sql", "V5__link_limit_locks.sql", "V6__household.sql").migrate(dataSource);
        JpaTransactions tx = new JpaTransactions(jpa);
        JpaAccountStore store = new JpaAccountStore(tx);
        SecureRandom random = new SecureRandom();
        this.service = new AccountsService(store, tx, new RegistrationCodes(random),
                Duration.ofDays(config.codeValidityDays()), outbox, new PhoneVerification(random), Clock.systemUTC(),
                new PhoneLimits(config.phoneCodesPerNumberPerDay(), config.phoneCodesPerTenantPerDay()),
                linkLimits(config))
                .withNames(id -> tenants.find(id).map(t -> t.name() == null || t.name().isBlank() ? t.email() : t.name()).orElse(null));
        this.defaultCity = config.defaultCity();
    }

    private static LinkLimits linkLimits(AccountsConfig config) {
        if (config.linkFailuresPerTenantPerHour() < 1 || config.linkFailuresPerClientPerHour() < 1) {
            java.util.logging.Logger.getLogger(AccountsComponent.class.getName()).warning(
                    "linkFailuresPerTenantPerHour and linkFailuresPerClientPerHour (etc/org.kabinet.accounts.cfg) must be 1 or more:"
                            + " the default is used for a smaller value");
        }
        return LinkLimits.orDefaults(config.linkFailuresPerTenantPerHour(), config.linkFailuresPerClientPerHour());
    }

    @Override
    public List<City> cities() {
        return org.kabinet.accounts.impl.CityOrder.of(service.cities(), defaultCity);
    }

    @Override
    public City addCity(String name) {
        return service.addCity(name);
    }

    @Override
    public List<Account> accounts(AccountFilter filter) {
        return service.accounts(filter);
    }

    @Override
    public Account account(String id) {
        return service.account(id);
    }

    @Override
    public Account create(AccountData data) {
        return service.create(data);
    }

    @Override
    public Account update(String id, AccountData data) {
        return service.update(id, data);
    }

    @Override
    public ImportResult importCsv(Reader csv, IntConsumer progress) {
        return service.importCsv(csv, progress);
    }

    @Override
    public IssuedCode issueCode(String accountId) {
        return service.issueCode(accountId);
    }

    @Override
    public List<IssuedCode> issueCodes(String cityId, String addressPrefix) {
        return service.issueCodes(cityId, addressPrefix);
    }

    @Override
    public List<AuditEvent> audit(int limit) {
        return service.audit(limit);
    }

    @Override
    public List<LinkedAccount> linked(String tenantId) {
        return service.linked(tenantId);
    }

    @Override
    public LinkedAccount linkedAccount(String tenantId, String accountId) {
        return service.linkedAccount(tenantId, accountId);
    }

    @Override
    public LinkedAccount link(String tenantId, LinkRequest request) {
        return service.link(tenantId, request);
    }

    @Override
    public void unlink(String tenantId, String accountId) {
        service.unlink(tenantId, accountId);
    }

    @Override
    public Optional<String> phone(String tenantId) {
        return service.phone(tenantId);
    }

    @Override
    public List<AccountHolder> holders(String accountId) {
        return service.holders(accountId);
    }

    @Override
    public List<AccountHolder> allHolders() {
        return service.holders(null);
    }

    @Override
    public java.util.Map<String, String> openAccountNumbers() {
        return service.openAccountNumbers();
    }

    @Override
    public Optional<String> verifiedPhone(String tenantId) {
        return service.verifiedPhone(tenantId);
    }

    @Override
    public Optional<PhoneStatus> phoneStatus(String tenantId) {
        return service.phoneStatus(tenantId);
    }

    @Override
    public PhoneStatus requestPhoneVerification(String tenantId, String phone) {
        return service.requestPhoneVerification(tenantId, phone);
    }

    @Override
    public PhoneStatus verifyPhone(String tenantId, String code) {
        return service.verifyPhone(tenantId, code);
    }
}
