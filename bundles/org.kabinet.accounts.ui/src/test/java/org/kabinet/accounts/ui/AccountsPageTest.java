package org.kabinet.accounts.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.Label;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.TextField;
import com.vaadin.ui.UI;
import com.vaadin.ui.VerticalLayout;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kabinet.accounts.api.AccountAccess;
import org.kabinet.accounts.api.HouseholdMember;
import org.kabinet.accounts.api.InvitationPreview;
import org.kabinet.accounts.api.PendingInvitation;

class AccountsPageTest {
    private final Fakes.Accounts accounts = new Fakes.Accounts();
    private final Fakes.Households household = new Fakes.Households();
    private final AccountsPage page = new AccountsPage(accounts, household, Fakes.TIME, new AccountsPage.Config() {
        @Override
        public Class<? extends java.lang.annotation.Annotation> annotationType() {
            return AccountsPage.Config.class;
        }

        @Override
        public String trustedProxy() {
            return "";
        }
    });
    private UI ui;

    @BeforeEach
    void aBrowserWindow() {
        ui = Fakes.ui();
        household.accounts = accounts;
    }

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void aHeldAccountListsItsHousehold() {
        accounts.linked.add(Fakes.held("a1", "8600001"));
        household.members.add(new HouseholdMember("t2", "petr@example.ru", "Пётр Иванов", AccountAccess.FULL,
                Instant.parse("2026-03-01T05:00:00Z"), Instant.parse("2026-11-25T00:15:00Z"), "t1"));
        household.members.add(new HouseholdMember("t3", "olga@example.ru", "", AccountAccess.VIEW,
                Instant.parse("2026-11-20T05:00:00Z"), null, "t1"));
        household.invitations.add(new PendingInvitation("inv-9", "babushka@example.ru", AccountAccess.VIEW, Fakes.NOW,
                Instant.parse("2026-12-02T09:03:00Z")));
        Component view = page.create(new Fakes.Tenant(""));

        assertTrue(Fakes.find(view, "household-a1", VerticalLayout.class).isVisible());
        assertTrue(Fakes.find(view, "household-body-a1", VerticalLayout.class).isVisible(), "unfolded outside a phone");
        assertEquals("Семья и доступ (3)", Fakes.find(view, "household-toggle-a1", Button.class).getCaption());
        assertEquals("Пётр Иванов · petr@example.ru", Fakes.find(view, "member-a1-t2", Label.class).getValue());
        String people = texts(Fakes.find(view, "household-people-a1", VerticalLayout.class));
        assertTrue(people.contains("полный доступ"), people);
        assertTrue(people.contains("с 01.03.2026 · последний визит сегодня в 05:15"), people);
        assertTrue(people.contains("olga@example.ru"), people);
        assertTrue(people.contains("ещё не заходил(а)"), people);
        assertTrue(people.contains("babushka@example.ru"), people);
        assertTrue(people.contains("ссылка действует до 02.12.2026 14:03"), people);
        Fakes.find(view, "revoke-a1-t3", Button.class);
        Fakes.find(view, "cancel-invitation-inv-9", Button.class);
        assertTrue(Fakes.findOptional(view, "unlink-8600001", Button.class).isPresent(), "the holder unlinks");
        assertFalse(Fakes.findOptional(view, "leave-a1", Button.class).isPresent());
    }

    @Test
    void theSectionFoldsAndUnfolds() {
        accounts.linked.add(Fakes.held("a1", "8600001"));
        Component view = page.create(new Fakes.Tenant(""));
        assertEquals("Пока счёт видите только вы.", Fakes.find(view, "household-none-a1", Label.class).getValue());
        Fakes.find(view, "household-toggle-a1", Button.class).click();
        assertFalse(Fakes.find(view, "household-body-a1", VerticalLayout.class).isVisible());
        Fakes.find(view, "household-toggle-a1", Button.class).click();
        assertTrue(Fakes.find(view, "household-body-a1", VerticalLayout.class).isVisible());
    }

