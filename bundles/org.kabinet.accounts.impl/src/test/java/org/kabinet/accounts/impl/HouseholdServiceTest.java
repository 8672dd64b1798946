package org.kabinet.accounts.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountAccess;
import org.kabinet.accounts.api.AccountData;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.HouseholdException;
import org.kabinet.accounts.api.HouseholdMember;
import org.kabinet.accounts.api.InvitationPreview;
import org.kabinet.accounts.api.IssuedCode;
import org.kabinet.accounts.api.LinkRequest;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.NotFoundException;
import org.kabinet.accounts.api.ReadOnlyAccessException;
import org.kabinet.accounts.impl.jpa.JpaAccountStore;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.persistence.testing.LocalJpa;
import org.kabinet.persistence.testing.MutableClock;

/** Households on the real persistence unit (in-memory Derby): invitations, roles, revoking, leaving, limits. */
class HouseholdServiceTest {
    private static final String ANNA = "tenant-anna";
    private static final String BORIS = "tenant-boris";
    private static final String VERA = "tenant-vera";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"));
    private final Letters letters = new Letters();
    private final List<String> switchedOff = new ArrayList<>();
    private final Map<String, HouseholdService.Person> people = Map.of(
            ANNA, new HouseholdService.Person("anna@example.org", "Анна Петрова"),
            BORIS, new HouseholdService.Person("boris@example.org", ""),
            VERA, new HouseholdService.Person("vera@example.org", "Вера"));
    private LocalJpa jpa;
    private AccountsService accounts;
    private HouseholdService household;
    private String accountId;

    @BeforeEach
    void setUp() throws Exception {
        jpa = new LocalJpa("kabinet-accounts", AccountsServiceTest.migrations(getClass()));
        accounts = new AccountsService(new JpaAccountStore(jpa), jpa, new RegistrationCodes(new SecureRandom()),
                Duration.ofDays(90), letters, new PhoneVerification(new SecureRandom()), clock)
                .withNames(id -> Optional.ofNullable(people.get(id)).map(HouseholdService.Person::called).orElse(null));
        household = new HouseholdService(new JpaAccountStore(jpa), jpa, letters, id -> Optional.ofNullable(people.get(id)),
                (tenant, account) -> switchedOff.add(tenant + "@" + account), "https://kabinet.example/", clock, new SecureRandom(),
                HouseholdService.Limits.DEFAULT, ZoneId.of("Asia/Yekaterinburg"));
        accountId = linkedByAnna("100200");
    }

    @AfterEach
    void tearDown() {
        jpa.close();
    }

    private String linkedByAnna(String number) {
        Account account = accounts.create(new AccountData(number, "khanty-mansiysk", AccountKind.RENT, "ул. Мира, д. 5, кв. 12",
                new BigDecimal("54.3"), 3, AccountStatus.OPEN));
        IssuedCode code = accounts.issueCode(account.id());
        accounts.link(ANNA, new LinkRequest(number, "khanty-mansiysk", code.code(), null));
        return account.id();
    }

    /** Invites and returns the token from the letter's link. */
    private String invite(String email, AccountAccess role) {
        household.invite(ANNA, accountId, email, role);
        String link = letters.last().actionUrl();
        assertTrue(link.startsWith("https://kabinet.example/#!accounts/invitation/"), link);
        return link.substring(link.lastIndexOf('/') + 1);
    }

    private static String code(Runnable action) {
        return assertThrows(org.kabinet.kernel.error.KabinetException.class, action::run).code();
    }

    @Test
    void anInvitedMemberAcceptsAndSeesTheAccountMarkedWithTheHolder() {
        String token = invite(" Boris@Example.org ", AccountAccess.VIEW);

        EmailMessage letter = letters.last();
        assertEquals("boris@example.org", letter.to());
        assertTrue(letter.secret(), "the link is masked in the outbox and forgotten once sent");
        assertTrue(letter.text().startsWith("Анна Петрова приглашает вас к лицевому счёту № 100200"), letter.text());
        assertTrue(letter.text().contains("до 1 декабря 2026"), letter.text());

        InvitationPreview preview = household.preview(token);
        assertEquals(InvitationPreview.State.VALID, preview.state());
        assertEquals("100200", preview.accountNumber());
        assertEquals("Анна Петрова", preview.from());
        assertEquals("bo\u2022\u2022\u2022@example.org", preview.maskedEmail());

        LinkedAccount joined = household.accept(BORIS, token);
        assertEquals(AccountAccess.VIEW, joined.access());
        assertEquals("Анна Петрова", joined.grantedBy());
        LinkedAccount seen = accounts.linkedAccount(BORIS, accountId);
        assertEquals(AccountAccess.VIEW, seen.access());
        assertEquals("Анна Петрова", seen.grantedBy());
        assertEquals(List.of(BORIS + "@" + accountId), switchedOff, "a member starts with every notification off");
        assertEquals(AccountAccess.HOLDER, accounts.linkedAccount(ANNA, accountId).access());
        assertNull(accounts.linkedAccount(ANNA, accountId).grantedBy());
        assertEquals(1, accounts.account(accountId).linkedTenants(), "staff's count of holders does not count members");

        assertEquals(InvitationPreview.State.USED, household.preview(token).state());
        assertEquals("invitation.used", code(() -> household.accept(VERA, token)));
    }

