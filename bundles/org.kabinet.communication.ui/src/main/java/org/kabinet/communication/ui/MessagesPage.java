package org.kabinet.communication.ui;

import com.vaadin.ui.Component;
import java.util.List;
import java.util.Locale;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.communication.api.TenantMessages;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.ui.spi.CabinetPage;
import org.kabinet.ui.spi.PageContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * «Обращения»: the tenant's threads with the company (number, topic, status, account, date, a mark on those
 * with a new answer), «Написать обращение» (account, topic, text, up to 5 photos or PDFs) and each thread with
 * its posts, files, a reply and «Закрыть обращение». The menu shows how many threads have an unread answer.
 * The account list offers only accounts the tenant may write about: not those of a household the tenant only views.
 */
@org.osgi.service.component.annotations.Component(service = CabinetPage.class)
public class MessagesPage implements CabinetPage {
    static final String ID = "messages";
    private final TenantMessages messages;
    private final PortalTime time;
    /** Without the accounts module a message simply goes without an account. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile TenantAccounts accounts;

    @Activate
    public MessagesPage(@Reference TenantMessages messages, @Reference PortalTime time) {
        this.messages = messages;
        this.time = time;
    }

    MessagesPage(TenantMessages messages, PortalTime time, TenantAccounts accounts) {
        this(messages, time);
        this.accounts = accounts;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("messages.title");
    }

    /** After the pages about the tenant's money and meters, before the settings (800 and on). */
    @Override
    public int order() {
        return 700;
    }

    @Override
    public int badge(PageContext context) {
        return messages.unread(context.tenantId());
    }

    @Override
    public Component create(PageContext context) {
        PageStyles.ensure();
        TenantAccounts linkedAccounts = accounts;
        List<LinkedAccount> writable = linkedAccounts == null ? List.of()
                : linkedAccounts.linked(context.tenantId()).stream().filter(LinkedAccount::writable).toList();
        return new MessagesView(messages, writable, time.zone(), context, new Messages(context.locale()));
    }
}