    @Test
    @SuppressWarnings("unchecked")
    void invitingSaysTheSameWhateverTheAddressAndListsTheInvitation() {
        accounts.linked.add(Fakes.held("a1", "8600001"));
        Component view = page.create(new Fakes.Tenant(""));
        RadioButtonGroup<AccountAccess> role = Fakes.find(view, "invite-role-a1", RadioButtonGroup.class);
        assertEquals(AccountAccess.VIEW, role.getValue(), "view only unless the holder chooses more");
        Fakes.find(view, "invite-email-a1", TextField.class).setValue(" syn@example.ru ");
        role.setValue(AccountAccess.FULL);
        Fakes.find(view, "invite-send-a1", Button.class).click();

        assertEquals(List.of("a1:syn@example.ru:FULL"), household.invited);
        Label sent = Fakes.find(view, "invite-result-a1", Label.class);
        assertEquals("Приглашение отправлено на syn@example.ru. Ссылка действует 7 дней.", sent.getValue());
        assertTrue(sent.getStyleName().contains("kabinet-ok"));
        assertEquals("", Fakes.find(view, "invite-email-a1", TextField.class).getValue());
        assertEquals(AccountAccess.VIEW, role.getValue());
        assertTrue(texts(Fakes.find(view, "household-people-a1", VerticalLayout.class)).contains("syn@example.ru"));
        assertEquals("Семья и доступ (1)", Fakes.find(view, "household-toggle-a1", Button.class).getCaption());
    }

    @Test
    void aWrongAddressIsSaidUnderTheField() {
        accounts.linked.add(Fakes.held("a1", "8600001"));
        Component view = page.create(new Fakes.Tenant(""));
        Fakes.find(view, "invite-email-a1", TextField.class).setValue("не адрес");
        Fakes.find(view, "invite-send-a1", Button.class).click();
        assertEquals("ошибка invitation.email", Fakes.find(view, "invite-email-a1-error", Label.class).getValue());
        assertFalse(Fakes.find(view, "invite-result-a1", Label.class).isVisible());
    }

    @Test
    void aFullHouseholdIsAnErrorOfTheFormNotOfTheField() {
        accounts.linked.add(Fakes.held("a1", "8600001"));
        Component view = page.create(new Fakes.Tenant(""));
        household.refusal = Fakes.Households.because("household.full");
        Fakes.find(view, "invite-email-a1", TextField.class).setValue("syn@example.ru");
        Fakes.find(view, "invite-send-a1", Button.class).click();
        Label result = Fakes.find(view, "invite-result-a1", Label.class);
        assertEquals("ошибка household.full", result.getValue());
        assertTrue(result.getStyleName().contains("kabinet-error"));
        assertFalse(Fakes.findOptional(view, "invite-email-a1-error", Label.class).isPresent());
    }

    @Test
    void revokingAsksFirst() {
        accounts.linked.add(Fakes.held("a1", "8600001"));
        household.members.add(new HouseholdMember("t3", "olga@example.ru", "", AccountAccess.VIEW, Fakes.NOW, null, "t1"));
        Component view = page.create(new Fakes.Tenant(""));
        Fakes.find(view, "revoke-a1-t3", Button.class).click();
        assertTrue(household.revoked.isEmpty(), "nothing before the answer");
        Fakes.find(ui, "revoke-confirm", Button.class).click();
        assertEquals(List.of("a1:t3"), household.revoked);
        assertEquals("Доступ отозван: olga@example.ru больше не видит лицевой счёт № 8600001.",
                Fakes.find(view, "household-result-a1", Label.class).getValue());
        assertFalse(Fakes.findOptional(view, "revoke-a1-t3", Button.class).isPresent());
    }

    @Test
    void cancellingAnInvitationTakesItOffTheList() {
        accounts.linked.add(Fakes.held("a1", "8600001"));
        household.invitations.add(new PendingInvitation("inv-9", "babushka@example.ru", AccountAccess.VIEW, Fakes.NOW, Fakes.NOW));
        Component view = page.create(new Fakes.Tenant(""));
        Fakes.find(view, "cancel-invitation-inv-9", Button.class).click();
        assertEquals(List.of("inv-9"), household.cancelled);
        assertFalse(Fakes.findOptional(view, "cancel-invitation-inv-9", Button.class).isPresent());
        assertTrue(Fakes.find(view, "household-result-a1", Label.class).getValue().contains("babushka@example.ru"));
    }