    @Test
    void theTokenIsKeptOnlyAsItsHash() {
        String token = invite("boris@example.org", AccountAccess.FULL);
        List<String> stored = jpa.with(m -> m.createNativeQuery("SELECT TOKEN_HASH FROM ACC_INVITATION").getResultList()).stream()
                .map(Object::toString).toList();
        assertEquals(List.of(HouseholdService.hash(token)), stored);
        assertFalse(stored.contains(token));
    }

    @Test
    void aViewMemberMayNotWriteAFullMemberMayAndAStrangerSeesNothing() {
        household.accept(BORIS, invite("boris@example.org", AccountAccess.VIEW));
        household.accept(VERA, invite("vera@example.org", AccountAccess.FULL));

        assertThrows(ReadOnlyAccessException.class, () -> accounts.writableAccount(BORIS, accountId));
        assertEquals(Failure.FORBIDDEN, new ReadOnlyAccessException().failure());
        assertEquals(AccountAccess.FULL, accounts.writableAccount(VERA, accountId).access());
        assertEquals(AccountAccess.HOLDER, accounts.writableAccount(ANNA, accountId).access());
        assertThrows(NotFoundException.class, () -> accounts.writableAccount("tenant-stranger", accountId));
        assertThrows(NotFoundException.class, () -> accounts.linkedAccount("tenant-stranger", accountId));
    }

    @Test
    void onlyTheHolderInvitesAndManagesAStrangerGetsNotFound() {
        household.accept(VERA, invite("vera@example.org", AccountAccess.FULL));

        HouseholdException refused = assertThrows(HouseholdException.class,
                () -> household.invite(VERA, accountId, "someone@example.org", AccountAccess.VIEW));
        assertEquals("household.holderOnly", refused.code());
        assertEquals(Failure.FORBIDDEN, refused.failure());
        assertEquals("household.holderOnly", code(() -> household.members(VERA, accountId)));
        assertThrows(NotFoundException.class, () -> household.invite(BORIS, accountId, "someone@example.org", AccountAccess.VIEW));
        assertThrows(NotFoundException.class, () -> household.members(BORIS, accountId));
        assertThrows(NotFoundException.class, () -> household.revoke(BORIS, accountId, VERA));
    }

    @Test
    void anyAddressGetsTheSameAnswerAndALetter() {
        invite("boris@example.org", AccountAccess.VIEW);
        invite("nobody-registered@example.org", AccountAccess.VIEW);
        invite("anna@example.org", AccountAccess.VIEW);
        assertEquals(List.of("boris@example.org", "nobody-registered@example.org", "anna@example.org"),
                letters.emails.stream().map(EmailMessage::to).toList());
    }

    @Test
    void theInvitationIsBoundToItsAddressAndLastsSevenDays() {
        String token = invite("boris@example.org", AccountAccess.VIEW);
        HouseholdException other = assertThrows(HouseholdException.class, () -> household.accept(VERA, token));
        assertEquals("invitation.otherEmail", other.code());
        assertEquals("bo\u2022\u2022\u2022@example.org", other.arguments()[0]);
        assertTrue(accounts.linked(VERA).isEmpty());

        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertEquals(InvitationPreview.State.EXPIRED, household.preview(token).state());
        assertEquals("invitation.expired", code(() -> household.accept(BORIS, token)));
        assertEquals("invitation.unknown", code(() -> household.accept(BORIS, token + "x")));
        assertEquals(InvitationPreview.State.UNKNOWN, household.preview("nonsense").state());
        assertEquals(InvitationPreview.State.UNKNOWN, household.preview(null).state());
        assertEquals("invitation.alreadyLinked", code(() -> household.accept(ANNA, invite("anna@example.org", AccountAccess.FULL))));
    }

