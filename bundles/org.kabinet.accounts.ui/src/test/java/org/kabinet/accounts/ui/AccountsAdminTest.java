package org.kabinet.accounts.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.data.provider.Query;
import com.vaadin.ui.Component;
import com.vaadin.ui.Grid;
import com.vaadin.ui.Label;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountAccess;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountData;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.AuditEvent;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.CodeSheets;
import org.kabinet.accounts.api.HouseholdMember;
import org.kabinet.accounts.api.ImportResult;
import org.kabinet.accounts.api.IssuedCode;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.ui.spi.AdminContext;

class AccountsAdminTest {
    private static final Account ACCOUNT = new Account("a1", "8600001", Fakes.SURGUT, AccountKind.RENT, "ул. Мира, д. 5, кв. 1",
            new BigDecimal("39.1"), 2, AccountStatus.OPEN, 2, null);

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffSeeWhoSeesTheSelectedAccount() {
        Fakes.ui();
        Fakes.Households household = new Fakes.Households();
        household.members.add(new HouseholdMember("t1", "anna@example.ru", "Анна Иванова", AccountAccess.HOLDER,
                Instant.parse("2026-01-10T04:00:00Z"), null, null));
        household.members.add(new HouseholdMember("t3", "olga@example.ru", "", AccountAccess.VIEW,
                Instant.parse("2026-11-20T05:00:00Z"), null, "t1"));
        Component tab = new AccountsAdmin(new OneAccount(), new NoSheets(), staff(), Fakes.ZONE).withHousehold(household).accountsTab();
        assertFalse(Fakes.find(tab, "admin-household-box", VerticalLayout.class).isVisible(), "nothing before a selection");

        Fakes.find(tab, "admin-accounts", Grid.class).asSingleSelect().setValue(ACCOUNT);
        assertTrue(Fakes.find(tab, "admin-household-box", VerticalLayout.class).isVisible());
        assertEquals("Кто видит счёт № 8600001", Fakes.find(tab, "admin-household-title", Label.class).getValue());
        Grid<HouseholdMember> people = Fakes.find(tab, "admin-household", Grid.class);
        List<HouseholdMember> rows = people.getDataProvider().fetch(new Query<>()).toList();
        assertEquals(2, rows.size());
        assertEquals("владелец", cell(people, "access", rows.get(0)));
        assertEquals("—", cell(people, "lastVisit", rows.get(0)), "a holder's visits are not counted");
        assertEquals("только просмотр", cell(people, "access", rows.get(1)));
        assertEquals("ещё не заходил(а)", cell(people, "lastVisit", rows.get(1)));
        assertEquals("20.11.2026 10:00", cell(people, "since", rows.get(1)));
    }

    private static Object cell(Grid<HouseholdMember> grid, String column, HouseholdMember row) {
        return grid.getColumn(column).getValueProvider().apply(row);
    }

    private static AdminContext staff() {
        return new AdminContext() {
            @Override
            public String staffName() {
                return "Иванова";
            }

            @Override
            public Set<String> roles() {
                return Set.of("manager");
            }

            @Override
            public Locale locale() {
                return Locale.forLanguageTag("ru");
            }

            @Override
            public String errorText(KabinetException error) {
                return "ошибка " + error.code();
            }
        };
    }

    private static final class OneAccount implements AccountAdministration {
        @Override
        public List<City> cities() {
            return List.of(Fakes.SURGUT);
        }

        @Override
        public City addCity(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Account> accounts(AccountFilter filter) {
            return List.of(ACCOUNT);
        }

        @Override
        public Account account(String id) {
            return ACCOUNT;
        }

        @Override
        public Account create(AccountData data) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Account update(String id, AccountData data) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportResult importCsv(Reader csv, IntConsumer progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public IssuedCode issueCode(String accountId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<IssuedCode> issueCodes(String cityId, String addressPrefix) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<AuditEvent> audit(int limit) {
            return List.of();
        }
    }

    private static final class NoSheets implements CodeSheets {
        @Override
        public byte[] csv(List<IssuedCode> codes) {
            return new byte[0];
        }

        @Override
        public byte[] pdf(List<IssuedCode> codes) {
            return new byte[0];
        }
    }
}
