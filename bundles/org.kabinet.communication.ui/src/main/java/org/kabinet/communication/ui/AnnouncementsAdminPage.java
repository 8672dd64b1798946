package org.kabinet.communication.ui;

import com.vaadin.ui.Component;
import java.util.Locale;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.communication.api.AnnouncementAdministration;
import org.kabinet.communication.api.MessageAdministration;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * «Объявления» in {@code /admin}: write one (title, formatted text, audience, importance, when, until when,
 * a file), see how many it reaches before publishing, and every announcement with its recipients and read
 * counts, «Снять с публикации». Element ids in {@link AnnouncementForm} and {@link AnnouncementsAdminView}.
 */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class AnnouncementsAdminPage implements AdminPage {
    private final AnnouncementAdministration announcements;
    private final AccountAdministration accounts;
    private final PortalTime time;
    /** Stores the attachment; without it announcements go without a file. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile MessageAdministration files;

    @Activate
    public AnnouncementsAdminPage(@Reference AnnouncementAdministration announcements, @Reference AccountAdministration accounts,
                                  @Reference PortalTime time) {
        this.announcements = announcements;
        this.accounts = accounts;
        this.time = time;
    }

    @Override
    public String id() {
        return "announcements-admin";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("announcementsAdmin.title");
    }

    /** Beside «Обращения» (350). */
    @Override
    public int order() {
        return 360;
    }

    @Override
    public String requiredRole() {
        return "manager";
    }

    @Override
    public Component create(AdminContext context) {
        PageStyles.ensure();
        return new AnnouncementsAdminView(announcements, accounts.cities(), files, time, context, new Messages(context.locale()));
    }
}
