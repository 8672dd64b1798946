package org.kabinet.communication.ui;

import com.vaadin.ui.Component;
import java.util.Locale;
import org.kabinet.communication.api.MessageAdministration;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * «Обращения» in {@code /admin}: the company's inbox of tenants' messages and feedback — counts, filters, the
 * threads with unread ones in bold, and the open thread with every post (internal notes too), its files, the
 * answer (or an internal note), the assignment and the status. See {@link InboxView} for the element ids.
 */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class InboxAdminPage implements AdminPage {
    private final MessageAdministration admin;
    private final PortalTime time;

    @Activate
    public InboxAdminPage(@Reference MessageAdministration admin, @Reference PortalTime time) {
        this.admin = admin;
        this.time = time;
    }

    @Override
    public String id() {
        return "inbox";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("inbox.title");
    }

    /** After the meters' tabs (up to 300), before the audit logs (400 and on). */
    @Override
    public int order() {
        return 350;
    }

    @Override
    public String requiredRole() {
        return "manager";
    }

    @Override
    public Component create(AdminContext context) {
        PageStyles.ensure();
        return new InboxView(admin, time.zone(), context, new Messages(context.locale()));
    }
}
