package org.kabinet.accounts.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.AccountAccess;
import org.kabinet.accounts.api.HouseholdMember;

class HouseholdTextsTest {
    private final Messages ru = new Messages(Locale.forLanguageTag("ru"));
    private final Messages en = new Messages(Locale.ENGLISH);
    /** 25.11.2026 14:03 in Yekaterinburg. */
    private final ZonedDateTime now = Fakes.NOW.atZone(Fakes.ZONE);

    @Test
    void rolesReadAsWords() {
        assertEquals("владелец", HouseholdTexts.role(AccountAccess.HOLDER, ru));
        assertEquals("полный доступ", HouseholdTexts.role(AccountAccess.FULL, ru));
        assertEquals("только просмотр", HouseholdTexts.role(AccountAccess.VIEW, ru));
        assertEquals("view only", HouseholdTexts.role(AccountAccess.VIEW, en));
        assertEquals("Только просмотр — баланс, начисления, выписки, счётчики и объявления", HouseholdTexts.roleChoice(AccountAccess.VIEW, ru));
    }

    @Test
    void aMemberIsToldFromWhomTheAccessIs() {
        assertEquals("доступ от владельца: Анна Иванова", HouseholdTexts.grantedBy(" Анна Иванова ", ru));
        assertEquals("доступ по приглашению владельца", HouseholdTexts.grantedBy("", ru), "a holder whose name is unknown");
        assertEquals("доступ по приглашению владельца", HouseholdTexts.grantedBy(null, ru));
        assertEquals("access from the holder: anna@example.ru", HouseholdTexts.grantedBy("anna@example.ru", en));
    }

    @Test
    void aPersonIsTheNameAndTheAddressOrTheAddressAlone() {
        assertEquals("Пётр Иванов · petr@example.ru", HouseholdTexts.person(member("Пётр Иванов", "petr@example.ru")));
        assertEquals("petr@example.ru", HouseholdTexts.person(member("", "petr@example.ru")));
        assertEquals("petr@example.ru", HouseholdTexts.person(member(null, "petr@example.ru")));
        assertEquals("petr@example.ru", HouseholdTexts.person(member("PETR@example.ru", "petr@example.ru")), "a name that is the address");
    }

    @Test
    void theLastVisitIsTodayYesterdayOrADate() {
        assertEquals("ещё не заходил(а)", HouseholdTexts.lastVisit(null, now, ru));
        assertEquals("последний визит сегодня в 05:15", HouseholdTexts.lastVisit(Instant.parse("2026-11-25T00:15:00Z"), now, ru));
        assertEquals("последний визит вчера в 23:45", HouseholdTexts.lastVisit(Instant.parse("2026-11-24T18:45:00Z"), now, ru),
                "the day is the portal's: 23:45 in Yekaterinburg");
        assertEquals("последний визит 23.11.2026", HouseholdTexts.lastVisit(Instant.parse("2026-11-23T10:00:00Z"), now, ru));
        assertEquals("last visit today at 05:15", HouseholdTexts.lastVisit(Instant.parse("2026-11-25T00:15:00Z"), now, en));
        assertEquals("has not visited yet", HouseholdTexts.lastVisit(null, now, en));
    }

    @Test
    void sinceIsTheDateInThePortalsZone() {
        assertEquals("с 01.03.2026", HouseholdTexts.since(Instant.parse("2026-02-28T20:30:00Z"), now, ru));
    }

    @Test
    void anInvitationLinkBringsItsToken() {
        assertEquals(Optional.of(Fakes.TOKEN), HouseholdTexts.invitationToken("invitation/" + Fakes.TOKEN));
        assertEquals(Optional.of(Fakes.TOKEN), HouseholdTexts.invitationToken("invitation/" + Fakes.TOKEN + "/"), "a slash a mail program added");
        assertEquals(Optional.of(Fakes.TOKEN), HouseholdTexts.invitationToken("invitation/" + Fakes.TOKEN + "?utm_source=mail"));
    }

    @Test
    void aLinkCutShortIsAnInvitationWithoutAToken() {
        assertEquals(Optional.of(""), HouseholdTexts.invitationToken("invitation/"));
        assertEquals(Optional.of(""), HouseholdTexts.invitationToken("invitation/q3Zx"));
        assertEquals(Optional.of(""), HouseholdTexts.invitationToken("invitation/<script>"));
    }

    @Test
    void otherParametersAreNoInvitation() {
        assertEquals(Optional.empty(), HouseholdTexts.invitationToken(""));
        assertEquals(Optional.empty(), HouseholdTexts.invitationToken(null));
        assertEquals(Optional.empty(), HouseholdTexts.invitationToken("8600001"));
        assertEquals(Optional.empty(), HouseholdTexts.invitationToken("invitations/" + Fakes.TOKEN));
    }

    private static HouseholdMember member(String name, String email) {
        return new HouseholdMember("t2", email, name, AccountAccess.VIEW, Fakes.NOW, null, "t1");
    }
}
