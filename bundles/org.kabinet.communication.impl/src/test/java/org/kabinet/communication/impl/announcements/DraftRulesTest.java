package org.kabinet.communication.impl.announcements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.City;
import org.kabinet.communication.api.AnnouncementDraft;
import org.kabinet.communication.api.Audience;
import org.kabinet.communication.api.AudienceKind;
import org.kabinet.communication.api.Importance;
import org.kabinet.kernel.error.KabinetException;

class DraftRulesTest {
    private static final Instant NOW = Instant.parse("2026-05-12T05:00:00Z");
    private static final Duration MONTH = Duration.ofDays(30);
    private final List<Account> accounts = new ArrayList<>(List.of(
            account("a1", "8600001", "khm"), account("a2", "8600002", "khm"), account("s1", "8600001", "surgut")));
    private int accountListings;
    private final DraftRules rules = new DraftRules(() -> Set.of("khm", "surgut"), () -> {
        accountListings++;
        return accounts;
    });

    private static Account account(String id, String number, String city) {
        return new Account(id, number, new City(city, city), AccountKind.UTILITIES, "ул. Мира, д. 5", BigDecimal.ONE, 1,
                AccountStatus.OPEN, 0, null);
    }

    private static AnnouncementDraft draft(String title, String html, Audience audience) {
        return new AnnouncementDraft(title, html, audience, Importance.NORMAL, false, null, null, null);
    }

    private KabinetException refused(AnnouncementDraft draft) {
        return assertThrows(KabinetException.class, () -> rules.check(draft, NOW, MONTH));
    }

    @Test
    void aGoodDraftIsTidiedAndPublishedNowForThirtyDays() {
        CheckedDraft d = rules.check(draft("  Отключение воды  ", "Завтра нет воды", Audience.everyone()), NOW, MONTH);
        assertEquals("Отключение воды", d.title());
        assertEquals("<p>Завтра нет воды</p>", d.html());
        assertTrue(d.due());
        assertEquals(NOW, d.publishAt());
        assertEquals(NOW.plus(MONTH), d.validUntil());
        assertEquals(0, accountListings, "no need to list accounts for everyone");
    }

    @Test
    void theTitleIsOneTo150Characters() {
        assertEquals("communication.announcement.title", refused(draft("   ", "x", Audience.everyone())).code());
        assertEquals("communication.announcement.title", refused(draft(null, "x", Audience.everyone())).code());
        assertEquals("title", refused(draft("я".repeat(151), "x", Audience.everyone())).field());
        assertEquals(150, rules.check(draft("я".repeat(150), "x", Audience.everyone()), NOW, MONTH).title().length());
    }

    @Test
    void theTextMustSaySomethingAfterSanitisingAndFit() {
        assertEquals("communication.announcement.text", refused(draft("T", "<script>alert(1)</script>", Audience.everyone())).code());
        assertEquals("communication.announcement.text", refused(draft("T", "<p>  </p><img src=x>", Audience.everyone())).code());
        assertEquals("communication.announcement.text", refused(draft("T", null, Audience.everyone())).code());
        KabinetException tooLong = refused(draft("T", "<p>" + "я".repeat(20_000) + "</p>", Audience.everyone()));
        assertEquals("communication.announcement.text", tooLong.code());
        assertEquals("communication.announcement.text.long", tooLong.textKey());
        rules.check(draft("T", "я".repeat(19_993), Audience.everyone()), NOW, MONTH); // <p>…</p> makes 20 000
    }

    @Test
    void importanceIsRequiredAndEmergencyCountsOnlyForUrgent() {
        assertEquals("communication.announcement.importance",
                refused(new AnnouncementDraft("T", "x", Audience.everyone(), null, false, null, null, null)).code());
        assertFalse(rules.check(new AnnouncementDraft("T", "x", Audience.everyone(), Importance.NORMAL, true, null, null, null), NOW, MONTH)
                .emergency());
        assertTrue(rules.check(new AnnouncementDraft("T", "x", Audience.everyone(), Importance.URGENT, true, null, null, null), NOW, MONTH)
                .emergency());
    }

    @Test
    void aCityOrBuildingNeedsAKnownCity() {
        assertEquals("communication.announcement.audience.city",
                refused(draft("T", "x", new Audience(AudienceKind.CITY, null, null, List.of()))).textKey());
        assertEquals("communication.announcement.audience.city",
                refused(draft("T", "x", new Audience(AudienceKind.CITY, "moscow", null, List.of()))).textKey());
        assertEquals("communication.announcement.audience",
                refused(draft("T", "x", new Audience(AudienceKind.BUILDING, "atlantis", "ул. Мира, д. 5", List.of()))).code());
        assertEquals("khm", rules.check(draft("T", "x", new Audience(AudienceKind.CITY, "khm", null, List.of())), NOW, MONTH)
                .target().cityId());
        assertEquals("communication.announcement.audience", refused(draft("T", "x", null)).code());
        assertEquals("communication.announcement.audience", refused(draft("T", "x", new Audience(null, null, null, null))).code());
    }

    @Test
    void aBuildingIsOneTo200Characters() {
        assertEquals("communication.announcement.audience.building",
                refused(draft("T", "x", new Audience(AudienceKind.BUILDING, "khm", "  ", List.of()))).textKey());
        assertEquals("building",
                refused(draft("T", "x", new Audience(AudienceKind.BUILDING, "khm", "д".repeat(201), List.of()))).field());
        assertEquals("ул. Мира, д. 5", rules.check(draft("T", "x",
                new Audience(AudienceKind.BUILDING, "khm", "  ул. Мира,   д. 5, ", List.of())), NOW, MONTH).target().building());
    }

