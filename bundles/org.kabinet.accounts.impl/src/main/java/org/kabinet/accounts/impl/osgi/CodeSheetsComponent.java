package org.kabinet.accounts.impl.osgi;

import org.kabinet.accounts.api.CodeSheets;
import org.kabinet.accounts.impl.CodeLetters;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.notifications.api.Company;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Code sheets with the configured company's name, contacts and portal address, dated in the portal's zone. */
@Component(service = CodeSheets.class)
public class CodeSheetsComponent extends CodeLetters {
    @Activate
    public CodeSheetsComponent(@Reference Company company, @Reference PortalTime time) {
        super(company.profile(), time.zone());
    }
}
