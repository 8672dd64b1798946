package org.kabinet.accounts.ui;

import com.vaadin.ui.Button;
import com.vaadin.ui.ComponentContainer;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Notification;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import org.kabinet.accounts.api.Household;
import org.kabinet.accounts.api.HouseholdException;
import org.kabinet.accounts.api.InvitationPreview;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.ui.spi.PageContext;

/**
 * The top of the accounts page opened from an invitation letter ({@code /#!accounts/invitation/<token>}): who invites
 * to which account with which access, «Принять» and «Не сейчас» — or, for a link that no longer works, why and what
 * to do. Opening it accepts nothing: only the tenant's click does.
 */
final class InvitationPanel {
    private final Household household;
    private final PageContext context;
    private final Messages m;
    /** The invitation was accepted: the page lists the accounts again. */
    private final Runnable accepted;
    private final VerticalLayout panel = new VerticalLayout();

    InvitationPanel(Household household, PageContext context, Messages m, Runnable accepted) {
        this.household = household;
        this.context = context;
        this.m = m;
        this.accepted = accepted;
    }

    /** @param token the link's token; empty for a link cut short, shown as an unknown invitation */
    VerticalLayout build(String token) {
        panel.setId("invitation-panel");
        panel.addStyleName("kabinet-card");
        panel.setWidth("100%");
        Label title = Fields.text(m.get("invitation.title"));
        title.addStyleName(ValoTheme.LABEL_H3);
        panel.addComponent(title);
        InvitationPreview preview = token.isEmpty() ? InvitationPreview.of(InvitationPreview.State.UNKNOWN) : household.preview(token);
        Label text = Fields.text("");
        text.setId("invitation-text");
        panel.addComponent(text);
        if (preview.state() != InvitationPreview.State.VALID) {
            text.setValue(m.get("invitation.state." + preview.state().name()));
            text.addStyleName("kabinet-warning");
            return panel;
        }
        String from = preview.from() == null || preview.from().isBlank() ? m.get("invitation.fromUnknown") : preview.from();
        text.setValue(m.get("invitation.offer", from, preview.accountNumber(), preview.address(), HouseholdTexts.role(preview.access(), m)));
        Label allows = Fields.text(m.get("invitation.allows." + preview.access().name()));
        allows.setId("invitation-allows");
        panel.addComponent(allows);
        if (preview.maskedEmail() != null && !preview.maskedEmail().isBlank()) {
            Label to = Fields.text(m.get("invitation.sentTo", preview.maskedEmail()));
            to.setId("invitation-email");
            to.addStyleName("kabinet-muted");
            panel.addComponent(to);
        }
        Label result = Fields.text("");
        result.setId("invitation-result");
        result.setVisible(false);
        CssLayout buttons = new CssLayout();
        buttons.addStyleName("kabinet-filters");
        buttons.setWidth("100%");
        Button accept = Fields.primary("invitation-accept", m.get("invitation.accept"), e -> {
            try {
                LinkedAccount account = household.accept(context.tenantId(), token);
                result.setValue(m.get("invitation.accepted", account.number(), HouseholdTexts.role(account.access(), m)));
                result.addStyleName("kabinet-ok");
                Notification.show(m.get("invitation.acceptedShort"), Notification.Type.TRAY_NOTIFICATION);
                accepted.run();
            } catch (HouseholdException ex) {
                result.setValue(refusal(ex));
                result.addStyleName("kabinet-error");
            } catch (KabinetException ex) {
                result.setValue(context.errorText(ex));
                result.addStyleName("kabinet-error");
            }
            // accepted or refused, the link has said its last word in this page: the answer stays, the buttons go
            panel.removeComponent(buttons);
            result.setVisible(true);
        });
        Button later = new Button(m.get("invitation.later"), e -> {
            if (panel.getParent() instanceof ComponentContainer parent) {
                parent.removeComponent(panel);
            }
            Notification.show(m.get("invitation.laterNote"), Notification.Type.TRAY_NOTIFICATION);
        });
        later.setId("invitation-later");
        buttons.addComponents(accept, later);
        panel.addComponents(buttons, result);
        return panel;
    }

    /**
     * Why the invitation was not accepted, for the invitee: the catalog's words, except for a full household, whose
     * catalog text speaks to the holder («отзовите доступ…»).
     */
    private String refusal(HouseholdException ex) {
        return "household.full".equals(ex.code()) ? m.get("invitation.full") : context.errorText(ex);
    }
}
