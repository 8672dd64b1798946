package org.kabinet.notifications.impl;

import org.kabinet.notifications.api.CompanyProfile;

/**
 * Puts a message body into the company's letterhead: the same content as plain text and as HTML,
 * with the action link and the company's contacts at the bottom of both.
 */
public final class LetterComposer {
    private static final String UNSUBSCRIBE = "Отписаться от таких писем";

    private final CompanyProfile company;
    private final String from;

    public LetterComposer(CompanyProfile company, String from) {
        this.company = company;
        this.from = from;
    }

    public ComposedLetter compose(QueuedLetter letter) {
        return new ComposedLetter(letter.id(), from, letter.to(), letter.subject(), text(letter), html(letter),
                letter.files(), letter.unsubscribeUrl());
    }

    private String text(QueuedLetter letter) {
        StringBuilder text = new StringBuilder("Здравствуйте!\n\n").append(letter.text().strip()).append("\n\n");
        if (letter.actionUrl() != null) {
            text.append(letter.actionLabel() == null ? "Ссылка" : letter.actionLabel())
                    .append(": ").append(letter.actionUrl()).append("\n\n");
        }
        text.append("-- \n").append(contactLines("\n"));
        if (letter.unsubscribeUrl() != null) {
            text.append("\n").append(UNSUBSCRIBE).append(": ").append(letter.unsubscribeUrl()).append("\n");
        }
        return text.toString();
    }

    private String html(QueuedLetter letter) {
        StringBuilder html = new StringBuilder(
                "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"UTF-8\"></head>"
                        + "<body style=\"font-family:Arial,sans-serif;color:#222;max-width:600px\">")
                .append("<h2 style=\"color:#1f5f8b\">").append(escape(company.name())).append("</h2>")
                .append("<p>Здравствуйте!</p>");
        for (String paragraph : letter.text().strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        if (letter.actionUrl() != null) {
            String label = letter.actionLabel() == null ? letter.actionUrl() : letter.actionLabel();
            html.append("<p><a href=\"").append(escape(letter.actionUrl()))
                    .append("\" style=\"display:inline-block;padding:10px 18px;background:#1f5f8b;color:#fff;"
                            + "text-decoration:none;border-radius:4px\">")
                    .append(escape(label)).append("</a></p>")
                    .append("<p style=\"font-size:12px;color:#666\">Если кнопка не открывается, скопируйте ссылку: ")
                    .append(escape(letter.actionUrl())).append("</p>");
        }
        html.append("<hr><p style=\"font-size:12px;color:#666\">")
                .append(escape(contactLines("\n")).replace("\n", "<br>"))
                .append("</p>");
        if (letter.unsubscribeUrl() != null) {
            html.append("<p style=\"font-size:12px;color:#666\"><a href=\"").append(escape(letter.unsubscribeUrl()))
                    .append("\" style=\"color:#666\">").append(UNSUBSCRIBE).append("</a></p>");
        }
        html.append("</body></html>");
        return html.toString();
    }

    private String contactLines(String separator) {
        StringBuilder lines = new StringBuilder(company.name());
        append(lines, separator, "Телефон: ", company.phone());
        append(lines, separator, "E-mail: ", company.email());
        append(lines, separator, "Адрес: ", company.address());
        append(lines, separator, "Личный кабинет: ", company.portalUrl());
        return lines.append(separator).toString();
    }

    private static void append(StringBuilder lines, String separator, String label, String value) {
        if (value != null && !value.isBlank()) {
            lines.append(separator).append(label).append(value);
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