    @Test
    void accountNumbersMustAllExistAndTheMissingAreNamed() {
        CheckedDraft d = rules.check(draft("T", "x", new Audience(AudienceKind.ACCOUNTS, null, null,
                List.of(" 8600002 ", "8600002", ""))), NOW, MONTH);
        assertEquals(Map.of("a2", "8600002"), d.target().accounts(), "duplicates and blanks dropped");
        assertEquals(Map.of("a1", "8600001", "s1", "8600001"), rules.check(draft("T", "x",
                new Audience(AudienceKind.ACCOUNTS, null, null, List.of("8600001"))), NOW, MONTH).target().accounts(),
                "the same number in two cities names both");
        assertEquals(Map.of("s1", "8600001"), rules.check(draft("T", "x",
                new Audience(AudienceKind.ACCOUNTS, "surgut", null, List.of("8600001"))), NOW, MONTH).target().accounts(),
                "unless a city is given");

        List<String> numbers = new ArrayList<>(List.of("8600001"));
        IntStream.rangeClosed(1, 12).forEach(i -> numbers.add("99" + i));
        KabinetException missing = refused(draft("T", "x", new Audience(AudienceKind.ACCOUNTS, null, null, numbers)));
        assertEquals("communication.announcement.accounts", missing.code());
        assertEquals(12, missing.arguments()[0]);
        assertEquals("991, 992, 993, 994, 995, 996, 997, 998, 999, 9910 …", missing.arguments()[1]);
    }

    @Test
    void oneTo10000AccountNumbers() {
        assertEquals("communication.announcement.audience.accounts",
                refused(draft("T", "x", new Audience(AudienceKind.ACCOUNTS, null, null, List.of(" ")))).textKey());
        List<String> many = IntStream.rangeClosed(1, 10_001).mapToObj(i -> "n" + i).toList();
        assertEquals("communication.announcement.audience.accounts",
                refused(draft("T", "x", new Audience(AudienceKind.ACCOUNTS, null, null, many))).textKey());
        many.subList(0, 10_000).forEach(n -> accounts.add(account("id-" + n, n, "khm")));
        assertEquals(10_000, rules.check(draft("T", "x", new Audience(AudienceKind.ACCOUNTS, null, null, many.subList(0, 10_000))),
                NOW, MONTH).target().accounts().size());
    }

    @Test
    void validityEndsAfterPublication() {
        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        AnnouncementDraft scheduled = new AnnouncementDraft("T", "x", Audience.everyone(), Importance.NORMAL, false, tomorrow,
                tomorrow, null);
        assertEquals("communication.announcement.validUntil", refused(scheduled).code());
        AnnouncementDraft past = new AnnouncementDraft("T", "x", Audience.everyone(), Importance.NORMAL, false, null,
                NOW.minusSeconds(1), null);
        assertEquals("validUntil", refused(past).field());
        CheckedDraft later = rules.check(new AnnouncementDraft("T", "x", Audience.everyone(), Importance.NORMAL, false, tomorrow, null,
                null), NOW, MONTH);
        assertFalse(later.due());
        assertEquals(tomorrow.plus(MONTH), later.validUntil(), "thirty days from the publication");
        CheckedDraft pastStart = rules.check(new AnnouncementDraft("T", "x", Audience.everyone(), Importance.NORMAL, false,
                NOW.minus(Duration.ofDays(3)), NOW.plusSeconds(60), null), NOW, MONTH);
        assertTrue(pastStart.due());
        assertEquals(NOW, pastStart.publishAt(), "a past time means now");
    }

    @Test
    void aNullAccountNumberIsRefusedWithTheAccountsCode() {
        Audience withNull = new Audience(AudienceKind.ACCOUNTS, null, null, java.util.Arrays.asList("8600001", null));
        KabinetException e = refused(draft("T", "x", withNull));
        assertEquals("communication.announcement.accounts", e.code());
        assertEquals("communication.announcement.accounts.null", e.textKey());
        assertEquals("communication.announcement.accounts", assertThrows(KabinetException.class, () -> rules.target(withNull)).code());
    }

    @Test
    void datesPast2099AreRefusedNotOverflowed() {
        Instant far = Instant.parse("+1000000000-01-01T00:00:00Z");
        AnnouncementDraft later = new AnnouncementDraft("T", "x", Audience.everyone(), Importance.NORMAL, false, far, null, null);
        KabinetException publish = refused(later);
        assertEquals("communication.announcement.publishAt", publish.code());
        assertEquals("publishAt", publish.field());
        AnnouncementDraft endless = new AnnouncementDraft("T", "x", Audience.everyone(), Importance.NORMAL, false, null, far, null);
        KabinetException until = refused(endless);
        assertEquals("communication.announcement.validUntil", until.code());
        assertEquals("communication.announcement.validUntil.far", until.textKey());
        rules.check(new AnnouncementDraft("T", "x", Audience.everyone(), Importance.NORMAL, false, null,
                Instant.parse("2099-12-31T00:00:00Z"), null), NOW, MONTH);
    }

    @Test
    void anAttachmentIdLongerThanTheColumnIsRefused() {
        AnnouncementDraft longId = new AnnouncementDraft("T", "x", Audience.everyone(), Importance.NORMAL, false, null, null, "f".repeat(65));
        KabinetException e = refused(longId);
        assertEquals("communication.announcement.attachment", e.code());
        assertEquals("attachmentId", e.field());
    }
}
