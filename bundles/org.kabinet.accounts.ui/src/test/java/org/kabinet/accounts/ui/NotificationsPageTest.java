package org.kabinet.accounts.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.LinkedAccount;
import org.junit.jupiter.api.Test;

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
}
