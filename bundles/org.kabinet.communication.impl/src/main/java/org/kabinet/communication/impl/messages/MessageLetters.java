package org.kabinet.communication.impl.messages;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.notifications.api.Company;
import org.kabinet.notifications.api.CompanyProfile;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.Outbox;

/**
 * The letters threads cause, queued in the caller's transaction: to the company's mailbox for every new
 * message, feedback and tenant's reply, and to the author with staff's answer. The mailbox letter does
 * not carry the files (staff open them in {@code /admin}) and cannot be answered to reach the tenant:
 * the outbox has no Reply-To, so the tenant's contact is written in the text.
 */
public class MessageLetters {
    private static final Logger LOG = Logger.getLogger(MessageLetters.class.getName());
    private final Outbox outbox;
    private final Company company;
    private final String mailbox;
    private final AtomicBoolean toldNoMailbox = new AtomicBoolean();

    /** @param mailbox the company's address for messages; blank: the company's e-mail from its profile */
    public MessageLetters(Outbox outbox, Company company, String mailbox) {
        this.outbox = outbox;
        this.company = company;
        this.mailbox = mailbox == null ? "" : mailbox.strip();
    }

    /** Where the company reads messages; empty when neither the setting nor the company's profile names an address. */
    public String mailbox() {
        if (!mailbox.isEmpty()) {
            return mailbox;
        }
        String email = company.profile().email();
        return email == null ? "" : email.strip();
    }

    /**
     * Tells the company's mailbox about a post of a tenant or visitor: the first of a thread, or a reply.
     *
     * @return whether a letter was queued (not when no mailbox is configured)
     */
    public boolean toMailbox(ThreadRecord thread, PostRecord post, List<AttachmentInfo> files, boolean first) {
        String to = mailbox();
        if (to.isEmpty()) {
            if (toldNoMailbox.compareAndSet(false, true)) {
                LOG.info("No mailbox for tenants' messages: neither 'mailbox' in etc/org.kabinet.communication.cfg nor the company's "
                        + "e-mail is set, so new messages are only in the staff inbox");
            }
            return false;
        }
        String subject = "Обращение " + thread.number() + ": " + about(thread) + (first ? "" : " — новое сообщение");
        StringBuilder text = new StringBuilder();
        if (thread.kind() == ThreadKind.FEEDBACK) {
            text.append(first ? "Сообщение через форму обратной связи на портале." : "Автор ответил по сообщению обратной связи.");
        } else {
            text.append(first ? "Новое обращение жителя в личном кабинете." : "Житель ответил по своему обращению.");
        }
        text.append("\n\nНомер: ").append(thread.number())
                .append("\nТема: ").append(thread.topic().russian());
        if (thread.accountNumber() != null) {
            text.append("\nЛицевой счёт: ").append(thread.accountNumber());
        }
        if (thread.kind() == ThreadKind.FEEDBACK) {
            text.append("\nИмя: ").append(thread.contactName())
                    .append("\nКонтакт: ").append(thread.contact())
                    .append(thread.contactKind() == ContactKind.PHONE ? " (телефон: перезвоните, ответ по почте не уйдёт)" : " (e-mail)");
            text.append(thread.tenantId() == null ? "\nАвтор не входил в личный кабинет." : "\nАвтор вошёл в личный кабинет: ответ он увидит и там.");
        } else {
            text.append("\nОт: ").append(thread.contact()).append(" (e-mail жителя)");
        }
        text.append("\n\nТекст:\n").append(post.text());
        if (!files.isEmpty()) {
            text.append("\n\nВложения (").append(files.size()).append("): ")
                    .append(files.stream().map(AttachmentInfo::name).collect(Collectors.joining(", ")))
                    .append(". Файлы к этому письму не приложены: откройте обращение в кабинете сотрудника").append(adminLink()).append('.');
        }
        text.append("\n\nОтвечайте в кабинете сотрудника").append(adminLink())
                .append(": ответ увидит автор").append(thread.contactKind() == ContactKind.PHONE ? "" : " и получит его по почте")
                .append(". Ответ на это письмо автору не придёт; связаться с ним напрямую: ").append(thread.contact()).append('.');
        return outbox.enqueue(EmailMessage.plain("message-mailbox:" + post.id(), to, subject, text.toString()));
    }

    /**
     * Sends staff's answer to the author.
     *
     * @param to             the author's address
     * @param unsubscribeUrl the link that switches answers off, or null
     */
    public boolean answer(String to, ThreadRecord thread, PostRecord answer, List<AttachmentInfo> files, String unsubscribeUrl) {
        CompanyProfile profile = company.profile();
        StringBuilder text = new StringBuilder("Здравствуйте!\n\n")
                .append(profile.name() == null || profile.name().isBlank() ? "Управляющая компания" : profile.name())
                .append(" ответила на ваше обращение ").append(thread.number()).append(" («").append(thread.subject()).append("»):\n\n")
                .append(answer.text());
        boolean cabinet = thread.tenantId() != null;
        if (!files.isEmpty()) {
            text.append("\n\nК ответу приложены файлы: ").append(files.stream().map(AttachmentInfo::name).collect(Collectors.joining(", ")))
                    .append(cabinet ? ". Открыть их можно в личном кабинете, в разделе «Обращения»." : ".");
        }
        String link = null;
        if (cabinet) {
            text.append("\n\nОтвет и вся переписка — в личном кабинете, в разделе «Обращения»: там же можно задать уточняющий вопрос.");
            link = portalUrl(profile) + "/#!messages";
        } else {
            text.append("\n\nЕсли остались вопросы, напишите нам снова через форму обратной связи на портале")
                    .append(profile.phone() == null || profile.phone().isBlank() ? "" : " или позвоните: " + profile.phone())
                    .append(". Укажите номер обращения ").append(thread.number()).append('.');
        }
        EmailMessage letter = new EmailMessage("message-answer:" + answer.id(), to, "Ответ на обращение " + thread.number(),
                text.toString(), link, link == null ? null : "Открыть обращения", List.of(), unsubscribeUrl);
        return outbox.enqueue(letter);
    }

    private static String about(ThreadRecord thread) {
        if (thread.kind() == ThreadKind.FEEDBACK) {
            return "обратная связь — " + thread.contactName();
        }
        return thread.topic().russian() + (thread.accountNumber() == null ? "" : " — л/с " + thread.accountNumber());
    }

    private String adminLink() {
        String portal = portalUrl(company.profile());
        return portal.isEmpty() ? " (/admin)" : " (" + portal + "/admin)";
    }

    private static String portalUrl(CompanyProfile profile) {
        String url = profile.portalUrl() == null ? "" : profile.portalUrl().strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
