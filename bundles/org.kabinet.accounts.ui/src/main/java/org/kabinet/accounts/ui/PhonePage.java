package org.kabinet.accounts.ui;

import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.Label;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import java.util.Locale;
import org.kabinet.accounts.api.PhoneVerificationException;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.ui.spi.CabinetPage;
import org.kabinet.ui.spi.FieldErrors;
import org.kabinet.ui.spi.InputHints;
import org.kabinet.ui.spi.PageContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** The tenant's mobile phone for SMS: give it, receive a 6-digit code, type it in. */
@org.osgi.service.component.annotations.Component(service = CabinetPage.class)
public class PhonePage implements CabinetPage {
    private final TenantAccounts accounts;

    @Activate
    public PhonePage(@Reference TenantAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String id() {
        return "phone";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("phone.title");
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    public Component create(PageContext context) {
        return phoneSection(context, new Messages(context.locale()));
    }

    /** The mobile phone for SMS: give it, receive a 6-digit code, type it in. */
    private Component phoneSection(PageContext context, Messages m) {
        Label status = new Label();
        status.setId("phone-status");
        status.setWidth("100%");
        Runnable refresh = () -> status.setValue(accounts.phoneStatus(context.tenantId())
                .map(p -> m.get(p.verified() ? "phone.verified" : "phone.unverified", p.phone())).orElse(m.get("phone.none")));
        refresh.run();
        TextField phone = new TextField(m.get("accounts.phone"));
        phone.setId("phone-number");
        InputHints.autocomplete(phone, "tel-national");
        InputHints.inputMode(phone, "tel");
        phone.setPlaceholder("9123456789");
        TextField code = new TextField(m.get("phone.code"));
        code.setId("phone-code");
        InputHints.autocomplete(code, "one-time-code");
        InputHints.inputMode(code, "numeric");
        Label result = new Label();
        result.setId("phone-result");
        result.setWidth("100%");
        Button send = Fields.primary("phone-send", m.get("phone.send"), e -> {
            FieldErrors.clear(phone);
            try {
                accounts.requestPhoneVerification(context.tenantId(), phone.getValue());
                result.setValue(m.get("phone.sent"));
            } catch (ValidationException ex) {
                FieldErrors.show(phone, context.errorText(ex));
            } catch (PhoneVerificationException ex) {
                result.setValue(context.errorText(ex));
            }
            refresh.run();
        });
        Button confirm = Fields.primary("phone-confirm", m.get("phone.confirm"), e -> {
            try {
                accounts.verifyPhone(context.tenantId(), code.getValue());
                code.clear();
                result.setValue(m.get("phone.done"));
            } catch (PhoneVerificationException ex) {
                result.setValue(context.errorText(ex));
            }
            refresh.run();
        });
        VerticalLayout section = new VerticalLayout(status, phone, send, code, confirm, result);
        section.setId("phone-section");
        section.setMargin(false);
        return section;
    }
}
