package org.kabinet.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A PDF of A4 pages with paragraphs written top-down, wrapped to the page width, in Liberation Sans
 * (embedded, full Cyrillic, SIL Open Font License). A paragraph that does not fit goes on to a new
 * page. A character the font cannot draw (a control character, an exotic symbol) is printed as
 * {@code ?} instead of failing the document; the rouble sign, which Liberation Sans lacks, as «руб.». Black on white, so it prints well in black and white.
 *
 * <pre>{@code
 * try (PdfText pdf = new PdfText()) {
 *     pdf.newPage();
 *     pdf.paragraph(PdfText.Style.TITLE, "Выписка из лицевого счёта");
 *     return pdf.toBytes();
 * }
 * }</pre>
 */
public final class PdfText implements AutoCloseable {
    private static final float MARGIN = 60;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float LEADING = 1.35f;
    private static final int RUBLE = 0x20BD;

    /** Type styles: the font's weight and size in points. */
    public enum Style {
        TITLE(true, 14), CODE(true, 22), HEADING(true, 11), COMPANY(true, 13), BODY(false, 11), SMALL(false, 10);

        final boolean bold;
        final float size;

        Style(boolean bold, float size) {
            this.bold = bold;
            this.size = size;
        }
    }

    private final PDDocument document = new PDDocument();
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream out;
    private float y;

    public PdfText() {
        try {
            this.regular = font("LiberationSans-Regular.ttf");
            this.bold = font("LiberationSans-Bold.ttf");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the PDF fonts", e);
        }
    }

    /** Starts a new A4 page; the next paragraph is written at its top. */
    public PdfText newPage() {
        try {
            closePage();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Leaves vertical space, in points. */
    public PdfText skip(float points) {
        y -= points;
        return this;
    }

    /** Writes a paragraph, wrapped at spaces; continues on a new page when the page is full. */
    public PdfText paragraph(Style style, String text) {
        if (out == null) {
            newPage();
        }
        PDFont font = style.bold ? bold : regular;
        try {
            for (String line : wrap(font, style.size, printable(font, text == null ? "" : text))) {
                if (y - style.size * LEADING < MARGIN) {
                    newPage();
                }
                y -= style.size * LEADING;
                out.beginText();
                out.setFont(font, style.size);
                out.newLineAtOffset(MARGIN, y);
                out.showText(line);
                out.endText();
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The finished document. */
    public byte[] toBytes() {
        try {
            closePage();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            closePage();
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closePage() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    private PDFont font(String file) throws IOException {
        try (InputStream in = PdfText.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IOException("font " + file + " is missing from the bundle");
            }
            return PDType0Font.load(document, in);
        }
    }

    /** The text with every character the font cannot draw as '?' — or as its usual spelling (₽ as «руб.»). */
    private static String printable(PDFont font, String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (drawable(font, ch)) {
                printable.append(Character.isISOControl(cp) ? "?" : ch);
            } else {
                printable.append(cp == RUBLE ? "руб." : "?");
            }
        });
        return printable.toString();
    }

    private static boolean drawable(PDFont font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
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