    @Test
    void aMemberSeesFromWhomAndLeavesInsteadOfUnlinking() {
        accounts.linked.add(Fakes.member("a2", "8600002", AccountAccess.VIEW, "Анна Иванова"));
        Component view = page.create(new Fakes.Tenant(""));
        assertEquals("доступ от владельца: Анна Иванова", Fakes.find(view, "access-badge-a2", Label.class).getValue());
        assertEquals("только просмотр", Fakes.find(view, "access-role-a2", Label.class).getValue());
        assertTrue(Fakes.find(view, "access-note-a2", Label.class).getValue().contains("полным доступом"));
        assertFalse(Fakes.findOptional(view, "unlink-8600002", Button.class).isPresent());
        assertFalse(Fakes.findOptional(view, "household-a2", VerticalLayout.class).isPresent(), "only the holder manages the household");

        Fakes.find(view, "leave-a2", Button.class).click();
        assertTrue(accounts.unlinked.isEmpty(), "nothing before the answer");
        Fakes.find(ui, "leave-confirm", Button.class).click();
        assertEquals(List.of("a2"), accounts.unlinked);
        assertTrue(Fakes.find(view, "link-result", Label.class).getValue().startsWith("Вы покинули лицевой счёт № 8600002."));
        assertFalse(Fakes.findOptional(view, "leave-a2", Button.class).isPresent());
    }

    @Test
    void aFullMemberHasNoViewOnlyNote() {
        accounts.linked.add(Fakes.member("a2", "8600002", AccountAccess.FULL, ""));
        Component view = page.create(new Fakes.Tenant(""));
        assertEquals("доступ по приглашению владельца", Fakes.find(view, "access-badge-a2", Label.class).getValue());
        assertEquals("полный доступ", Fakes.find(view, "access-role-a2", Label.class).getValue());
        assertFalse(Fakes.findOptional(view, "access-note-a2", Label.class).isPresent());
    }

    @Test
    void anInvitationLinkOffersTheAccountAndLeavesTheAddress() {
        household.preview = new InvitationPreview(InvitationPreview.State.VALID, "8600002", "ул. Ленина, д. 1, кв. 9", "Анна Иванова",
                AccountAccess.VIEW, "pe\u2022\u2022\u2022@example.ru");
        household.joining = Fakes.member("a2", "8600002", AccountAccess.VIEW, "Анна Иванова");
        Fakes.Tenant tenant = new Fakes.Tenant("invitation/" + Fakes.TOKEN);
        Component view = page.create(tenant);

        assertTrue(tenant.cleared, "the token is out of the address once read");
        assertEquals("Анна Иванова приглашает вас к лицевому счёту № 8600002, ул. Ленина, д. 1, кв. 9, с доступом «только просмотр».",
                Fakes.find(view, "invitation-text", Label.class).getValue());
        assertTrue(Fakes.find(view, "invitation-email", Label.class).getValue().contains("pe\u2022\u2022\u2022@example.ru"));
        assertTrue(Fakes.findOptional(view, "accounts-none", Label.class).isPresent());

        Fakes.find(view, "invitation-accept", Button.class).click();
        Label result = Fakes.find(view, "invitation-result", Label.class);
        assertEquals("Лицевой счёт № 8600002 добавлен в ваш кабинет с доступом «только просмотр».", result.getValue());
        assertTrue(result.getStyleName().contains("kabinet-ok"));
        assertFalse(Fakes.findOptional(view, "invitation-accept", Button.class).isPresent());
        assertTrue(Fakes.findOptional(view, "access-badge-a2", Label.class).isPresent(), "the list shows the new account");
    }

    @Test
    void aRefusedAcceptanceSaysWhy() {
        household.preview = new InvitationPreview(InvitationPreview.State.VALID, "8600002", "ул. Ленина, д. 1, кв. 9", "", AccountAccess.FULL,
                "pe\u2022\u2022\u2022@example.ru");
        household.refusal = Fakes.Households.because("invitation.otherEmail");
        Component view = page.create(new Fakes.Tenant("invitation/" + Fakes.TOKEN));
        assertTrue(Fakes.find(view, "invitation-text", Label.class).getValue().startsWith("Владелец счёта приглашает вас"));
        Fakes.find(view, "invitation-accept", Button.class).click();
        Label result = Fakes.find(view, "invitation-result", Label.class);
        assertEquals("ошибка invitation.otherEmail", result.getValue());
        assertTrue(result.getStyleName().contains("kabinet-error"));
        assertFalse(Fakes.findOptional(view, "invitation-accept", Button.class).isPresent());
    }

