package org.kabinet.accounts.ui;

import com.vaadin.ui.Component;
import java.util.Locale;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.CodeSheets;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.registration.api.TenantDirectory;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** Staff: the audit trail of links, refusals and issued codes. */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class AuditAdminPage implements AdminPage {
    private final AccountAdministration admin;
    private final CodeSheets sheets;
    private final PortalTime time;
    private final TenantDirectory tenants;

    @Activate
    public AuditAdminPage(@Reference AccountAdministration admin, @Reference CodeSheets sheets, @Reference PortalTime time,
                          @Reference TenantDirectory tenants) {
        this.admin = admin;
        this.sheets = sheets;
        this.time = time;
        this.tenants = tenants;
    }

    @Override
    public String id() {
        return "audit";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("admin.audit");
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public Component create(AdminContext context) {
        // each tenant of the shown events looked up once per page
        java.util.Map<String, String> emails = new java.util.concurrent.ConcurrentHashMap<>();
        return new AccountsAdmin(admin, sheets, context, time.zone()).withTenantNames(id -> emails.computeIfAbsent(id,
                k -> tenants.find(k).map(org.kabinet.registration.api.Tenant::email).orElse(k))).auditTab();
    }
}