    @Test
    void revokingEndsAccessAtOnceAndTheMemberMayLeave() {
        household.accept(BORIS, invite("boris@example.org", AccountAccess.VIEW));
        clock.advance(Duration.ofMinutes(1));
        household.accept(VERA, invite("vera@example.org", AccountAccess.FULL));
        assertEquals(List.of(BORIS, VERA), household.members(ANNA, accountId).members().stream().map(HouseholdMember::tenantId).toList());

        household.revoke(ANNA, accountId, BORIS);
        assertThrows(NotFoundException.class, () -> accounts.linkedAccount(BORIS, accountId));
        assertThrows(NotFoundException.class, () -> household.revoke(ANNA, accountId, BORIS));
        assertThrows(NotFoundException.class, () -> household.revoke(ANNA, accountId, ANNA), "the holder is not a member to revoke");

        accounts.unlink(VERA, accountId);
        assertTrue(accounts.linked(VERA).isEmpty());
        assertEquals(AccountAccess.HOLDER, accounts.linkedAccount(ANNA, accountId).access(), "leaving leaves the holder alone");
        assertTrue(household.members(ANNA, accountId).members().isEmpty());
        List<String> audit = accounts.audit(20).stream().map(e -> e.type()).toList();
        assertTrue(audit.containsAll(List.of("INVITED", "JOINED", "ACCESS_REVOKED", "LEFT")), audit.toString());
    }

    @Test
    void theHolderUnlinkingEndsEveryAccessAndInvitationGrantedThroughIt() {
        household.accept(BORIS, invite("boris@example.org", AccountAccess.FULL));
        String open = invite("vera@example.org", AccountAccess.VIEW);

        accounts.unlink(ANNA, accountId);

        assertTrue(accounts.linked(BORIS).isEmpty());
        assertEquals(InvitationPreview.State.EXPIRED, household.preview(open).state());
        assertEquals("invitation.expired", code(() -> household.accept(VERA, open)));
    }

    @Test
    void anInvitationsAddressGoesThirtyDaysAfterItExpiredOrEnded() {
        String expiring = invite("boris@example.org", AccountAccess.VIEW);
        String cancelled = invite("vera@example.org", AccountAccess.VIEW);
        household.cancelInvitation(ANNA, accountId, household.members(ANNA, accountId).invitations().get(0).id());
        clock.advance(Duration.ofDays(7 + 29));
        invite("gleb@example.org", AccountAccess.VIEW);
        assertEquals(InvitationPreview.State.UNKNOWN, household.preview(cancelled).state(), "cancelled 36 days ago: gone");
        assertEquals(InvitationPreview.State.EXPIRED, household.preview(expiring).state(), "expired 29 days ago: kept");
        clock.advance(Duration.ofDays(2));
        invite("dina@example.org", AccountAccess.VIEW);
        assertEquals(InvitationPreview.State.UNKNOWN, household.preview(expiring).state(), "expired 31 days ago: gone");
        assertEquals(2L, invitations(), "the open ones stay");
    }

    private long invitations() {
        return jpa.with(m -> ((Number) m.createNativeQuery("SELECT COUNT(*) FROM ACC_INVITATION").getSingleResult()).longValue());
    }

    @Test
    void aCancelledInvitationStopsWorking() {
        String token = invite("boris@example.org", AccountAccess.VIEW);
        String id = household.members(ANNA, accountId).invitations().get(0).id();
        household.cancelInvitation(ANNA, accountId, id);
        assertTrue(household.members(ANNA, accountId).invitations().isEmpty());
        assertEquals("invitation.expired", code(() -> household.accept(BORIS, token)));
        assertThrows(NotFoundException.class, () -> household.cancelInvitation(ANNA, accountId, id));
    }

    @Test
    void atMostTenMembersAndInvitationsAndTwentyInvitationsADay() {
        for (int i = 0; i < 10; i++) {
            invite("member" + i + "@example.org", AccountAccess.VIEW);
        }
        HouseholdException full = assertThrows(HouseholdException.class,
                () -> household.invite(ANNA, accountId, "eleventh@example.org", AccountAccess.VIEW));
        assertEquals("household.full", full.code());
        assertEquals(10, letters.emails.size(), "nothing queued for a refused invitation");

        // the day's limit counts across the holder's accounts, accepted or not
        String second = linkedByAnna("100201");
        for (int i = 0; i < 10; i++) {
            household.invite(ANNA, second, "other" + i + "@example.org", AccountAccess.VIEW);
        }
        HouseholdException daily = assertThrows(HouseholdException.class,
                () -> household.invite(ANNA, linkedByAnna("100202"), "more@example.org", AccountAccess.VIEW));
        assertEquals("invitation.daily", daily.code());
        assertEquals(Failure.TOO_MANY, daily.failure());

        clock.advance(Duration.ofDays(8));
        household.invite(ANNA, accountId, "eleventh@example.org", AccountAccess.VIEW);
    }

    @Test
    void badInputIsRefusedWithTheField() {
        assertEquals("email", assertThrows(ValidationException.class,
                () -> household.invite(ANNA, accountId, "not an address", AccountAccess.VIEW)).field());
        assertEquals("role", assertThrows(ValidationException.class,
                () -> household.invite(ANNA, accountId, "boris@example.org", AccountAccess.HOLDER)).field());
        assertEquals("role", assertThrows(ValidationException.class,
                () -> household.invite(ANNA, accountId, "boris@example.org", null)).field());
        assertTrue(letters.emails.isEmpty());
    }