    @Test
    void aFullHouseholdIsExplainedToTheInviteeNotAsToTheHolder() {
        household.preview = new InvitationPreview(InvitationPreview.State.VALID, "8600002", "ул. Ленина, д. 1", "Анна", AccountAccess.VIEW, null);
        household.refusal = Fakes.Households.because("household.full");
        Component view = page.create(new Fakes.Tenant("invitation/" + Fakes.TOKEN));
        Fakes.find(view, "invitation-accept", Button.class).click();
        assertTrue(Fakes.find(view, "invitation-result", Label.class).getValue().startsWith("К этому счёту уже подключено"));
    }

    @Test
    void notNowClosesThePanel() {
        household.preview = new InvitationPreview(InvitationPreview.State.VALID, "8600002", "ул. Ленина, д. 1", "Анна", AccountAccess.VIEW, null);
        Component view = page.create(new Fakes.Tenant("invitation/" + Fakes.TOKEN));
        Fakes.find(view, "invitation-later", Button.class).click();
        assertFalse(Fakes.findOptional(view, "invitation-panel", VerticalLayout.class).isPresent());
    }

    @Test
    void aLinkThatNoLongerWorksSaysWhyAndOffersNoButtons() {
        for (InvitationPreview.State state : List.of(InvitationPreview.State.USED, InvitationPreview.State.EXPIRED,
                InvitationPreview.State.UNKNOWN)) {
            household.preview = InvitationPreview.of(state);
            Component view = page.create(new Fakes.Tenant("invitation/" + Fakes.TOKEN));
            Label text = Fakes.find(view, "invitation-text", Label.class);
            assertTrue(text.getValue().contains("пригласить вас снова"), state + ": " + text.getValue());
            assertTrue(text.getStyleName().contains("kabinet-warning"));
            assertFalse(Fakes.findOptional(view, "invitation-accept", Button.class).isPresent(), state.name());
            assertFalse(Fakes.findOptional(view, "invitation-later", Button.class).isPresent(), state.name());
        }
    }

    @Test
    void aLinkCutShortIsAnUnknownInvitation() {
        household.preview = new InvitationPreview(InvitationPreview.State.VALID, "8600002", "ул. Ленина, д. 1", "Анна", AccountAccess.VIEW, null);
        Component view = page.create(new Fakes.Tenant("invitation/q3Zx"));
        assertTrue(Fakes.find(view, "invitation-text", Label.class).getValue().startsWith("Приглашение не найдено"));
    }

    @Test
    void anotherParameterShowsNoInvitationAndStaysInTheAddress() {
        Fakes.Tenant tenant = new Fakes.Tenant("8600001");
        Component view = page.create(tenant);
        assertFalse(Fakes.findOptional(view, "invitation-panel", VerticalLayout.class).isPresent());
        assertFalse(tenant.cleared);
    }

    @Test
    void unlinkingAHeldAccountWithAHouseholdSaysTheirAccessEndsToo() {
        accounts.linked.add(Fakes.held("a1", "8600001"));
        household.members.add(new HouseholdMember("t3", "olga@example.ru", "", AccountAccess.VIEW, Fakes.NOW, null, "t1"));
        Component view = page.create(new Fakes.Tenant(""));
        Fakes.find(view, "unlink-8600001", Button.class).click();
        String question = texts(Fakes.find(ui, "unlink-dialog", com.vaadin.ui.Window.class));
        assertTrue(question.contains("Члены семьи, которым вы дали доступ, тоже перестанут видеть счёт"), question);
    }

    /** Every label's text under a component, one per line. */
    private static String texts(Component root) {
        StringBuilder out = new StringBuilder();
        if (root instanceof Label label) {
            out.append(label.getValue()).append('\n');
        }
        if (root instanceof com.vaadin.ui.HasComponents parent) {
            for (Component child : parent) {
                out.append(texts(child));
            }
        }
        return out.toString();
    }
}
