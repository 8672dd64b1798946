package org.kabinet.accounts.ui;

import com.vaadin.ui.Component;
import java.util.Locale;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.CodeSheets;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** Staff: the all-or-nothing CSV import of accounts, with progress and the bad lines. */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class ImportAdminPage implements AdminPage {
    private final AccountAdministration admin;
    private final CodeSheets sheets;
    private final PortalTime time;

    @Activate
    public ImportAdminPage(@Reference AccountAdministration admin, @Reference CodeSheets sheets, @Reference PortalTime time) {
        this.admin = admin;
        this.sheets = sheets;
        this.time = time;
    }

    @Override
    public String id() {
        return "import";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("admin.import");
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Component create(AdminContext context) {
        return new AccountsAdmin(admin, sheets, context, time.zone()).importTab();
    }
}
