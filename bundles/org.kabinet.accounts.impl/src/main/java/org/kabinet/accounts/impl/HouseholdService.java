package org.kabinet.accounts.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.kabinet.accounts.api.AccountAccess;
import org.kabinet.accounts.api.AuditEvent;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.Household;
import org.kabinet.accounts.api.HouseholdException;
import org.kabinet.accounts.api.HouseholdMember;
import org.kabinet.accounts.api.HouseholdMembers;
import org.kabinet.accounts.api.InvitationPreview;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.NotFoundException;
import org.kabinet.accounts.api.PendingInvitation;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.persistence.Transactions;

/**
 * The rules of households: who may invite (the holder), how many (10 members and open invitations per account,
 * 20 invitations a day per holder), single-use links valid 7 days kept only as a hash, an invitation bound to the
 * address it was sent to, and access that ends at once when revoked, left, or when the holder unlinks the account.
 */
public final class HouseholdService implements Household {
    static final String INVITED = "INVITED";
    static final String INVITE_CANCELLED = "INVITE_CANCELLED";
    static final String JOINED = "JOINED";
    static final String ACCESS_REVOKED = "ACCESS_REVOKED";
    static final String ACCESS_ENDED = "ACCESS_ENDED";
    static final String LEFT = "LEFT";

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final int MAX_EMAIL = 254;
    /** How long an expired or ended invitation (and the address it went to) is kept. */
    static final Duration KEPT = Duration.ofDays(30);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ru"));

    /** A tenant as invitations need them. */
    public record Person(String email, String name) {
        /** The name if given, else the e-mail. */
        public String called() {
            return name == null || name.isBlank() ? email : name;
        }
    }

    /** Looks tenants up by id (the registration module's directory). */
    public interface People {
        Optional<Person> find(String tenantId);
    }

    /** Switches off every notification of a new member for the account (the notifications module's settings). */
    public interface MemberSettings {
        void switchOffAll(String tenantId, String accountId);
    }

    /** @param validity how long an invitation link works */
    public record Limits(int maxMembers, int invitationsPerDay, Duration validity) {
        public static final Limits DEFAULT = new Limits(10, 20, Duration.ofDays(7));
    }

    private final AccountStore store;
    private final Transactions tx;
    private final Outbox outbox;
    private final People people;
    private final MemberSettings settings;
    private final String portalUrl;
    private final Clock clock;
    private final SecureRandom random;
    private final Limits limits;
    private final ZoneId zone;

    public HouseholdService(AccountStore store, Transactions tx, Outbox outbox, People people, MemberSettings settings,
                            String portalUrl, Clock clock, SecureRandom random, Limits limits, ZoneId zone) {
        this.store = store;
        this.tx = tx;
        this.outbox = outbox;
        this.people = people;
        this.settings = settings;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
        this.clock = clock;
        this.random = random;
        this.limits = limits;
        this.zone = zone;
    }

