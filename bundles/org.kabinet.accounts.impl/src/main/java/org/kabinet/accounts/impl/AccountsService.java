package org.kabinet.accounts.impl;

import java.io.Reader;
import org.kabinet.persistence.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountAccess;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountData;
import org.kabinet.accounts.api.AccountHolder;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.AuditEvent;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.ImportResult;
import org.kabinet.accounts.api.IssuedCode;
import org.kabinet.accounts.api.LinkRefusedException;
import org.kabinet.accounts.api.LinkRequest;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.NotFoundException;
import org.kabinet.accounts.api.PhoneStatus;
import org.kabinet.accounts.api.PhoneVerificationException;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.accounts.api.TooManyAttemptsException;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.api.SmsPriority;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.kernel.error.ValidationException;

/** The rules of accounts, codes and linking, over an {@link AccountStore}. */
public final class AccountsService implements TenantAccounts, AccountAdministration {
    static final String LINKED = "LINKED";
    static final String UNLINKED = "UNLINKED";
    static final String LINK_FAILED = "LINK_FAILED";
    static final String LINK_REFUSED = "LINK_REFUSED";
    static final String CODE_ISSUED = "CODE_ISSUED";
    /** How often a member's last visit is written: a visit within this time of the last one is not. */
    static final Duration LAST_VISIT_STEP = Duration.ofMinutes(15);

    private final AccountStore store;
    private final Transactions tx;
    private final RegistrationCodes codes;
    private final Duration codeLifetime;
    private final Outbox outbox;
    private final PhoneVerification phones;
    private final Clock clock;
    private final PhoneLimits phoneLimits;
    private final LinkLimits linkLimits;
    private final Object lockRows = new Object();
    private volatile java.util.function.Function<String, String> names = tenantId -> null;

    /** With the default {@link PhoneLimits}. */
    public AccountsService(AccountStore store, Transactions tx, RegistrationCodes codes, Duration codeLifetime,
                           Outbox outbox, PhoneVerification phones, Clock clock) {
        this(store, tx, codes, codeLifetime, outbox, phones, clock, PhoneLimits.DEFAULT);
    }

    public AccountsService(AccountStore store, Transactions tx, RegistrationCodes codes, Duration codeLifetime,
                           Outbox outbox, PhoneVerification phones, Clock clock, PhoneLimits phoneLimits) {
        this(store, tx, codes, codeLifetime, outbox, phones, clock, phoneLimits, LinkLimits.DEFAULT);
    }

    public AccountsService(AccountStore store, Transactions tx, RegistrationCodes codes, Duration codeLifetime,
                           Outbox outbox, PhoneVerification phones, Clock clock, PhoneLimits phoneLimits, LinkLimits linkLimits) {
        this.phoneLimits = phoneLimits;
        this.linkLimits = linkLimits;
        this.store = store;
        this.tx = tx;
        this.codes = codes;
        this.codeLifetime = codeLifetime;
        this.outbox = outbox;
        this.phones = phones;
        this.clock = clock;
    }

    /**
     * How tenants are called (name, else e-mail; null for an unknown id), for the «доступ от …» of a member's account.
     * Without it a member sees the holder unnamed.
     */
    public AccountsService withNames(java.util.function.Function<String, String> tenantNames) {
        this.names = tenantNames;
        return this;
    }

    // ---- cities

    @Override
    public List<City> cities() {
        return tx.inTransaction(() -> store.cities().stream().sorted(Comparator.comparing(City::name)).toList());
    }

