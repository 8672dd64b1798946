package org.kabinet.notifications.impl.osgi;

import java.util.logging.Logger;
import org.kabinet.notifications.api.BankDetails;
import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.CompanyProfile;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

@Component(configurationPid = "org.kabinet.company")
@Designate(ocd = CompanyConfig.class)
public class CompanyComponent implements Company {
    private static final Logger LOG = Logger.getLogger(CompanyComponent.class.getName());

    private final CompanyProfile profile;
    private final BankDetails bank;

    @Activate
    public CompanyComponent(CompanyConfig config) {
        String portalUrl = config.portalUrl().endsWith("/")
                ? config.portalUrl().substring(0, config.portalUrl().length() - 1) : config.portalUrl();
        this.profile = new CompanyProfile(config.name(), config.phone(), config.email(), config.address(), portalUrl,
                config.officeHours(), config.colour());
        this.bank = new BankDetails(config.payee().isBlank() ? config.name().trim() : config.payee().trim(), digits(config.inn()),
                digits(config.kpp()), digits(config.bankAccount()), config.bankName().trim(), digits(config.bic()),
                digits(config.correspondentAccount()));
        if (!bank.complete()) {
            LOG.warning("Bank details in etc/org.kabinet.company.cfg are incomplete (inn, bankAccount, bankName, bic, "
                    + "correspondentAccount): statements are issued without the payment QR code");
        }
    }

    private static String digits(String text) {
        return text.replaceAll("\\s", "");
    }

    @Override
    public BankDetails bankDetails() {
        return bank;
    }

    @Override
    public CompanyProfile profile() {
        return profile;
    }
}