    @Override
    public void invite(String holderId, String accountId, String email, AccountAccess role) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty() || address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
            throw new ValidationException("email", "invitation.email");
        }
        if (role == null || role == AccountAccess.HOLDER) {
            throw new ValidationException("role", "invitation.role");
        }
        // a stranger's or a member's request ends here, before any lock row is made for it
        tx.inTransaction(() -> heldAccount(holderId, accountId));
        List<String> locks = locks(accountId, holderId);
        tx.inTransaction(() -> {
            Instant now = clock.instant();
            // one invitation of the account and of the holder at a time: the counts below see every earlier one
            store.lockLinkKeys(locks, now);
            AccountRow account = heldAccount(holderId, accountId);
            if (store.countInvitations(holderId, now.minus(Duration.ofDays(1))) >= limits.invitationsPerDay()) {
                throw new HouseholdException(Failure.TOO_MANY, "invitation.daily");
            }
            if (taken(accountId, now) >= limits.maxMembers()) {
                throw new HouseholdException(Failure.INVALID, "household.full");
            }
            // the addresses of old invitations go: 30 days after an invitation expired or ended
            store.forgetInvitations(now.minus(KEPT));
            String token = token();
            InvitationRow row = new InvitationRow();
            row.id = UUID.randomUUID().toString();
            row.accountId = accountId;
            row.holderId = holderId;
            row.email = address;
            row.access = role;
            row.tokenHash = hash(token);
            row.createdAt = now;
            row.expiresAt = now.plus(limits.validity());
            store.insertInvitation(row);
            store.insertAudit(new AuditEvent(now, INVITED, holderId, accountId, "на " + mask(address) + ", " + roleText(role)));
            String from = people.find(holderId).map(Person::called).orElse("Владелец счёта");
            String link = portalUrl + "/#!accounts/invitation/" + token;
            outbox.enqueue(new EmailMessage("household-invite:" + row.id, address, "Приглашение к лицевому счёту № " + account.number,
                    letter(from, account, role, row.expiresAt), link, "Принять приглашение").withSecretLink());
            return null;
        });
    }

    private String letter(String from, AccountRow account, AccountAccess role, Instant expires) {
        return from + " приглашает вас к лицевому счёту № " + account.number + " (" + account.address + ") в личном кабинете нанимателя"
                + " с доступом «" + roleText(role) + "»: " + (role == AccountAccess.FULL
                ? "баланс, начисления, выписки, счётчики и объявления, а также передача показаний, письма в управляющую компанию"
                        + " и уведомления по счёту."
                : "баланс, начисления, выписки, счётчики и объявления.")
                + "\n\nЧтобы принять приглашение, откройте ссылку и войдите в кабинет с этим адресом e-mail. Если кабинета у вас ещё нет,"
                + " зарегистрируйтесь с этим адресом, подтвердите его и снова откройте ссылку из этого письма."
                + "\n\nСсылка сработает один раз и действует до " + DATE.format(expires.atZone(zone)) + "."
                + " Если вы не ждали этого письма, ничего делать не нужно: без вашего согласия доступ не появится.";
    }

    @Override
    public HouseholdMembers members(String holderId, String accountId) {
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            heldAccount(holderId, accountId);
            List<HouseholdMember> members = store.accountLinks(accountId).stream()
                    .filter(l -> l.access != AccountAccess.HOLDER && holderId.equals(l.grantedBy))
                    .map(this::member).toList();
            List<PendingInvitation> open = store.unendedInvitations(accountId, holderId).stream().filter(i -> i.open(now))
                    .map(i -> new PendingInvitation(i.id, i.email, i.access, i.createdAt, i.expiresAt)).toList();
            return new HouseholdMembers(members, open);
        });
    }

    @Override
    public void revoke(String holderId, String accountId, String memberId) {
        tx.inTransaction(() -> {
            heldAccount(holderId, accountId);
            LinkRow member = store.links(memberId == null ? "" : memberId).stream()
                    .filter(l -> l.accountId.equals(accountId) && l.access != AccountAccess.HOLDER && holderId.equals(l.grantedBy))
                    .findFirst().orElseThrow(NotFoundException::new);
            store.deleteLink(member.tenantId, accountId);
            store.insertAudit(new AuditEvent(clock.instant(), ACCESS_REVOKED, member.tenantId, accountId,
                    "владелец отозвал доступ (" + roleText(member.access) + ")"));
            return null;
        });
    }

    @Override
    public void cancelInvitation(String holderId, String accountId, String invitationId) {
        tx.inTransaction(() -> {
            Instant now = clock.instant();
            heldAccount(holderId, accountId);
            InvitationRow invitation = store.unendedInvitations(accountId, holderId).stream()
                    .filter(i -> i.id.equals(invitationId)).findFirst().orElseThrow(NotFoundException::new);
            store.endInvitation(invitation.id, now, "CANCELLED");
            store.insertAudit(new AuditEvent(now, INVITE_CANCELLED, holderId, accountId, "на " + mask(invitation.email)));
            return null;
        });
    }

    @Override
    public InvitationPreview preview(String token) {
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<InvitationRow> found = invitation(token);
            if (found.isEmpty()) {
                return InvitationPreview.of(InvitationPreview.State.UNKNOWN);
            }
            InvitationRow invitation = found.get();
            InvitationPreview.State state = state(invitation, now);
            if (state != InvitationPreview.State.VALID) {
                return InvitationPreview.of(state);
            }
            Optional<AccountRow> account = store.account(invitation.accountId);
            if (account.isEmpty()) {
                return InvitationPreview.of(InvitationPreview.State.EXPIRED);
            }
            return new InvitationPreview(state, account.get().number, account.get().address,
                    people.find(invitation.holderId).map(Person::called).orElse(""), invitation.access, mask(invitation.email));
        });
    }

    @Override
    public LinkedAccount accept(String tenantId, String token) {
        InvitationRow found = tx.inTransaction(() -> invitation(token))
                .orElseThrow(() -> new HouseholdException(Failure.GONE, "invitation.unknown"));
        List<String> locks = locks(found.accountId, null);
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            // the account's household one change at a time: a holder's unlink cannot miss this member, two accepts
            // of one tenant cannot both insert, the member count below is the real one
            store.lockLinkKeys(locks, now);
            InvitationRow invitation = invitation(token).orElseThrow(() -> new HouseholdException(Failure.GONE, "invitation.unknown"));
            switch (state(invitation, now)) {
                case USED -> throw new HouseholdException(Failure.GONE, "invitation.used");
                case EXPIRED -> throw new HouseholdException(Failure.GONE, "invitation.expired");
                case UNKNOWN -> throw new HouseholdException(Failure.GONE, "invitation.unknown");
                default -> { }
            }
            String email = people.find(tenantId).map(Person::email).orElse("");
            if (!email.equalsIgnoreCase(invitation.email)) {
                throw new HouseholdException(Failure.FORBIDDEN, "invitation.otherEmail", mask(invitation.email));
            }
            boolean holderStill = store.links(invitation.holderId).stream()
                    .anyMatch(l -> l.accountId.equals(invitation.accountId) && l.access == AccountAccess.HOLDER);
            AccountRow account = store.account(invitation.accountId).filter(a -> holderStill)
                    .orElseThrow(() -> new HouseholdException(Failure.GONE, "invitation.expired"));
            if (store.links(tenantId).stream().anyMatch(l -> l.accountId.equals(invitation.accountId))) {
                throw new HouseholdException(Failure.INVALID, "invitation.alreadyLinked");
            }
            long members = store.accountLinks(invitation.accountId).stream().filter(l -> l.access != AccountAccess.HOLDER).count();
            if (members >= limits.maxMembers()) {
                throw new HouseholdException(Failure.INVALID, "household.full");
            }
            if (!store.endInvitation(invitation.id, now, "ACCEPTED")) {
                throw new HouseholdException(Failure.GONE, "invitation.used");
            }
            LinkRow link = new LinkRow();
            link.tenantId = tenantId;
            link.accountId = invitation.accountId;
            link.linkedAt = now;
            link.access = invitation.access;
            link.grantedBy = invitation.holderId;
            store.insertLink(link);
            settings.switchOffAll(tenantId, invitation.accountId);
            store.insertAudit(new AuditEvent(now, JOINED, tenantId, invitation.accountId,
                    "по приглашению владельца, " + roleText(invitation.access)));
            java.util.Map<String, City> cities = store.cities().stream()
                    .collect(java.util.stream.Collectors.toMap(City::id, c -> c));
            return AccountsService.linked(account, link, cities, people.find(invitation.holderId).map(Person::called).orElse(""));
        });
    }

    @Override
    public List<HouseholdMember> everyone(String accountId) {
        return tx.inTransaction(() -> {
            store.account(accountId == null ? "" : accountId).orElseThrow(NotFoundException::new);
            List<HouseholdMember> all = new ArrayList<>(store.accountLinks(accountId).stream().map(this::member).toList());
            all.sort(Comparator.comparing((HouseholdMember m) -> m.access() != AccountAccess.HOLDER).thenComparing(HouseholdMember::since));
            return all;
        });
    }

    // ---- helpers

    /** The lock rows of an account's household (and of a holder's day of invitations), made if missing. */
    private List<String> locks(String accountId, String holderId) {
        List<String> keys = holderId == null ? List.of(accountLock(accountId))
                : java.util.stream.Stream.of(accountLock(accountId), "household-holder:" + holderId).sorted().toList();
        LockRows.ensure(store, tx, clock, keys);
        return keys;
    }

    /** The key of the lock row that orders changes of an account's household (invite, accept, the holder's unlink). */
    static String accountLock(String accountId) {
        return "household:" + (accountId == null ? "" : accountId);
    }

    /** The account, if the tenant holds it: a stranger gets 404, a member 403. */
    private AccountRow heldAccount(String holderId, String accountId) {
        LinkRow link = store.links(holderId).stream().filter(l -> l.accountId.equals(accountId)).findFirst()
                .orElseThrow(NotFoundException::new);
        if (link.access != AccountAccess.HOLDER) {
            throw new HouseholdException(Failure.FORBIDDEN, "household.holderOnly");
        }
        return store.account(accountId).orElseThrow(NotFoundException::new);
    }

    /** Members of the account and its invitations still open: together at most {@link Limits#maxMembers()}. */
    private long taken(String accountId, Instant now) {
        long members = store.accountLinks(accountId).stream().filter(l -> l.access != AccountAccess.HOLDER).count();
        long open = store.unendedInvitations(accountId, null).stream().filter(i -> i.open(now)).count();
        return members + open;
    }

    private HouseholdMember member(LinkRow l) {
        Optional<Person> person = people.find(l.tenantId);
        return new HouseholdMember(l.tenantId, person.map(Person::email).orElse(""), person.map(Person::name).orElse(""), l.access,
                l.linkedAt, l.lastSeenAt, l.grantedBy);
    }

    private Optional<InvitationRow> invitation(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return store.invitationByToken(hash(token.strip()));
    }

    private static InvitationPreview.State state(InvitationRow invitation, Instant now) {
        if ("ACCEPTED".equals(invitation.outcome)) {
            return InvitationPreview.State.USED;
        }
        return invitation.open(now) ? InvitationPreview.State.VALID : InvitationPreview.State.EXPIRED;
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code ma•••@example.org}: enough to recognise one's own address, not to read it. */
    static String mask(String email) {
        int at = email.indexOf('@');
        if (at < 0) {
            return "\u2022\u2022\u2022";
        }
        String local = email.substring(0, at);
        return local.substring(0, Math.min(local.length() <= 3 ? 1 : 2, local.length())) + "\u2022\u2022\u2022" + email.substring(at);
    }

    static String roleText(AccountAccess access) {
        return switch (access) {
            case HOLDER -> "владелец";
            case FULL -> "полный доступ";
            case VIEW -> "только просмотр";
        };
    }
}
