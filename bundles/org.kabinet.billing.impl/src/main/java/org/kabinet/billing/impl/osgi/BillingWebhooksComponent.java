package org.kabinet.billing.impl.osgi;

import java.time.Clock;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.NotFoundException;
import org.kabinet.billing.api.BillingListener;
import org.kabinet.billing.api.Payment;
import org.kabinet.notifications.api.Webhooks;
import org.kabinet.billing.impl.BillingWebhooks;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Registers {@link BillingWebhooks} as a {@link BillingListener}. */
@Component(service = BillingListener.class)
public class BillingWebhooksComponent implements BillingListener {
    private final BillingWebhooks events;

    @Activate
    public BillingWebhooksComponent(@Reference Webhooks webhooks, @Reference AccountAdministration accounts) {
        this.events = new BillingWebhooks(webhooks, id -> {
            try {
                return accounts.account(id).number();
            } catch (NotFoundException e) {
                return null;
            }
        }, Clock.systemUTC());
    }

    @Override
    public void paymentPosted(String accountId, Payment payment) {
        events.paymentPosted(accountId, payment);
    }

    @Override
    public void paymentReversed(String accountId, Payment payment) {
        events.paymentReversed(accountId, payment);
    }

    @Override
    public void periodClosed(java.time.YearMonth period) {
        events.periodClosed(period);
    }
}
