package org.kabinet.accounts.impl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.kabinet.accounts.api.CodeSheets;
import org.kabinet.accounts.api.IssuedCode;
import org.kabinet.notifications.api.CompanyProfile;

/** Letters with registration codes for the building manager to print and hand out, and the CSV sheet. */
public final class CodeLetters implements CodeSheets {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(ZoneId.of("Asia/Yekaterinburg"));
    private static final float MARGIN = 60;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final CompanyProfile company;

    public CodeLetters(CompanyProfile company) {
        this.company = company;
    }

    @Override
    public byte[] csv(List<IssuedCode> codes) {
        StringBuilder csv = new StringBuilder("\uFEFFnumber;city;address;code;expires\n");
        for (IssuedCode c : codes) {
            csv.append(quote(c.number())).append(';').append(quote(c.city().name())).append(';')
                    .append(quote(c.address())).append(';').append(c.code()).append(';')
                    .append(DATE.format(c.expiresAt())).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    @Override
    public byte[] pdf(List<IssuedCode> codes) {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = font(document, "LiberationSans-Regular.ttf");
            PDFont bold = font(document, "LiberationSans-Bold.ttf");
            for (IssuedCode code : codes) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    Writer writer = new Writer(out, PDRectangle.A4.getHeight() - MARGIN);
                    writer.paragraph(bold, 13, company.name());
                    writer.paragraph(regular, 10, contacts());
                    writer.skip(20);
                    writer.paragraph(bold, 14, "Код регистрации в личном кабинете нанимателя");
                    writer.skip(6);
                    writer.paragraph(regular, 11, "Лицевой счёт № " + code.number() + " ("
                            + (code.city() == null ? "" : code.city().name()) + ", " + code.address() + ")");
                    writer.skip(10);
                    writer.paragraph(regular, 11, "В личном кабинете можно смотреть начисления и платежи, передавать "
                            + "показания приборов учёта, получать выписку из лицевого счёта и писать в управляющую компанию.");
                    writer.skip(10);
                    writer.paragraph(bold, 11, "Как зарегистрироваться");
                    writer.paragraph(regular, 11, "1. Откройте " + company.portalUrl() + "/ и нажмите «Зарегистрироваться». "
                            + "Укажите адрес электронной почты и пароль не короче 12 символов.");
                    writer.paragraph(regular, 11, "2. Откройте ссылку из письма, которое придёт на этот адрес.");
                    writer.paragraph(regular, 11, "3. Войдите и в разделе «Лицевые счета» укажите номер лицевого счёта, "
                            + "город и код регистрации:");
                    writer.skip(12);
                    writer.paragraph(bold, 22, code.code());
                    writer.paragraph(regular, 10, "Код действует до " + DATE.format(code.expiresAt())
                            + " и только один раз. Не сообщайте его посторонним: по нему привязывают лицевой счёт.");
                    writer.skip(10);
                    writer.paragraph(regular, 10, "Счета за наём и за жилищно-коммунальные услуги разные; для каждого "
                            + "выдаётся свой код. Если код утерян или истёк, обратитесь в управляющую компанию.");
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the letters with registration codes", e);
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

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream in = CodeLetters.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IOException("font " + file + " is missing from the bundle");
            }
            return PDType0Font.load(document, in);
        }
    }


    /** Writes wrapped paragraphs top-down. */
    private static final class Writer {
        private final PDPageContentStream out;
        private float y;

        Writer(PDPageContentStream out, float top) {
            this.out = out;
            this.y = top;
        }

        void skip(float points) {
            y -= points;
        }

        void paragraph(PDFont font, float size, String text) throws IOException {
            for (String line : wrap(font, size, printable(font, text))) {
                y -= size * 1.35f;
                out.beginText();
                out.setFont(font, size);
                out.newLineAtOffset(MARGIN, y);
                out.showText(line);
                out.endText();
            }
        }

        /** The text with every character the font cannot draw (a control character, an exotic symbol) as '?'. */
        private static String printable(PDFont font, String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(Character.isISOControl(cp) ? "?" : ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private static List<String> wrap(PDFont font, float size, String text) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > WIDTH && line.length() > 0) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
