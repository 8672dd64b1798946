package org.kabinet.billing.impl;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kabinet.accounts.api.AccountHolder;
import org.kabinet.billing.api.LedgerView;
import org.kabinet.billing.api.Payment;
import org.kabinet.notifications.api.Attachment;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.NotificationKind;
import org.kabinet.notifications.api.NotificationSettings;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.registration.api.Tenant;
import org.kabinet.registration.api.TenantDirectory;

/**
 * What a posted payment sends (queued by {@link PaymentNoticeQueue} after the payment's transaction,
 * in the transaction that forgets the payment there): to each tenant linked to the account,
 * the payment SMS (once per payment and tenant, to a confirmed phone) and the month's statement by
 * e-mail (once per account, tenant and month, to a confirmed address) — each only if the tenant
 * did not switch it off. Payments made long ago (a registry of old payments) send nothing.
 */
public final class PaymentNotices {
    /** A payment older than this many days when it is posted, or when its notices are queued, is history: no SMS, no letter. */
    public static final int FRESH_DAYS = 10;
    /** The monthly statement covers this many months, ending with the month of the payment. */
    public static final int STATEMENT_MONTHS = 12;

    private final Outbox outbox;
    private final NotificationSettings settings;
    private final Function<String, List<AccountHolder>> holders;
    private final TenantDirectory tenants;
    private final Supplier<String> company;
    private final Clock clock;
    private final ZoneId zone;

    public PaymentNotices(Outbox outbox, NotificationSettings settings, Function<String, List<AccountHolder>> holders,
                          TenantDirectory tenants, Supplier<String> company, Clock clock, ZoneId zone) {
        this.outbox = outbox;
        this.settings = settings;
        this.holders = holders;
        this.tenants = tenants;
        this.company = company;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * @param number the account's number, asked only when someone is to be told
     * @param ledger the account's ledger with the payment in it, asked only when someone is to be told
     */
    public void paymentPosted(String accountId, Supplier<String> number, Payment payment, Supplier<LedgerView> ledger) {
        if (!fresh(payment)) {
            return;
        }
        List<AccountHolder> linked = holders.apply(accountId);
        if (linked.isEmpty()) {
            return;
        }
        LedgerView after = ledger.get();
        String accountNumber = number.get();
        YearMonth month = YearMonth.from(payment.paidOn());
        for (AccountHolder holder : linked) {
            if (holder.verifiedPhone() != null && settings.isOn(holder.tenantId(), accountId, NotificationKind.PAYMENT_SMS)) {
                outbox.enqueueSms(new SmsRequest("payment-sms:" + payment.id() + ":" + holder.tenantId(), holder.verifiedPhone(),
                        NoticeTexts.paymentSms(accountNumber, payment.amount(), payment.paidOn(), after.balance(), company.get())));
            }
            if (settings.isOn(holder.tenantId(), accountId, NotificationKind.STATEMENT_EMAIL)) {
                tenants.find(holder.tenantId()).filter(Tenant::confirmed).ifPresent(tenant ->
                        outbox.enqueue(monthlyStatement(accountId, accountNumber, tenant, month, after)));
            }
        }
    }

    /** Whether the payment was made at most {@link #FRESH_DAYS} days before today: only then is it told about. */
    public boolean fresh(Payment payment) {
        return !payment.paidOn().isBefore(LocalDate.now(clock.withZone(zone)).minusDays(FRESH_DAYS));
    }

    /**
     * When staff ask: each linked tenant with a confirmed phone and the payment SMS on hears that the
     * payment was cancelled, once per payment and tenant.
     *
     * @param ledger the account's ledger without the payment
     */
    public void paymentReversed(String accountId, String accountNumber, Payment payment, Supplier<LedgerView> ledger) {
        List<AccountHolder> linked = holders.apply(accountId);
        if (linked.isEmpty()) {
            return;
        }
        LedgerView after = ledger.get();
        for (AccountHolder holder : linked) {
            if (holder.verifiedPhone() != null && settings.isOn(holder.tenantId(), accountId, NotificationKind.PAYMENT_SMS)) {
                outbox.enqueueSms(new SmsRequest("payment-reversal-sms:" + payment.id() + ":" + holder.tenantId(),
                        holder.verifiedPhone(), NoticeTexts.reversalSms(accountNumber, payment.amount(), payment.paidOn(),
                        after.balance(), company.get())));
            }
        }
    }

    private EmailMessage monthlyStatement(String accountId, String number, Tenant tenant, YearMonth month, LedgerView after) {
        YearMonth from = month.minusMonths(STATEMENT_MONTHS - 1L);
        return new EmailMessage("statement-mail:" + accountId + ":" + tenant.id() + ":" + month, tenant.email(),
                NoticeTexts.statementSubject(number, from, month), NoticeTexts.statementText(number, from, month, after.toPay(), true),
                null, null)
                .withAttachments(List.of(Attachment.later(StatementFiles.name(number, from, month), StatementFiles.PDF,
                        StatementFiles.source(accountId, tenant.id(), from, month))))
                .withUnsubscribeUrl(settings.unsubscribeUrl(tenant.id(), accountId, NotificationKind.STATEMENT_EMAIL));
    }
}