    @Test
    void aMemberWhoLinksWithTheCodeBecomesAHolder() {
        household.accept(BORIS, invite("boris@example.org", AccountAccess.VIEW));
        IssuedCode code = accounts.issueCode(accountId);
        accounts.link(BORIS, new LinkRequest("100200", "khanty-mansiysk", code.code(), null));
        assertEquals(AccountAccess.HOLDER, accounts.linkedAccount(BORIS, accountId).access());
        assertEquals(2, accounts.account(accountId).linkedTenants());
        accounts.unlink(ANNA, accountId);
        assertEquals(AccountAccess.HOLDER, accounts.linkedAccount(BORIS, accountId).access(), "no longer granted by Anna");
    }

    @Test
    void theLastVisitIsWrittenAtMostEveryQuarterOfAnHour() {
        household.accept(BORIS, invite("boris@example.org", AccountAccess.VIEW));
        assertNull(household.members(ANNA, accountId).members().get(0).lastVisit());

        Instant first = clock.instant();
        accounts.linked(BORIS);
        assertEquals(first, household.members(ANNA, accountId).members().get(0).lastVisit());
        clock.advance(Duration.ofMinutes(10));
        accounts.linked(BORIS);
        assertEquals(first, household.members(ANNA, accountId).members().get(0).lastVisit());
        clock.advance(Duration.ofMinutes(10));
        accounts.linked(BORIS);
        assertEquals(clock.instant(), household.members(ANNA, accountId).members().get(0).lastVisit());
    }

    @Test
    void staffSeeEveryoneHoldersFirst() {
        household.accept(BORIS, invite("boris@example.org", AccountAccess.VIEW));
        List<HouseholdMember> all = household.everyone(accountId);
        assertEquals(List.of(ANNA, BORIS), all.stream().map(HouseholdMember::tenantId).toList());
        assertEquals(AccountAccess.HOLDER, all.get(0).access());
        assertEquals("anna@example.org", all.get(0).email());
        assertEquals(ANNA, all.get(1).grantedBy());
        assertThrows(NotFoundException.class, () -> household.everyone("no-such-account"));
    }

    @Test
    void parallelInvitationsStopAtTheLimit() throws Exception {
        try (org.kabinet.persistence.testing.ThreadedJpa unit = new org.kabinet.persistence.testing.ThreadedJpa("kabinet-accounts",
                AccountsServiceTest.migrations(getClass()))) {
            AccountsService threaded = new AccountsService(new JpaAccountStore(unit), unit, new RegistrationCodes(new SecureRandom()),
                    Duration.ofDays(90), letters, new PhoneVerification(new SecureRandom()), clock);
            HouseholdService parallel = new HouseholdService(new JpaAccountStore(unit), unit, letters, id -> Optional.ofNullable(people.get(id)),
                    (tenant, account) -> { }, "https://kabinet.example", clock, new SecureRandom(), HouseholdService.Limits.DEFAULT,
                    ZoneId.of("Asia/Yekaterinburg"));
            Account account = threaded.create(new AccountData("100300", "khanty-mansiysk", AccountKind.RENT, "ул. Мира, д. 7",
                    new BigDecimal("40"), 2, AccountStatus.OPEN));
            threaded.link(ANNA, new LinkRequest("100300", "khanty-mansiysk", threaded.issueCode(account.id()).code(), null));
            java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicInteger full = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                List<java.util.concurrent.Future<?>> tries = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    int n = i;
                    tries.add(pool.submit(() -> {
                        try {
                            parallel.invite(ANNA, account.id(), "guest" + n + "@example.org", AccountAccess.VIEW);
                            sent.incrementAndGet();
                        } catch (HouseholdException e) {
                            assertEquals("household.full", e.code());
                            full.incrementAndGet();
                        }
                    }));
                }
                for (java.util.concurrent.Future<?> t : tries) {
                    t.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(10, sent.get(), "invitations: exactly the limit, however the requests interleave");
            assertEquals(6, full.get());
        }
    }

    /** Keeps the queued letters. */
    private static final class Letters implements Outbox {
        final List<EmailMessage> emails = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public boolean enqueue(EmailMessage message) {
            emails.add(message);
            return true;
        }

        EmailMessage last() {
            return emails.get(emails.size() - 1);
        }

        @Override
        public boolean enqueueSms(SmsRequest message) {
            return true;
        }

        @Override
        public Set<String> enqueueAllSms(List<SmsRequest> messages) {
            return Set.of();
        }
    }
}
