package org.kabinet.accounts.impl;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.kabinet.accounts.api.CodeSheets;
import org.kabinet.accounts.api.IssuedCode;
import org.kabinet.documents.pdf.PdfText;
import org.kabinet.documents.pdf.PdfText.Style;
import org.kabinet.notifications.api.CompanyProfile;

/** Letters with registration codes for the building manager to print and hand out, and the CSV sheet. */
public class CodeLetters implements CodeSheets {
    private final CompanyProfile company;
    private final DateTimeFormatter date;

    public CodeLetters(CompanyProfile company, ZoneId zone) {
        this.company = company;
        this.date = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(zone);
    }

    @Override
    public byte[] csv(List<IssuedCode> codes) {
        StringBuilder csv = new StringBuilder("\uFEFFnumber;city;address;code;expires\n");
        for (IssuedCode c : codes) {
            csv.append(quote(c.number())).append(';').append(quote(c.city().name())).append(';')
                    .append(quote(c.address())).append(';').append(SpreadsheetCells.neutral(c.code())).append(';')
                    .append(date.format(c.expiresAt())).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A text cell: neutralised against formulas, then quoted. */
    private static String quote(String value) {
        return "\"" + SpreadsheetCells.neutral(value).replace("\"", "\"\"") + "\"";
    }

    @Override
    public byte[] pdf(List<IssuedCode> codes) {
        try (PdfText pdf = new PdfText()) {
            for (IssuedCode code : codes) {
                pdf.newPage();
                pdf.paragraph(Style.COMPANY, company.name());
                pdf.paragraph(Style.SMALL, contacts());
                pdf.skip(20);
                pdf.paragraph(Style.TITLE, "Код регистрации в личном кабинете нанимателя");
                pdf.skip(6);
                pdf.paragraph(Style.BODY, "Лицевой счёт № " + code.number() + " ("
                        + (code.city() == null ? "" : code.city().name()) + ", " + code.address() + ")");
                pdf.skip(10);
                pdf.paragraph(Style.BODY, "В личном кабинете можно смотреть начисления и платежи, передавать "
                        + "показания приборов учёта, получать выписку из лицевого счёта и писать в управляющую компанию.");
                pdf.skip(10);
                pdf.paragraph(Style.HEADING, "Как зарегистрироваться");
                pdf.paragraph(Style.BODY, "1. Откройте " + company.portalUrl() + "/ и нажмите «Зарегистрироваться». "
                        + "Укажите адрес электронной почты и пароль не короче 12 символов.");
                pdf.paragraph(Style.BODY, "2. Откройте ссылку из письма, которое придёт на этот адрес.");
                pdf.paragraph(Style.BODY, "3. Войдите по адресу " + company.portalUrl() + "/#!accounts — откроется раздел "
                        + "«Лицевые счета»; укажите в нём номер лицевого счёта, город и код регистрации:");
                pdf.skip(12);
                pdf.paragraph(Style.CODE, code.code());
                pdf.paragraph(Style.SMALL, "Код действует до " + date.format(code.expiresAt())
                        + " и только один раз. Не сообщайте его посторонним: по нему привязывают лицевой счёт.");
                pdf.skip(10);
                pdf.paragraph(Style.SMALL, "Счета за наём и за жилищно-коммунальные услуги разные; для каждого "
                        + "выдаётся свой код. Если код утерян или истёк, обратитесь в управляющую компанию.");
            }
            return pdf.toBytes();
        }
    }

    private String contacts() {
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {company.address(), company.phone(), company.email()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return String.join(" · ", parts);
    }
}
