package org.kabinet.communication.impl.announcements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.Importance;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.SmsPriority;
import org.kabinet.notifications.api.SmsRequest;

/**
 * What publishing an announcement sends: per tenant reached, one recipient row; an e-mail when the tenant
 * has a confirmed address and announcements by e-mail are on for at least one of their accounts in the
 * audience (the unsubscribe link is that account's); for URGENT, an SMS to a confirmed phone — at any hour
 * for an emergency, otherwise after the quiet hours. Keys make each e-mail and SMS go once per
 * announcement and tenant.
 *
 * @param recipients one row per tenant reached
 */
public record Deliveries(List<RecipientRow> recipients, List<EmailMessage> emails, List<SmsRequest> sms) {

    /** The outbox key of the announcement's e-mail to the tenant: it goes once. */
    public static String emailKey(String announcementId, String tenantId) {
        return "announcement-email:" + announcementId + ":" + tenantId;
    }

    /** The outbox key of the announcement's SMS to the tenant: it goes once. */
    public static String smsKey(String announcementId, String tenantId) {
        return "announcement-sms:" + announcementId + ":" + tenantId;
    }

    /** An announcement as publishing needs it. */
    public record Letter(String id, String title, String html, Importance importance, boolean emergency, AttachmentInfo attachment) {
    }

    /**
     * @param allEmails       tenant id → e-mail address (confirmed or not: shown to staff)
     * @param confirmedEmails tenant id → confirmed e-mail address (letters go only there)
     * @param switchedOff     {@code tenantId:accountId} of those who switched announcement e-mails off
     * @param unsubscribeUrl  (tenant id, account id) → the one-click link
     */
    public static Deliveries plan(Letter letter, Reach reach, Map<String, String> allEmails, Map<String, String> confirmedEmails,
                                  Set<String> switchedOff, BiFunction<String, String, String> unsubscribeUrl, String portalUrl,
                                  String company, int smsMaxParts) {
        List<RecipientRow> rows = new ArrayList<>();
        List<EmailMessage> emails = new ArrayList<>();
        List<SmsRequest> sms = new ArrayList<>();
        String subject = AnnouncementTexts.subject(letter.title(), letter.importance());
        String text = AnnouncementTexts.letter(letter.title(), letter.html(), letter.attachment(), portalUrl);
        String smsText = AnnouncementTexts.sms(company, letter.title(), smsMaxParts);
        SmsPriority priority = letter.emergency() ? SmsPriority.IMMEDIATE : SmsPriority.ROUTINE;
        for (Reach.Tenant tenant : reach.tenants().values()) {
            String to = confirmedEmails.get(tenant.tenantId());
            Optional<AudienceAccount> on = to == null ? Optional.empty() : tenant.accounts().stream()
                    .filter(a -> !switchedOff.contains(tenant.tenantId() + ":" + a.id())).findFirst();
            on.ifPresent(account -> emails.add(new EmailMessage(emailKey(letter.id(), tenant.tenantId()), to,
                    subject, text, null, null, List.of(), unsubscribeUrl.apply(tenant.tenantId(), account.id()))));
            boolean texted = letter.importance() == Importance.URGENT && tenant.verifiedPhone() != null
                    && SmsRequest.phoneDigits(tenant.verifiedPhone()).isPresent();
            if (texted) {
                sms.add(new SmsRequest(smsKey(letter.id(), tenant.tenantId()),
                        SmsRequest.phoneDigits(tenant.verifiedPhone()).orElseThrow(), smsText, priority));
            }
            rows.add(new RecipientRow(letter.id(), tenant.tenantId(), allEmails.get(tenant.tenantId()),
                    tenant.accounts().stream().map(AudienceAccount::number).toList(), on.isPresent(), texted));
        }
        return new Deliveries(rows, emails, sms);
    }
}
