package org.kabinet.accounts.impl.osgi;

import java.util.Locale;
import java.util.Optional;
import org.kabinet.accounts.api.AccountErrors;
import org.kabinet.kernel.error.ErrorCatalog;
import org.osgi.service.component.annotations.Component;

/** Offers the accounts module's error texts to the REST API and the portal. */
@Component(service = ErrorCatalog.class)
public class AccountsErrorCatalog implements ErrorCatalog {
    private final AccountErrors texts = new AccountErrors();

    @Override
    public Optional<String> text(String code, Locale locale) {
        return texts.text(code, locale);
    }
}
