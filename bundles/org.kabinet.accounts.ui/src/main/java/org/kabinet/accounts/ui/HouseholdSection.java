package org.kabinet.accounts.ui;

import com.vaadin.icons.VaadinIcons;
import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Notification;
import com.vaadin.ui.RadioButtonGroup;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kabinet.accounts.api.AccountAccess;
import org.kabinet.accounts.api.Household;
import org.kabinet.accounts.api.HouseholdException;
import org.kabinet.accounts.api.HouseholdMember;
import org.kabinet.accounts.api.HouseholdMembers;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.NotFoundException;
import org.kabinet.accounts.api.PendingInvitation;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.ui.spi.FieldErrors;
import org.kabinet.ui.spi.InputHints;
import org.kabinet.ui.spi.PageContext;

/**
 * «Семья и доступ» of an account the tenant holds: the members who see it through the tenant (each with «Отозвать
 * доступ»), the invitations not yet accepted («Отменить приглашение»), and the form that invites one more by e-mail
 * with the view or the full role. Folds behind its title, folded at first on a phone.
 */
final class HouseholdSection {
    private final Household household;
    private final PageContext context;
    private final Messages m;
    private final LinkedAccount account;
    private final Supplier<ZonedDateTime> now;
    private final DateTimeFormatter time;
    /** The account is no longer the tenant's to manage (unlinked in another tab): the page lists the accounts again. */
    private final Runnable accountGone;
    private final String id;
    private final Button toggle;
    private final VerticalLayout body = new VerticalLayout();
    private final VerticalLayout people = new VerticalLayout();
    private final Label result = new Label();
    private int size;

    /** @param now the present moment in the portal's zone */
    HouseholdSection(Household household, PageContext context, Messages m, LinkedAccount account, Supplier<ZonedDateTime> now,
                     Runnable accountGone) {
        this.household = household;
        this.context = context;
        this.m = m;
        this.account = account;
        this.now = now;
        this.time = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
        this.accountGone = accountGone;
        this.id = HouseholdTexts.domId(account.id());
        this.toggle = Fields.link("household-toggle-" + id, m.get("household.title"), e -> unfold(!body.isVisible()));
    }

    /** Members and open invitations together: what ends if the holder unlinks the account. */
    int size() {
        return size;
    }

    /** @param folded whether only the title shows at first (on a phone) */
    Component build(boolean folded) {
        body.setId("household-body-" + id);
        body.setMargin(false);
        body.setSpacing(true);
        people.setId("household-people-" + id);
        people.setMargin(false);
        result.setId("household-result-" + id);
        result.setWidth("100%");
        result.setVisible(false);
        body.addComponents(Fields.text(m.get("household.hint")), people, result, inviteForm());
        VerticalLayout section = new VerticalLayout(toggle, body);
        section.setId("household-" + id);
        section.setMargin(false);
        section.setSpacing(false);
        section.setWidth("100%");
        load(true);
        unfold(!folded);
        return section;
    }

    private void unfold(boolean open) {
        body.setVisible(open);
        toggle.setIcon(open ? VaadinIcons.ANGLE_UP : VaadinIcons.ANGLE_DOWN);
    }

    /**
     * Lists the members and invitations again. At the first load a refusal is only shown: listing the accounts again
     * would build this section again.
     */
    private void load(boolean first) {
        people.removeAllComponents();
        HouseholdMembers listed;
        try {
            listed = household.members(context.tenantId(), account.id());
        } catch (NotFoundException | HouseholdException e) {
            if (!first) {
                accountGone.run();
                return;
            }
            people.addComponent(error(Fields.text(""), context.errorText(e)));
            return;
        }
        size = listed.members().size() + listed.invitations().size();
        toggle.setCaption(size == 0 ? m.get("household.title") : m.get("household.titleCount", size));
        if (size == 0) {
            Label none = Fields.text(m.get("household.none"));
            none.setId("household-none-" + id);
            people.addComponent(none);
            return;
        }
        if (!listed.members().isEmpty()) {
            people.addComponent(subheading(m.get("household.members")));
            listed.members().forEach(member -> people.addComponent(member(member)));
        }
        if (!listed.invitations().isEmpty()) {
            people.addComponent(subheading(m.get("household.invitations")));
            listed.invitations().forEach(invitation -> people.addComponent(invitation(invitation)));
        }
    }

    private Component member(HouseholdMember member) {
        String memberId = HouseholdTexts.domId(member.tenantId());
        Label who = Fields.text(HouseholdTexts.person(member));
        who.setId("member-" + id + "-" + memberId);
        who.addStyleName("kabinet-person");
        ZonedDateTime present = now.get();
        Label details = new Label(HouseholdTexts.since(member.since(), present, m) + " · " + HouseholdTexts.lastVisit(member.lastVisit(), present, m));
        details.setWidthUndefined();
        details.addStyleName("kabinet-muted");
        Button revoke = Fields.link("revoke-" + id + "-" + memberId, m.get("household.revoke"), e -> Fields.confirm("revoke",
                m.get("household.revokeTitle"), m.get("household.revokeConfirm", HouseholdTexts.person(member), account.number()),
                m.get("household.revoke"), m.get("accounts.cancel"),
                () -> change(() -> household.revoke(context.tenantId(), account.id(), member.tenantId()),
                        m.get("household.revoked", HouseholdTexts.person(member), account.number()))));
        return entry(who, tags(role(member.access()), details), revoke);
    }

