package org.kabinet.accounts.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kabinet.accounts.api.AccountAccess;
import org.kabinet.accounts.api.HouseholdMember;

/** How the household reads on the pages: roles, people, visits, and the invitation in a page's address. */
final class HouseholdTexts {
    /** The part of the accounts page's address an invitation letter's link brings: {@code invitation/<token>}. */
    static final String INVITATION = "invitation/";
    /** A token as the letters carry it (base64url); anything else is no invitation the portal sent. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,100}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private HouseholdTexts() {
    }

    /** «владелец», «полный доступ», «только просмотр». */
    static String role(AccountAccess access, Messages m) {
        return m.get("household.role." + access.name());
    }

    /** The role with what it allows, for choosing it: «Только просмотр — баланс, начисления…». */
    static String roleChoice(AccountAccess access, Messages m) {
        return m.get("household.choice." + access.name());
    }

    /** «доступ от владельца: Анна Иванова»; without a name, «доступ по приглашению владельца». */
    static String grantedBy(String grantedBy, Messages m) {
        return grantedBy == null || grantedBy.isBlank() ? m.get("household.grantedByUnknown") : m.get("household.grantedBy", grantedBy.strip());
    }

    /** «Анна Иванова · anna@mail.ru», or the e-mail alone while the member has given no name. */
    static String person(HouseholdMember member) {
        String name = member.name() == null ? "" : member.name().strip();
        String email = member.email() == null ? "" : member.email();
        if (name.isEmpty() || name.equalsIgnoreCase(email)) {
            return email;
        }
        return email.isEmpty() ? name : name + " · " + email;
    }

    /**
     * «последний визит сегодня в 14:03», «… вчера в 09:15», «… 02.11.2026»; «ещё не заходил(а)» without one.
     *
     * @param now the present moment in the portal's zone, which is also the zone the visit is told in
     */
    static String lastVisit(Instant lastVisit, ZonedDateTime now, Messages m) {
        if (lastVisit == null) {
            return m.get("household.neverVisited");
        }
        ZonedDateTime at = lastVisit.atZone(now.getZone());
        LocalDate today = now.toLocalDate();
        if (at.toLocalDate().equals(today)) {
            return m.get("household.visitedToday", TIME.format(at));
        }
        if (at.toLocalDate().equals(today.minusDays(1))) {
            return m.get("household.visitedYesterday", TIME.format(at));
        }
        return m.get("household.visitedOn", DATE.format(at));
    }

    /** «с 12.03.2026». */
    static String since(Instant since, ZonedDateTime now, Messages m) {
        return m.get("household.since", DATE.format(since.atZone(now.getZone())));
    }

    /**
     * The invitation token a page's parameter brings ({@code invitation/<token>}): empty when the parameter is about
     * something else; an empty string when it names an invitation but carries no token as the letters write them
     * (a link cut short in copying), which the page shows as an invitation it does not know.
     */
    static Optional<String> invitationToken(String parameter) {
        if (parameter == null || !parameter.startsWith(INVITATION)) {
            return Optional.empty();
        }
        String token = parameter.substring(INVITATION.length()).strip();
        // a mail program may add a slash or tracking after the link
        int end = 0;
        while (end < token.length() && isTokenChar(token.charAt(end))) {
            end++;
        }
        token = token.substring(0, end);
        return Optional.of(TOKEN.matcher(token).matches() ? token : "");
    }

    private static boolean isTokenChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** A part of an element id made of anything: letters, digits and dashes only. */
    static String domId(String value) {
        return value == null ? "" : value.replaceAll("[^A-Za-z0-9-]", "-");
    }
}
