package org.kabinet.accounts.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import com.vaadin.ui.CheckBox;
import com.vaadin.ui.Component;
import com.vaadin.ui.Label;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.kabinet.accounts.api.AccountAccess;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.LinkedAccount;
import org.junit.jupiter.api.Test;
import org.kabinet.notifications.api.NotificationKind;
import org.kabinet.notifications.api.NotificationSetting;
import org.kabinet.notifications.api.NotificationSettings;

class NotificationsPageTest {
    private static final City SURGUT = new City("surgut", "Сургут");
    private static final City KHANTY = new City("khanty-mansiysk", "Ханты-Мансийск");

    @Test
    void elementIdsNameTheAccountByItsNumber() {
        LinkedAccount rent = account("a1", "8600001", SURGUT);
        LinkedAccount utilities = account("a2", "8600002", SURGUT);
        assertEquals(Map.of(rent, "8600001", utilities, "8600002"), NotificationsPage.domIds(List.of(rent, utilities)));
    }

    @Test
    void theSameNumberInTwoCitiesGetsTheCityToo() {
        LinkedAccount surgut = account("a1", "1001", SURGUT);
        LinkedAccount khanty = account("a2", "1001", KHANTY);
        assertEquals(Map.of(surgut, "1001-surgut", khanty, "1001-khanty-mansiysk"), NotificationsPage.domIds(List.of(surgut, khanty)));
    }

    @Test
    void numbersWithOtherCharactersStayValidIds() {
        LinkedAccount odd = account("a1", "86/0001 A", SURGUT);
        assertEquals("86-0001-A", NotificationsPage.domIds(List.of(odd)).get(odd));
    }

    @Test
    void phonesAreWrittenAsPeopleWriteThem() {
        assertEquals("+7 912 345-67-89", NotificationsPage.phoneText("9123456789"));
        assertEquals("12345", NotificationsPage.phoneText("12345"));
    }

    private static LinkedAccount account(String id, String number, City city) {
        return new LinkedAccount(id, number, city, AccountKind.RENT, "ул. Мира, д. 5, кв. 1", new BigDecimal("39.1"), 2,
                AccountStatus.OPEN, Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void aViewOnlyMemberSeesTheSwitchesButCannotMoveThemAndIsToldWhomToAsk() {
        Fakes.Accounts accounts = new Fakes.Accounts();
        accounts.linked.add(Fakes.held("a1", "8600001"));
        accounts.linked.add(Fakes.member("a2", "8600002", AccountAccess.VIEW, "Анна Иванова"));
        accounts.linked.add(Fakes.member("a3", "8600003", AccountAccess.FULL, "Анна Иванова"));
        Component page = new NotificationsPage(accounts, new AllOff()).create(new Fakes.Tenant(""));

        CheckBox viewed = Fakes.find(page, "notify-8600002-debt-sms", CheckBox.class);
        assertFalse(viewed.isEnabled());
        assertFalse(viewed.getValue(), "what the member has, shown as it is");
        assertEquals("У вас доступ к этому счёту только для просмотра, поэтому уведомления по нему изменить нельзя. "
                + "Если они нужны, попросите полный доступ у владельца счёта (Анна Иванова).",
                Fakes.find(page, "notify-8600002-readonly", Label.class).getValue());
        assertTrue(Fakes.find(page, "notify-8600003-debt-sms", CheckBox.class).isEnabled(), "full access changes its own switches");
        assertTrue(Fakes.find(page, "notify-8600001-debt-sms", CheckBox.class).isEnabled());
        assertFalse(Fakes.findOptional(page, "notify-8600003-readonly", Label.class).isPresent());
    }

    @Test
    void withoutTheHoldersNameTheNoteStillSaysWhomToAsk() {
        Messages ru = new Messages(java.util.Locale.forLanguageTag("ru"));
        assertTrue(NotificationsPage.readOnlyNote(Fakes.member("a2", "1", AccountAccess.VIEW, ""), ru).endsWith("попросите у владельца счёта полный доступ."));
    }

    /** Every switch off, as a new member's are. */
    private static final class AllOff implements NotificationSettings {
        @Override
        public List<NotificationSetting> settings(String tenantId, Collection<String> accountIds) {
            return accountIds.stream().flatMap(a -> java.util.Arrays.stream(NotificationKind.values())
                    .map(k -> new NotificationSetting(a, k, false))).toList();
        }

        @Override
        public void set(String tenantId, String accountId, NotificationKind kind, boolean on) {
            throw new AssertionError("not asked here");
        }

        @Override
        public boolean isOn(String tenantId, String accountId, NotificationKind kind) {
            return false;
        }

        @Override
        public Set<String> switchedOff(NotificationKind kind) {
            return Set.of();
        }

        @Override
        public String unsubscribeUrl(String tenantId, String accountId, NotificationKind kind) {
            return "";
        }

        @Override
        public Optional<NotificationSetting> unsubscribe(String token) {
            return Optional.empty();
        }
    }
}