    private Component invitation(PendingInvitation invitation) {
        String invitationId = HouseholdTexts.domId(invitation.id());
        Label to = Fields.text(invitation.email());
        to.setId("invitation-" + invitationId);
        to.addStyleName("kabinet-person");
        Label until = new Label(m.get("household.invitedUntil", time.withZone(now.get().getZone()).format(invitation.expiresAt())));
        until.setWidthUndefined();
        until.addStyleName("kabinet-muted");
        Button cancel = Fields.link("cancel-invitation-" + invitationId, m.get("household.cancelInvitation"),
                e -> change(() -> household.cancelInvitation(context.tenantId(), account.id(), invitation.id()),
                        m.get("household.invitationCancelled", invitation.email())));
        return entry(to, tags(role(invitation.access()), until), cancel);
    }

    /**
     * Revokes a member or cancels an invitation, says how it went, and lists the household again. One that is gone
     * already (left, accepted or cancelled in the meantime) says nothing: the list shows it.
     */
    private void change(Runnable action, String done) {
        try {
            action.run();
            ok(result, done);
        } catch (NotFoundException gone) {
            result.setVisible(false);
        } catch (HouseholdException ex) {
            error(result, context.errorText(ex));
        }
        load(false);
    }

    private Component inviteForm() {
        Label heading = Fields.text(m.get("household.invite"));
        heading.addStyleName(ValoTheme.LABEL_BOLD);
        TextField email = new TextField(m.get("household.email"));
        email.setId("invite-email-" + id);
        email.setWidth("320px");
        email.setPlaceholder("name@example.ru");
        InputHints.inputMode(email, "email");
        // the address of someone else: the browser should not offer the tenant's own
        InputHints.autocomplete(email, "off");
        RadioButtonGroup<AccountAccess> role = new RadioButtonGroup<>(m.get("household.role"), List.of(AccountAccess.VIEW, AccountAccess.FULL));
        role.setId("invite-role-" + id);
        role.setItemCaptionGenerator(r -> HouseholdTexts.roleChoice(r, m));
        role.setValue(AccountAccess.VIEW);
        role.setWidth("100%");
        Label sent = new Label();
        sent.setId("invite-result-" + id);
        sent.setWidth("100%");
        sent.setVisible(false);
        Button invite = Fields.primary("invite-send-" + id, m.get("household.inviteButton"), e -> {
            FieldErrors.clear(email, role);
            sent.setVisible(false);
            try {
                household.invite(context.tenantId(), account.id(), email.getValue(), role.getValue());
                // the same words whoever owns the address
                ok(sent, m.get("household.invited", email.getValue().strip()));
                email.clear();
                role.setValue(AccountAccess.VIEW);
                load(false);
            } catch (ValidationException ex) {
                FieldErrors.show(ex, context.errorText(ex), Map.of("email", email, "role", role), email);
            } catch (NotFoundException ex) {
                accountGone.run();
            } catch (HouseholdException ex) {
                // not about the address: the limits, or the tenant is no longer the holder
                String text = context.errorText(ex);
                error(sent, text);
                Notification.show(text, Notification.Type.WARNING_MESSAGE);
                if ("household.holderOnly".equals(ex.code())) {
                    accountGone.run();
                }
            } catch (KabinetException ex) {
                error(sent, context.errorText(ex));
            }
        });
        VerticalLayout form = new VerticalLayout(heading, email, role, invite, sent);
        form.setId("invite-form-" + id);
        form.setMargin(false);
        return form;
    }

    private Label role(AccountAccess access) {
        Label role = new Label(HouseholdTexts.role(access, m));
        role.setWidthUndefined();
        role.addStyleNames("kabinet-tag", "kabinet-tag-quiet");
        return role;
    }

    private static Label subheading(String text) {
        Label label = Fields.text(text);
        label.addStyleName(ValoTheme.LABEL_BOLD);
        return label;
    }

    /** Marks and details side by side while there is room, wrapping on a phone. */
    private static CssLayout tags(Component... parts) {
        CssLayout tags = new CssLayout(parts);
        tags.addStyleName("kabinet-filters");
        tags.setWidth("100%");
        return tags;
    }

    private static VerticalLayout entry(Component... parts) {
        VerticalLayout entry = new VerticalLayout(parts);
        entry.setMargin(false);
        entry.setSpacing(false);
        entry.setWidth("100%");
        return entry;
    }

    private static Label ok(Label label, String text) {
        label.removeStyleName("kabinet-error");
        label.addStyleName("kabinet-ok");
        label.setValue(text);
        label.setVisible(true);
        return label;
    }

    private static Label error(Label label, String text) {
        label.removeStyleName("kabinet-ok");
        label.addStyleName("kabinet-error");
        label.setValue(text);
        label.setVisible(true);
        return label;
    }

    /** Whether the browser window is a phone's (below the theme's 768 px); unknown outside a browser: not a phone. */
    static boolean phone() {
        com.vaadin.server.Page page = com.vaadin.server.Page.getCurrent();
        return page != null && page.getBrowserWindowWidth() > 0 && page.getBrowserWindowWidth() < 768;
    }
}
