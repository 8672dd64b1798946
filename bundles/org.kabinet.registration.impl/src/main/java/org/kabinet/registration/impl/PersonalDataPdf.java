package org.kabinet.registration.impl;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.kabinet.documents.pdf.PdfText;
import org.kabinet.documents.pdf.PdfText.Style;

/**
 * The "my data" export as a readable PDF: one heading per section, each value on its own line with a
 * Russian caption, lists as numbered entries. Times in the portal's zone («25.11.2026 14:03»).
 */
public final class PersonalDataPdf {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    /** Captions of the keys the portal's modules use; an unknown key is shown as it is. */
    private static final Map<String, String> CAPTIONS = Map.ofEntries(
            Map.entry("id", "Идентификатор"), Map.entry("email", "Адрес электронной почты"), Map.entry("name", "Имя"),
            Map.entry("registeredAt", "Зарегистрирован"), Map.entry("confirmedAt", "Адрес подтверждён"),
            Map.entry("version", "Версия текста"), Map.entry("givenAt", "Дано"), Map.entry("withdrawnAt", "Отозвано"),
            Map.entry("openedAt", "Вход"), Map.entry("lastUsedAt", "Последнее действие"), Map.entry("endedAt", "Завершён"),
            Map.entry("links", "Привязанные лицевые счета"), Map.entry("number", "Номер"), Map.entry("city", "Город"),
            Map.entry("address", "Адрес"), Map.entry("linkedAt", "Привязан"), Map.entry("phone", "Телефон"),
            Map.entry("verified", "Подтверждён"), Map.entry("updatedAt", "Изменён"),
            Map.entry("threads", "Обращения"), Map.entry("posts", "Сообщения"), Map.entry("subject", "Тема"),
            Map.entry("topic", "Вид"), Map.entry("status", "Состояние"), Map.entry("createdAt", "Создано"),
            Map.entry("account", "Лицевой счёт"), Map.entry("author", "Автор"), Map.entry("text", "Текст"),
            Map.entry("attachments", "Вложения"), Map.entry("settings", "Отключённые уведомления"),
            Map.entry("kind", "Вид"), Map.entry("enabled", "Включено"), Map.entry("changedAt", "Изменено"),
            Map.entry("sent", "Что вам отправлено"), Map.entry("channel", "Канал"), Map.entry("sentAt", "Отправлено"),
            Map.entry("tokens", "Персональные ключи"), Map.entry("expiresAt", "Действует до"),
            Map.entry("revoked", "Отозван"), Map.entry("number_", "Номер"), Map.entry("unavailable", "Недоступно"),
            Map.entry("title", "Заголовок"), Map.entry("publishedAt", "Опубликовано"),
            Map.entry("delivered", "В списке получателей"), Map.entry("accounts", "Лицевые счета"),
            Map.entry("emailQueued", "Отправлено письмо"), Map.entry("smsQueued", "Отправлено SMS"),
            Map.entry("readAt", "Прочитано"));

    private final ZoneId zone;

    public PersonalDataPdf(ZoneId zone) {
        this.zone = zone;
    }

    public byte[] render(List<PersonalDataService.Section> sections, Instant exportedAt) {
        try (PdfText pdf = new PdfText()) {
            pdf.newPage();
            pdf.paragraph(Style.TITLE, "Мои данные в личном кабинете нанимателя");
            pdf.paragraph(Style.SMALL, "Всё, что личный кабинет хранит о вас, на " + TIME.format(exportedAt.atZone(zone))
                    + ". Сведения о начислениях и платежах по лицевым счетам ведёт управляющая компания: они есть "
                    + "в выписках по счетам.");
            pdf.footer("Мои данные · выгрузка от " + TIME.format(exportedAt.atZone(zone)));
            for (PersonalDataService.Section section : sections) {
                pdf.skip(8);
                pdf.keep(60);
                pdf.paragraph(Style.HEADING, section.title());
                pdf.rule();
                value(pdf, section.data(), "");
            }
            return pdf.toBytes();
        }
    }

    private void value(PdfText pdf, Object data, String prefix) {
        if (data instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                pdf.paragraph(Style.SMALL, prefix + "нет сведений");
            }
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String caption = caption(String.valueOf(entry.getKey()));
                Object v = entry.getValue();
                if (v instanceof Map<?, ?> || v instanceof List<?>) {
                    pdf.paragraph(Style.CELL_BOLD, prefix + caption);
                    value(pdf, v, prefix + "   ");
                } else {
                    pdf.paragraph(Style.SMALL, prefix + caption + ": " + scalar(v));
                }
            }
        } else if (data instanceof List<?> list) {
            if (list.isEmpty()) {
                pdf.paragraph(Style.SMALL, prefix + "нет");
            }
            int n = 0;
            for (Object item : list) {
                n++;
                if (item instanceof Map<?, ?> || item instanceof List<?>) {
                    pdf.paragraph(Style.CELL_BOLD, prefix + n + ".");
                    value(pdf, item, prefix + "   ");
                } else {
                    pdf.paragraph(Style.SMALL, prefix + n + ". " + scalar(item));
                }
            }
        } else {
            pdf.paragraph(Style.SMALL, prefix + scalar(data));
        }
    }

    private static String caption(String key) {
        return CAPTIONS.getOrDefault(key, key);
    }

    String scalar(Object v) {
        if (v == null) {
            return "—";
        }
        if (v instanceof Boolean b) {
            return b ? "да" : "нет";
        }
        String text = String.valueOf(v);
        if (text.isEmpty()) {
            return "—";
        }
        if (text.length() >= 20 && text.length() <= 30 && text.charAt(4) == '-' && text.charAt(10) == 'T' && text.endsWith("Z")) {
            try {
                return TIME.format(Instant.parse(text).atZone(zone));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }
}
