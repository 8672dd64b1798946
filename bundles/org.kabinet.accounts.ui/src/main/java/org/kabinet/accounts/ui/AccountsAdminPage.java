package org.kabinet.accounts.ui;

import com.vaadin.ui.Component;
import java.util.Locale;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.CodeSheets;
import org.kabinet.accounts.api.Household;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** Staff: accounts with their link state and who sees the selected one, a code for one account, the account form. */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class AccountsAdminPage implements AdminPage {
    private final AccountAdministration admin;
    private final CodeSheets sheets;
    private final PortalTime time;
    private final Household household;

    @Activate
    public AccountsAdminPage(@Reference AccountAdministration admin, @Reference CodeSheets sheets, @Reference PortalTime time,
                             @Reference Household household) {
        this.admin = admin;
        this.sheets = sheets;
        this.time = time;
        this.household = household;
    }

    @Override
    public String id() {
        return "accounts";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("accounts.title");
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create(AdminContext context) {
        return new AccountsAdmin(admin, sheets, context, time.zone()).withHousehold(household).accountsTab();
    }
}
