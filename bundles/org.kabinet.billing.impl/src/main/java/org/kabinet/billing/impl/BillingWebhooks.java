package org.kabinet.billing.impl;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.kabinet.billing.api.BillingListener;
import org.kabinet.billing.api.Payment;
import org.kabinet.notifications.api.WebhookEvent;
import org.kabinet.notifications.api.Webhooks;

/**
 * Billing's events as webhooks, queued in billing's own transaction: {@code payment.posted},
 * {@code payment.reversed} and {@code period.closed}. A payment's event id is its id (unique in the portal),
 * so a payment posted twice — a registry loaded again — is one event.
 */
public final class BillingWebhooks implements BillingListener {
    private final Webhooks webhooks;
    /** The account's number by its id; null when it cannot be found. */
    private final Function<String, String> numbers;
    private final Clock clock;

    public BillingWebhooks(Webhooks webhooks, Function<String, String> numbers, Clock clock) {
        this.webhooks = webhooks;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Override
    public void paymentPosted(String accountId, Payment payment) {
        // nobody listening (the usual case): not even the account's number is looked up, per payment of a registry
        if (!webhooks.listening(WebhookEvent.PAYMENT_POSTED)) {
            return;
        }
        webhooks.publish(new WebhookEvent(WebhookEvent.PAYMENT_POSTED + ":" + payment.id(), WebhookEvent.PAYMENT_POSTED,
                clock.instant(), payment(accountId, payment)));
    }

    @Override
    public void paymentReversed(String accountId, Payment payment) {
        if (!webhooks.listening(WebhookEvent.PAYMENT_REVERSED)) {
            return;
        }
        webhooks.publish(new WebhookEvent(WebhookEvent.PAYMENT_REVERSED + ":" + payment.id(), WebhookEvent.PAYMENT_REVERSED,
                clock.instant(), payment(accountId, payment)));
    }

    @Override
    public void periodClosed(YearMonth period) {
        webhooks.publish(new WebhookEvent(WebhookEvent.PERIOD_CLOSED + ":" + period, WebhookEvent.PERIOD_CLOSED, clock.instant(),
                Map.of("period", period.toString())));
    }

    private Map<String, String> payment(String accountId, Payment payment) {
        Map<String, String> data = new HashMap<>();
        data.put("paymentId", payment.id());
        data.put("accountId", accountId);
        String number = numbers.apply(accountId);
        if (number != null) {
            data.put("accountNumber", number);
        }
        data.put("amount", payment.amount().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString());
        data.put("paidOn", payment.paidOn().toString());
        if (payment.period() != null) {
            data.put("period", payment.period().toString());
        }
        return data;
    }
}
