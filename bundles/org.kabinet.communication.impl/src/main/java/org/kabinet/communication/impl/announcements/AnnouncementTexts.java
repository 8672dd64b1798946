package org.kabinet.communication.impl.announcements;

import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.Importance;
import org.kabinet.notifications.api.SmsRequest;

/** The words of an announcement's letter and SMS, in Russian. */
public final class AnnouncementTexts {
    private static final String SMS_TAIL = "Подробнее в личном кабинете";

    private AnnouncementTexts() {
    }

    /** «Объявление: …», or «Срочное объявление: …». */
    public static String subject(String title, Importance importance) {
        return (importance == Importance.URGENT ? "Срочное объявление: " : "Объявление: ") + title;
    }

    /**
     * The letter: the announcement as plain text, a word about the attached file (it is not attached to the
     * letter: it stays in the cabinet), and the link to the cabinet's announcements.
     */
    public static String letter(String title, String safeHtml, AttachmentInfo attachment, String portalUrl) {
        StringBuilder text = new StringBuilder(title).append("\n\n").append(AnnouncementHtml.plainText(safeHtml));
        if (attachment != null) {
            text.append("\n\nК объявлению приложен файл «").append(attachment.name())
                    .append("» — откройте его в личном кабинете.");
        }
        text.append("\n\nОбъявление в личном кабинете: ").append(link(portalUrl));
        return text.toString();
    }

    /** The cabinet's announcements page. */
    public static String link(String portalUrl) {
        String base = portalUrl == null ? "" : portalUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/#!announcements";
    }

    /**
     * «УК Жилище: Отключение воды 12 мая. Подробнее в личном кабинете», within {@code maxParts} SMS: a title too
     * long is cut with «…», and when even that does not fit the company's name goes.
     */
    public static String sms(String company, String title, int maxParts) {
        String name = company == null ? "" : company.strip();
        String t = title.strip();
        for (String prefix : name.isEmpty() ? new String[] {""} : new String[] {name, ""}) {
            String whole = compose(prefix, t);
            if (SmsRequest.segments(whole) <= maxParts) {
                return whole;
            }
            for (int length = t.length() - 1; length >= 10; length--) {
                String candidate = compose(prefix, t.substring(0, length).strip() + "…");
                if (SmsRequest.segments(candidate) <= maxParts) {
                    return candidate;
                }
            }
        }
        return SMS_TAIL;
    }

    private static String compose(String company, String title) {
        String sentence = title.matches(".*[.!?…]$") ? title : title + ".";
        return (company.isEmpty() ? "" : company + ": ") + sentence + " " + SMS_TAIL;
    }
}