    @Override
    public City addCity(String name) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty() || value.length() > 100) {
            throw new ValidationException("name", "city.name");
        }
        return tx.inTransaction(() -> {
            if (city(value).isPresent()) {
                throw new ValidationException("name", "city.duplicate", value);
            }
            City city = new City(Slugs.of(value, id -> store.cities().stream().anyMatch(c -> c.id().equals(id))), value);
            store.insertCity(city);
            return city;
        });
    }

    /** The longest city id or name (the id column is shorter). */
    static final int MAX_CITY = 100;

    /** A city by id or by name, ignoring case. */
    Optional<City> city(String idOrName) {
        if (idOrName == null) {
            return Optional.empty();
        }
        String wanted = idOrName.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        return store.cities().stream().filter(c -> c.id().equals(wanted)
                || c.name().toLowerCase(Locale.ROOT).replace('ё', 'е').equals(wanted)).findFirst();
    }

    // ---- accounts (staff)

    @Override
    public List<Account> accounts(AccountFilter filter) {
        if (filter.cityId() != null && filter.cityId().length() > MAX_CITY) {
            throw new ValidationException("city", "account.city");
        }
        return tx.inTransaction(() -> {
            Map<String, City> cities = cityMap();
            // link counts and open codes of the whole list in two queries, not two per account
            Map<String, Integer> links = store.linkCounts();
            Map<String, Instant> codes = store.unusedCodeExpiries();
            return store.accounts(filter).stream().map(a -> account(a, cities, links.getOrDefault(a.id, 0), codes.get(a.id))).toList();
        });
    }

    @Override
    public List<Account> accounts(AccountFilter filter, int offset, int limit) {
        checkFilter(filter);
        if (offset < 0 || limit < 0) {
            throw new ValidationException("page", "page.invalid");
        }
        return tx.inTransaction(() -> withDetails(store.accounts(filter, offset, limit)));
    }

    @Override
    public int countAccounts(AccountFilter filter) {
        checkFilter(filter);
        return tx.inTransaction(() -> store.countAccounts(filter));
    }

    @Override
    public Map<String, Account> accountsById(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return tx.inTransaction(() -> withDetails(store.accounts(ids)).stream()
                .collect(Collectors.toMap(Account::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new)));
    }

    /** The accounts with their cities, link counts and open codes: four queries for the whole list, not two per account. */
    private List<Account> withDetails(List<AccountRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, City> cities = cityMap();
        List<String> ids = rows.stream().map(a -> a.id).toList();
        Map<String, Integer> links = store.linkCounts(ids);
        Map<String, Instant> codes = store.unusedCodeExpiries(ids);
        return rows.stream().map(a -> account(a, cities, links.getOrDefault(a.id, 0), codes.get(a.id))).toList();
    }

    private static void checkFilter(AccountFilter filter) {
        if (filter.cityId() != null && filter.cityId().length() > MAX_CITY) {
            throw new ValidationException("city", "account.city");
        }
    }

    @Override
    public Account account(String id) {
        return tx.inTransaction(() -> store.account(id).map(a -> account(a, cityMap())).orElseThrow(NotFoundException::new));
    }

    @Override
    public Account create(AccountData data) {
        return tx.inTransaction(() -> {
            AccountData valid = validate(data);
            if (store.account(valid.cityId(), valid.number()).isPresent()) {
                throw new ValidationException("number", "account.duplicate", valid.number());
            }
            AccountRow row = new AccountRow();
            row.id = UUID.randomUUID().toString();
            row.createdAt = clock.instant();
            row.apply(valid);
            store.insertAccount(row);
            return account(row, cityMap());
        });
    }

    @Override
    public Account update(String id, AccountData data) {
        return tx.inTransaction(() -> {
            AccountRow row = store.account(id).orElseThrow(NotFoundException::new);
            AccountData valid = validate(data);
            Optional<AccountRow> clash = store.account(valid.cityId(), valid.number());
            if (clash.isPresent() && !clash.get().id.equals(id)) {
                throw new ValidationException("number", "account.duplicate", valid.number());
            }
            row.apply(valid);
            store.updateAccount(row);
            return account(row, cityMap());
        });
    }

    private AccountData validate(AccountData data) {
        if (data == null) {
            throw new ValidationException(null, "request.empty");
        }
        String number = AccountFields.number(data.number());
        if (AccountFields.numberProblem(number).isPresent()) {
            throw new ValidationException("number", "account.number");
        }
        City city = city(data.cityId()).orElseThrow(() ->
                new ValidationException("city", "account.city"));
        if (data.kind() == null) {
            throw new ValidationException("kind", "account.kind");
        }
        String address = data.address() == null ? "" : data.address().strip();
        if (address.isEmpty() || address.length() > AccountFields.MAX_ADDRESS) {
            throw new ValidationException("address", "account.address");
        }
        if (data.areaM2() == null || AccountFields.area(data.areaM2().toPlainString()).isEmpty()) {
            throw new ValidationException("areaM2", "account.area");
        }
        if (data.residents() < 0 || data.residents() > 100) {
            throw new ValidationException("residents", "account.residents");
        }
        return new AccountData(number, city.id(), data.kind(), address,
                AccountFields.area(data.areaM2().toPlainString()).get(), data.residents(),
                data.status() == null ? AccountStatus.OPEN : data.status());
    }

    @Override
    public ImportResult importCsv(Reader csv, IntConsumer progress) {
        return tx.inTransaction(() -> {
            AccountCsv.Parsed parsed = AccountCsv.parse(csv, this::city, progress);
            if (!parsed.problems().isEmpty()) {
                return new ImportResult(false, 0, 0, 0, parsed.problems());
            }
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            int line = 0;
            // the file's cities' accounts read once: a query per line made a large file take an hour
            Map<String, AccountRow> known = new java.util.HashMap<>();
            parsed.rows().stream().map(AccountData::cityId).distinct().forEach(city -> store.accounts(new AccountFilter(city, null, null))
                    .forEach(a -> known.put(a.cityId + "|" + a.number, a)));
            for (AccountData data : parsed.rows()) {
                Optional<AccountRow> existing = Optional.ofNullable(known.get(data.cityId() + "|" + data.number()));
                if (existing.isEmpty()) {
                    AccountRow row = new AccountRow();
                    row.id = UUID.randomUUID().toString();
                    row.createdAt = clock.instant();
                    row.apply(data);
                    store.insertAccount(row);
                    known.put(data.cityId() + "|" + data.number(), row);
                    created++;
                } else if (existing.get().data().equals(data)) {
                    unchanged++;
                } else {
                    existing.get().apply(data);
                    store.updateAccount(existing.get());
                    updated++;
                }
                if (++line % 500 == 0) {
                    progress.accept(line);
                }
            }
            return new ImportResult(true, created, updated, unchanged, List.of());
        });
    }

    // ---- registration codes

    @Override
    public IssuedCode issueCode(String accountId) {
        return tx.inTransaction(() -> issue(store.account(accountId).orElseThrow(NotFoundException::new), cityMap()));
    }

    @Override
    public List<IssuedCode> issueCodes(String cityId, String addressPrefix) {
        return tx.inTransaction(() -> {
            City city = city(cityId).orElseThrow(() -> new ValidationException("city", "account.city"));
            String prefix = addressPrefix == null ? "" : addressPrefix.strip().toLowerCase(Locale.ROOT);
            Map<String, City> cities = cityMap();
            List<IssuedCode> issued = new ArrayList<>();
            for (AccountRow row : store.accounts(new AccountFilter(city.id(), AccountStatus.OPEN, false))) {
                if (row.address.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    issued.add(issue(row, cities));
                }
            }
            return issued;
        });
    }

    private IssuedCode issue(AccountRow account, Map<String, City> cities) {
        Instant now = clock.instant();
        String code = codes.generate();
        CodeRow row = new CodeRow();
        row.accountId = account.id;
        row.hash = codes.hash(code);
        row.issuedAt = now;
        row.expiresAt = now.plus(codeLifetime);
        store.saveCode(row);
        store.insertAudit(new AuditEvent(now, CODE_ISSUED, null, account.id, "код действует до " + row.expiresAt));
        return new IssuedCode(account.id, account.number, cities.get(account.cityId), account.address, code, row.expiresAt);
    }

    @Override
    public List<AuditEvent> audit(int limit) {
        return tx.inTransaction(() -> store.audit(Math.max(1, Math.min(limit, 10_000))));
    }

    @Override
    public List<AuditEvent> audit(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new ValidationException("page", "page.invalid");
        }
        return limit == 0 ? List.of() : tx.inTransaction(() -> store.audit(offset, limit));
    }

    @Override
    public int countAudit() {
        return tx.inTransaction(store::countAudit);
    }

    // ---- tenants

    @Override
    public List<LinkedAccount> linked(String tenantId) {
        return tx.inTransaction(() -> {
            Map<String, City> cities = cityMap();
            List<LinkRow> links = store.links(tenantId);
            Instant now = clock.instant();
            Instant stale = now.minus(LAST_VISIT_STEP);
            if (links.stream().anyMatch(l -> l.access != AccountAccess.HOLDER && (l.lastSeenAt == null || l.lastSeenAt.isBefore(stale)))) {
                store.touchMemberLinks(tenantId, stale, now);
            }
            Map<String, String> granters = new java.util.HashMap<>();
            return links.stream()
                    .map(link -> store.account(link.accountId).map(a -> linked(a, link, cities,
                            link.grantedBy == null ? null : granters.computeIfAbsent(link.grantedBy, this::nameOf))))
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(LinkedAccount::linkedAt).thenComparing(LinkedAccount::number)).toList();
        });
    }

    @Override
    public LinkedAccount linkedAccount(String tenantId, String accountId) {
        return linked(tenantId).stream().filter(a -> a.id().equals(accountId)).findFirst().orElseThrow(NotFoundException::new);
    }

    private enum Outcome { LINKED, FAILED, THROTTLED }

    private record Attempt(Outcome outcome, LinkedAccount account) {
    }

    @Override
    public LinkedAccount link(String tenantId, LinkRequest request) {
        return link(tenantId, request, null);
    }

    /**
     * Links as {@link #link(String, LinkRequest)}, also counting failures per client address (when given): past
     * {@link LinkLimits} a tenant's or an address's attempts are refused unchecked with the same 429 as a locked
     * (city, number). The tenant's and the address's counter rows are locked while an attempt is checked, so
     * parallel attempts each count.
     */
    @Override
    public LinkedAccount link(String tenantId, LinkRequest request, String clientAddress) {
        if (request == null) {
            throw new ValidationException(null, "link.empty");
        }
        String number = AccountFields.number(request.number());
        if (number.isEmpty()) {
            throw new ValidationException("number", "link.number");
        }
        // the form alone (not existence) decides these answers, so they tell nothing about accounts
        if (AccountFields.numberProblem(number).isPresent()) {
            throw new ValidationException("number", "account.number");
        }
        if (request.city() == null || request.city().isBlank()) {
            throw new ValidationException("city", "link.city");
        }
        if (request.city().strip().length() > MAX_CITY) {
            throw new ValidationException("city", "account.city");
        }
        if (request.code() == null || request.code().isBlank()) {
            throw new ValidationException("code", "link.code");
        }
        if (request.code().length() > 100) {
            throw new ValidationException("code", "link.code.format");
        }
        String phone = request.phone() == null || request.phone().isBlank() ? null : PhoneNumbers.normalize(request.phone());
        String client = clientAddress == null || clientAddress.isBlank() ? null : clientAddress.strip();
        String tenantKey = LinkThrottle.tenantKey(tenantId);
        String clientKey = client == null ? null : LinkThrottle.clientKey(client);
        List<String> limitKeys = clientKey == null ? List.of(tenantKey) : java.util.stream.Stream.of(tenantKey, clientKey).sorted().toList();
        // the lock rows made one at a time here, so parallel first attempts do not both insert one
        synchronized (lockRows) {
            LockRows.ensure(store, tx, clock, limitKeys);
        }
        Attempt attempt = tx.inTransaction(() -> {
            Instant now = clock.instant();
            // one attempt of a tenant (or of an address) at a time: the counts below see every earlier failure
            store.lockLinkKeys(limitKeys, now);
            Instant hourAgo = now.minus(LinkThrottle.TENANT_WINDOW);
            if (store.countLinkFailures(tenantKey, hourAgo) >= linkLimits.perTenantPerHour()) {
                store.insertAudit(new AuditEvent(now, LINK_REFUSED, tenantId, null, "слишком много неудачных попыток этого нанимателя"));
                return new Attempt(Outcome.THROTTLED, null);
            }
            if (clientKey != null && store.countLinkFailures(clientKey, hourAgo) >= linkLimits.perClientPerHour()) {
                store.insertAudit(new AuditEvent(now, LINK_REFUSED, tenantId, null, "слишком много неудачных попыток с адреса " + client));
                return new Attempt(Outcome.THROTTLED, null);
            }
            Optional<City> city = city(request.city());
            String key = LinkThrottle.key(city.map(City::id).orElse(request.city()), number);
            // counted by what was typed, existing or not; the right code still links while locked (see LinkThrottle)
            boolean locked = LinkThrottle.keyLocked(store.countLinkFailures(key, now.minus(LinkThrottle.KEY_WINDOW)));
            Optional<AccountRow> account = city.flatMap(c -> store.account(c.id(), number));
            Optional<CodeRow> code = account.filter(a -> a.status == AccountStatus.OPEN).flatMap(a -> store.code(a.id))
                    .filter(c -> c.usedAt == null && now.isBefore(c.expiresAt));
            boolean matches;
            if (code.isPresent()) {
                matches = RegistrationCodes.matches(request.code(), code.get().hash);
            } else {
                RegistrationCodes.matchDummy();
                matches = false;
            }
            if (!matches) {
                store.insertAudit(new AuditEvent(now, LINK_FAILED, tenantId, account.map(a -> a.id).orElse(null),
                        "номер " + number + ", город «" + request.city().strip() + "»"
                                + (locked ? "; слишком много неудачных попыток по этому номеру" : "")));
                store.insertLinkFailure(key, now, now.minus(LinkThrottle.KEPT));
                store.insertLinkFailure(tenantKey, now, now.minus(LinkThrottle.KEPT));
                if (clientKey != null) {
                    store.insertLinkFailure(clientKey, now, now.minus(LinkThrottle.KEPT));
                }
                return new Attempt(locked ? Outcome.THROTTLED : Outcome.FAILED, null);
            }
            CodeRow used = code.get();
            used.usedAt = now;
            store.saveCode(used);
            Optional<LinkRow> existing = store.links(tenantId).stream().filter(l -> l.accountId.equals(used.accountId)).findFirst();
            if (existing.isPresent() && existing.get().access != AccountAccess.HOLDER) {
                // a household member linked it with its code: the account is theirs now, not granted
                store.makeHolder(tenantId, used.accountId);
                existing.get().access = AccountAccess.HOLDER;
                existing.get().grantedBy = null;
            }
            LinkRow link = existing
                    .orElseGet(() -> {
                        LinkRow fresh = new LinkRow();
                        fresh.tenantId = tenantId;
                        fresh.accountId = used.accountId;
                        fresh.linkedAt = now;
                        store.insertLink(fresh);
                        return fresh;
                    });
            if (phone != null) {
                try {
                    startPhoneVerification(tenantId, phone, now);
                } catch (PhoneVerificationException notNow) {
                    // a code went out moments ago, or the day's codes are used up: the link still counts,
                    // the tenant can ask for a code later
                } catch (org.kabinet.kernel.error.KabinetException capped) {
                    // the portal's daily cap on SMS codes (the outbox refuses before queueing): the same
                    if (!"outbox.sms.dailyCap".equals(capped.code())) {
                        throw capped;
                    }
                }
            }
            store.insertAudit(new AuditEvent(now, LINKED, tenantId, used.accountId, "счёт " + number));
            return new Attempt(Outcome.LINKED, linked(account.get(), link, cityMap()));
        });
        return switch (attempt.outcome()) {
            case LINKED -> attempt.account();
            case THROTTLED -> throw new TooManyAttemptsException();
            case FAILED -> throw new LinkRefusedException();
        };
    }

    @Override
    public void unlink(String tenantId, String accountId) {
        if (tx.inTransaction(() -> store.links(tenantId)).stream().noneMatch(l -> l.accountId.equals(accountId))) {
            throw new NotFoundException();
        }
        String lock = HouseholdService.accountLock(accountId);
        LockRows.ensure(store, tx, clock, List.of(lock));
        tx.inTransaction(() -> {
            // after an accept that is under way: its member is then deleted with the others
            store.lockLinkKeys(List.of(lock), clock.instant());
            LinkRow link = store.links(tenantId).stream().filter(l -> l.accountId.equals(accountId)).findFirst()
                    .orElseThrow(NotFoundException::new);
            Instant now = clock.instant();
            store.deleteLink(tenantId, accountId);
            if (link.access == AccountAccess.HOLDER) {
                store.insertAudit(new AuditEvent(now, UNLINKED, tenantId, accountId, ""));
                // everything granted through this link ends with it
                for (String member : store.deleteGrantedLinks(tenantId, accountId)) {
                    store.insertAudit(new AuditEvent(now, HouseholdService.ACCESS_ENDED, member, accountId,
                            "владелец отвязал счёт"));
                }
                for (InvitationRow open : store.unendedInvitations(accountId, tenantId)) {
                    store.endInvitation(open.id, now, "ENDED");
                }
            } else {
                store.insertAudit(new AuditEvent(now, HouseholdService.LEFT, tenantId, accountId, "роль " + link.access.name()));
            }
            return null;
        });
    }

    @Override
    public Optional<String> phone(String tenantId) {
        return phoneStatus(tenantId).map(PhoneStatus::phone);
    }

    @Override
    public Optional<String> verifiedPhone(String tenantId) {
        return phoneStatus(tenantId).filter(PhoneStatus::verified).map(PhoneStatus::phone);
    }

    /** Account id → number of every open account. */
    public Map<String, String> openAccountNumbers() {
        return tx.inTransaction(() -> store.numbers(AccountStatus.OPEN.name()));
    }

    /** The tenants linked to the account (every account when null) with their verified phones. */
    public List<AccountHolder> holders(String accountId) {
        return tx.inTransaction(() -> {
            List<LinkRow> links = store.accountLinks(accountId);
            Map<String, String> phones = accountId == null ? store.verifiedPhones() : Map.of();
            return links.stream().map(l -> new AccountHolder(l.accountId, l.tenantId, accountId == null
                    ? phones.get(l.tenantId)
                    : store.phone(l.tenantId).filter(p -> p.verified).map(p -> p.phone).orElse(null))).toList();
        });
    }

    @Override
    public Optional<PhoneStatus> phoneStatus(String tenantId) {
        return tx.inTransaction(() -> store.phone(tenantId).map(p -> new PhoneStatus(p.phone, p.verified)));
    }

    @Override
    public PhoneStatus requestPhoneVerification(String tenantId, String phone) {
        String normalized = PhoneNumbers.normalize(phone);
        return tx.inTransaction(() -> startPhoneVerification(tenantId, normalized, clock.instant()));
    }

    /** Stores the phone and sends it a code, unless it is the tenant's phone and already confirmed. */
    private PhoneStatus startPhoneVerification(String tenantId, String phone, Instant now) {
        PhoneRow row = store.lockPhone(tenantId).orElseGet(() -> {
            PhoneRow fresh = new PhoneRow();
            fresh.tenantId = tenantId;
            return fresh;
        });
        if (phone.equals(row.phone) && row.verified) {
            return new PhoneStatus(phone, true);
        }
        String code = phones.newCode(row, now);
        Instant dayAgo = now.minus(PhoneLimits.DAY);
        if (store.countPhoneCodes(null, phone, dayAgo) >= phoneLimits.perNumberPerDay()
                || store.countPhoneCodes(tenantId, null, dayAgo) >= phoneLimits.perTenantPerDay()) {
            throw new PhoneVerificationException("phone.daily");
        }
        store.insertPhoneCode(tenantId, phone, now, now.minus(PhoneLimits.DAY));
        row.phone = phone;
        row.verified = false;
        row.updatedAt = now;
        store.savePhone(row);
        outbox.enqueueSms(new SmsRequest("phone-code:" + tenantId + ":" + now.toEpochMilli(), phone,
                "Код подтверждения телефона в личном кабинете: " + code + ". Никому его не сообщайте.",
                SmsPriority.IMMEDIATE).withSecret(code)); // waited for: not held by quiet hours; the code masked, erased once sent
        return new PhoneStatus(phone, false);
    }

    @Override
    public PhoneStatus verifyPhone(String tenantId, String code) {
        Object outcome = tx.inTransaction(() -> {
            // locked: parallel guesses each count (issue #13)
            PhoneRow row = store.lockPhone(tenantId).orElse(null);
            if (row == null) {
                return new PhoneVerificationException("phone.code.none");
            }
            try {
                PhoneVerification.check(row, code, clock.instant());
                return new PhoneStatus(row.phone, true);
            } catch (PhoneVerificationException e) {
                return e;
            } finally {
                row.updatedAt = clock.instant();
                store.savePhone(row); // a wrong try counts even though the answer is an error
            }
        });
        if (outcome instanceof PhoneVerificationException e) {
            throw e;
        }
        return (PhoneStatus) outcome;
    }

    // ---- mapping

    private Map<String, City> cityMap() {
        return store.cities().stream().collect(Collectors.toMap(City::id, Function.identity()));
    }

    private Account account(AccountRow a, Map<String, City> cities) {
        return account(a, cities, store.linkCount(a.id), store.code(a.id).filter(c -> c.usedAt == null).map(c -> c.expiresAt).orElse(null));
    }

    private static Account account(AccountRow a, Map<String, City> cities, int linkedTenants, Instant codeExpires) {
        return new Account(a.id, a.number, cities.get(a.cityId), a.kind, a.address, a.areaM2, a.residents, a.status, linkedTenants,
                codeExpires);
    }

    private static LinkedAccount linked(AccountRow a, LinkRow link, Map<String, City> cities) {
        return linked(a, link, cities, null);
    }

    static LinkedAccount linked(AccountRow a, LinkRow link, Map<String, City> cities, String grantedBy) {
        return new LinkedAccount(a.id, a.number, cities.get(a.cityId), a.kind, a.address, a.areaM2, a.residents, a.status,
                link.linkedAt, link.access, link.access == AccountAccess.HOLDER ? null : grantedBy == null ? "" : grantedBy);
    }

    private String nameOf(String tenantId) {
        String name = names.apply(tenantId);
        return name == null ? "" : name;
    }
}
