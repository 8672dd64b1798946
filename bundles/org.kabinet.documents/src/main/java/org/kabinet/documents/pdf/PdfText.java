package org.kabinet.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A PDF of A4 pages written top-down in Liberation Sans (embedded, full Cyrillic, SIL Open Font
 * License): wrapped paragraphs, tables with right-aligned number columns whose header repeats on every
 * page, thin rules, a QR code drawn as vector squares, and an optional footer with page numbers. Whatever
 * does not fit goes on to a new page. A character the font cannot draw (a control character, an exotic
 * symbol) is printed as {@code ?} instead of failing the document; the rouble sign, which Liberation Sans
 * lacks, as «руб.». Black on white, so it prints well in black and white.
 *
 * <pre>{@code
 * try (PdfText pdf = new PdfText()) {
 *     pdf.newPage();
 *     pdf.paragraph(PdfText.Style.TITLE, "Выписка из лицевого счёта");
 *     PdfText.Table table = pdf.table(PdfText.Column.left(0), PdfText.Column.right(80));
 *     table.header("Услуга", "Сумма, руб.").row("Наём жилого помещения", "1 234,56");
 *     return pdf.toBytes();
 * }
 * }</pre>
 *
 * Not thread-safe: one instance writes one document. The font files and their glyph widths are read once
 * per JVM; the fonts themselves are embedded (as subsets of the glyphs used) per document.
 */
public final class PdfText implements AutoCloseable {
    private static final float DEFAULT_MARGIN = 60;
    private static final float LEADING = 1.35f;
    private static final float CELL_PADDING_X = 3;
    private static final float CELL_PADDING_Y = 1.5f;
    private static final float THIN = 0.4f;
    private static final float STRONG = 0.8f;
    private static final int RUBLE = 0x20BD;
    private static final String REGULAR = "LiberationSans-Regular.ttf";
    private static final String BOLD = "LiberationSans-Bold.ttf";
    private static final Map<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();
    private static final Map<String, float[]> GLYPH_WIDTHS = new ConcurrentHashMap<>();

    /** Type styles: the font's weight and size in points. */
    public enum Style {
        TITLE(true, 14), CODE(true, 22), HEADING(true, 11), COMPANY(true, 13), BODY(false, 11), SMALL(false, 10),
        /** A table cell, and compact text beside a table. */
        CELL(false, 8.5f),
        /** A table's header, a group heading, a total. */
        CELL_BOLD(true, 8.5f),
        /** Captions, requisites, the page footer. */
        NOTE(false, 7.5f);

        final boolean bold;
        final float size;

        Style(boolean bold, float size) {
            this.bold = bold;
            this.size = size;
        }
    }

    /** How a table column aligns its text: words left, numbers right. */
    public enum Align { LEFT, RIGHT }

    /**
     * A table column: its width in points, or 0 for a column that takes the width the others leave
     * (shared equally when several do).
     */
    public record Column(float width, Align align) {
        public static Column left(float width) {
            return new Column(width, Align.LEFT);
        }

        public static Column right(float width) {
            return new Column(width, Align.RIGHT);
        }
    }

    /** A paragraph of a given style, for {@link #qrCode}. */
    public record Text(Style style, String text) {
    }

    private final PDDocument document = new PDDocument();
    private final List<TrueTypeFont> fontFiles = new ArrayList<>(2);
    private final float margin;
    private final float width;
    private final Face regular;
    private final Face bold;
    private PDPageContentStream out;
    private float y;
    private String footer;
    private boolean footersDrawn;

    /** A document with 60 pt margins (about 21 mm): letters. */
    public PdfText() {
        this(DEFAULT_MARGIN);
    }

    /** A document with the given page margins in points (40 pt, about 14 mm, suits dense statements). */
    public PdfText(float margin) {
        this.margin = margin;
        this.width = PDRectangle.A4.getWidth() - 2 * margin;
        try {
            this.regular = face(REGULAR);
            this.bold = face(BOLD);
        } catch (IOException e) {
            UncheckedIOException failure = new UncheckedIOException("cannot load the PDF fonts", e);
            try {
                close();
            } catch (UncheckedIOException closing) {
                failure.addSuppressed(closing);
            }
            throw failure;
        }
    }

    /** Starts a new A4 page; the next paragraph is written at its top. */
    public PdfText newPage() {
        try {
            closePage();
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            out = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - margin;
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

    /** Starts a new page unless {@code points} of height are left on this one: keeps a block together. */
    public PdfText keep(float points) {
        if (out == null || y - points < margin) {
            newPage();
        }
        return this;
    }

    /** Writes a paragraph, wrapped at spaces; continues on a new page when the page is full. */
    public PdfText paragraph(Style style, String text) {
        page();
        Face face = face(style);
        for (String line : face.wrap(face.printable(text), style.size, width)) {
            if (y - style.size * LEADING < margin) {
                newPage();
            }
            y -= style.size * LEADING;
            show(face, style.size, margin, y, line);
        }
        return this;
    }

    /** Draws a thin rule across the page under what was written last. */
    public PdfText rule() {
        page();
        y -= 3;
        stroke(margin, margin + width, y, THIN);
        y -= 3;
        return this;
    }

    /** Starts a table across the page width; write its header and rows through the returned object. */
    public Table table(Column... columns) {
        page();
        return new Table(columns);
    }

    /**
     * Draws a QR code at the left margin: {@code modules[row][column]}, {@code true} for a dark module,
     * as black squares {@code size} points wide (vector: crisp in print), with {@code caption} centred
     * under it and {@code beside} written to its right. Give the matrix without a quiet zone: the
     * drawing keeps four modules clear around it. The block moves to a new page when it does not fit.
     */
    public PdfText qrCode(boolean[][] modules, float size, String caption, Text... beside) {
        float module = size / modules.length;
        float quiet = 4 * module;
        float captionHeight = caption == null || caption.isEmpty() ? 0 : Style.NOTE.size * LEADING + 2;
        float besideX = margin + quiet + size + quiet + 4;
        float besideWidth = margin + width - besideX;
        List<List<String>> besideLines = new ArrayList<>();
        float besideHeight = 0;
        for (Text text : beside) {
            Face face = face(text.style());
            List<String> lines = face.wrap(face.printable(text.text()), text.style().size, besideWidth);
            besideLines.add(lines);
            besideHeight += lines.size() * text.style().size * LEADING;
        }
        float height = Math.max(quiet + size + captionHeight + quiet, besideHeight + quiet);
        keep(height);
        float top = y - quiet;
        float left = margin + quiet;
        try {
            for (int row = 0; row < modules.length; row++) {
                int column = 0;
                while (column < modules[row].length) {
                    if (!modules[row][column]) {
                        column++;
                        continue;
                    }
                    int start = column;
                    while (column < modules[row].length && modules[row][column]) {
                        column++;
                    }
                    // a run of dark modules as one rectangle: a smaller file, and no seams between squares
                    out.addRect(left + start * module, top - (row + 1) * module, (column - start) * module, module);
                }
            }
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (captionHeight > 0) {
            String text = regular.printable(caption);
            float captionWidth = regular.width(text, Style.NOTE.size);
            show(regular, Style.NOTE.size, left + (size - captionWidth) / 2, top - size - quiet / 2 - Style.NOTE.size, text);
        }
        float lineY = top;
        for (int i = 0; i < beside.length; i++) {
            Style style = beside[i].style();
            for (String line : besideLines.get(i)) {
                lineY -= style.size * LEADING;
                show(face(style), style.size, besideX, lineY, line);
            }
        }
        y -= height;
        return this;
    }

    /**
     * Puts {@code text} and «стр. N из M» at the foot of every page of the finished document (drawn by
     * {@link #toBytes()}, when the number of pages is known).
     */
    public PdfText footer(String text) {
        this.footer = text == null ? "" : text;
        return this;
    }

    /** The finished document. */
    public byte[] toBytes() {
        try {
            closePage();
            drawFooters();
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
            for (TrueTypeFont ttf : fontFiles) {
                ttf.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rows under a header, in columns; a row wraps its cells and moves whole to a new page, where the
     * header is repeated. Text in a {@link Align#RIGHT} column is right-aligned: amounts line up.
     */
    public final class Table {
        private final Column[] columns;
        private final float[] widths;
        private String[] header;
        private boolean ruled = true;

        private Table(Column[] columns) {
            this.columns = columns.clone();
            this.widths = new float[columns.length];
            float fixed = 0;
            int fills = 0;
            for (Column column : columns) {
                fixed += column.width();
                fills += column.width() == 0 ? 1 : 0;
            }
            for (int i = 0; i < columns.length; i++) {
                widths[i] = columns[i].width() == 0 ? (width - fixed) / Math.max(1, fills) : columns[i].width();
            }
        }

        /** Writes the header (bold, between rules); it is repeated at the top of each further page. */
        public Table header(String... titles) {
            this.header = titles.clone();
            List<List<String>> cells = layout(Style.CELL_BOLD, header);
            if (y - height(Style.CELL_BOLD, cells) - 2 * singleRow(Style.CELL) < margin) {
                newPage();
            }
            drawHeader();
            return this;
        }

        /** Writes a row in {@link Style#CELL}: one text per column (null or "" for an empty cell). */
        public Table row(String... cells) {
            return row(Style.CELL, cells);
        }

        /** Writes a row in the given style, e.g. {@link Style#CELL_BOLD} for a total. */
        public Table row(Style style, String... cells) {
            List<List<String>> lines = layout(style, cells);
            float height = height(style, lines);
            fit(height);
            drawCells(style, lines, height);
            ruled = false;
            return this;
        }

        /**
         * Writes a bold heading across the whole table, e.g. a month, with a rule above it and
         * {@code right} right-aligned; it is never left alone at the foot of a page.
         */
        public Table heading(String left, String right) {
            // the heading and at least two rows of its group, or a new page
            fit(2 + singleRow(Style.CELL_BOLD) + 2 * singleRow(Style.CELL));
            if (!ruled) {
                stroke(margin, margin + width, y, THIN);
            }
            y -= 2;
            span(Style.CELL_BOLD, left, right);
            ruled = true;
            return this;
        }

        /** Writes {@code left} and {@code right} across the whole table, e.g. a balance under a group's rows. */
        public Table span(Style style, String left, String right) {
            Face face = face(style);
            String rightText = face.printable(right);
            float rightWidth = face.width(rightText, style.size);
            List<String> lines = face.wrap(face.printable(left), style.size,
                    width - 2 * CELL_PADDING_X - rightWidth - (rightWidth > 0 ? 12 : 0));
            float height = Math.max(1, lines.size()) * style.size * LEADING + 2 * CELL_PADDING_Y;
            fit(height);
            float baseline = y - CELL_PADDING_Y - style.size;
            for (String line : lines) {
                show(face, style.size, margin + CELL_PADDING_X, baseline, line);
                baseline -= style.size * LEADING;
            }
            show(face, style.size, margin + width - CELL_PADDING_X - rightWidth, y - CELL_PADDING_Y - style.size, rightText);
            y -= height;
            ruled = false;
            return this;
        }

        /** Draws a thin rule under the last row. */
        public Table rule() {
            stroke(margin, margin + width, y, THIN);
            y -= 1;
            ruled = true;
            return this;
        }

        private void fit(float height) {
            if (y - height < margin) {
                newPage();
                if (header != null) {
                    drawHeader();
                }
            }
        }

        private void drawHeader() {
            List<List<String>> cells = layout(Style.CELL_BOLD, header);
            stroke(margin, margin + width, y, STRONG);
            y -= 1;
            drawCells(Style.CELL_BOLD, cells, height(Style.CELL_BOLD, cells));
            stroke(margin, margin + width, y, THIN);
            y -= 1;
            ruled = true;
        }

        /** Each cell's text, wrapped to its column. */
        private List<List<String>> layout(Style style, String[] cells) {
            if (cells.length != columns.length) {
                throw new IllegalArgumentException(columns.length + " cells expected, got " + cells.length);
            }
            Face face = face(style);
            List<List<String>> lines = new ArrayList<>(cells.length);
            for (int i = 0; i < cells.length; i++) {
                lines.add(face.wrap(face.printable(cells[i]), style.size, widths[i] - 2 * CELL_PADDING_X));
            }
            return lines;
        }

        private float height(Style style, List<List<String>> cells) {
            int lines = 1;
            for (List<String> cell : cells) {
                lines = Math.max(lines, cell.size());
            }
            return lines * style.size * LEADING + 2 * CELL_PADDING_Y;
        }

        private void drawCells(Style style, List<List<String>> cells, float height) {
            Face face = face(style);
            float x = margin;
            for (int i = 0; i < columns.length; i++) {
                float baseline = y - CELL_PADDING_Y - style.size;
                for (String line : cells.get(i)) {
                    float textX = columns[i].align() == Align.RIGHT
                            ? x + widths[i] - CELL_PADDING_X - face.width(line, style.size)
                            : x + CELL_PADDING_X;
                    show(face, style.size, textX, baseline, line);
                    baseline -= style.size * LEADING;
                }
                x += widths[i];
            }
            y -= height;
        }
    }

    private void closePage() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    private void page() {
        if (out == null) {
            newPage();
        }
    }

    private Face face(Style style) {
        return style.bold ? bold : regular;
    }

    private static float singleRow(Style style) {
        return style.size * LEADING + 2 * CELL_PADDING_Y;
    }

    private void show(Face face, float size, float x, float baseline, String text) {
        if (text.isEmpty()) {
            return;
        }
        try {
            out.beginText();
            out.setFont(face.font, size);
            out.newLineAtOffset(x, baseline);
            out.showText(text);
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stroke(float fromX, float toX, float atY, float lineWidth) {
        try {
            out.setLineWidth(lineWidth);
            out.moveTo(fromX, atY);
            out.lineTo(toX, atY);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void drawFooters() throws IOException {
        if (footer == null || footersDrawn) {
            return;
        }
        footersDrawn = true;
        int pages = document.getNumberOfPages();
        String text = regular.printable(footer);
        float size = Style.NOTE.size;
        float baseline = margin / 2;
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream stream = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = stream;
                String number = "стр. " + (i + 1) + " из " + pages;
                stroke(margin, margin + width, baseline + size + 3, THIN);
                show(regular, size, margin, baseline, text);
                show(regular, size, margin + width - regular.width(number, size), baseline, number);
            } finally {
                out = null;
            }
        }
    }

    private Face face(String file) throws IOException {
        // tables parsed when first used: a document needs a few of them, and parsing all costs milliseconds
        TrueTypeFont ttf = new TTFParser(false, true).parse(new ByteArrayInputStream(fontFile(file)));
        fontFiles.add(ttf);
        PDType0Font font = PDType0Font.load(document, ttf, true);
        return new Face(font, GLYPH_WIDTHS.computeIfAbsent(file, f -> unknownWidths()));
    }

    /** The TTF file's bytes, read from the bundle once per JVM. */
    private static byte[] fontFile(String file) throws IOException {
        byte[] bytes = FONT_FILES.get(file);
        if (bytes == null) {
            try (InputStream in = PdfText.class.getResourceAsStream("fonts/" + file)) {
                if (in == null) {
                    throw new IOException("font " + file + " is missing from the bundle");
                }
                bytes = in.readAllBytes();
            }
            FONT_FILES.putIfAbsent(file, bytes);
        }
        return bytes;
    }

    private static float[] unknownWidths() {
        float[] widths = new float[0x10000];
        Arrays.fill(widths, Float.NaN);
        return widths;
    }

    /**
     * A font of this document with the glyph widths of its file, shared by every document: measuring
     * text is most of the work of laying out a table.
     */
    private static final class Face {
        private static final float MISSING = -1;
        private final PDFont font;
        // by BMP code point, in 1/1000 em; NaN: not measured yet, MISSING: the font cannot draw it
        private final float[] widths;

        Face(PDFont font, float[] widths) {
            this.font = font;
            this.widths = widths;
        }

        /** The text with every character the font cannot draw as '?' — or as its usual spelling (₽ as «руб.»). */
        String printable(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder printable = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (cp == '\n' || cp == '\t') {
                    printable.append(' ');
                } else if (Character.isISOControl(cp)) {
                    printable.append('?');
                } else if (glyphWidth(cp) != MISSING) {
                    printable.appendCodePoint(cp);
                } else {
                    printable.append(cp == RUBLE ? "руб." : "?");
                }
            });
            return printable.toString();
        }

        /** The width in points of printable text. */
        float width(String text, float size) {
            float width = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                width += glyphWidth(cp);
                i += Character.charCount(cp);
            }
            return width / 1000 * size;
        }

        /** Lines of at most {@code lineWidth} points, broken at spaces; a word longer than a line is broken where it must. */
        List<String> wrap(String text, float size, float lineWidth) {
            List<String> lines = new ArrayList<>();
            float space = width(" ", size);
            StringBuilder line = new StringBuilder();
            float lineSoFar = 0;
            for (String word : text.split(" ")) {
                for (String piece : pieces(word, size, lineWidth)) {
                    float pieceWidth = width(piece, size);
                    if (line.length() > 0 && lineSoFar + space + pieceWidth > lineWidth) {
                        lines.add(line.toString());
                        line.setLength(0);
                        lineSoFar = 0;
                    }
                    if (line.length() > 0) {
                        line.append(' ');
                        lineSoFar += space;
                    }
                    line.append(piece);
                    lineSoFar += pieceWidth;
                }
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            return lines;
        }

        private List<String> pieces(String word, float size, float lineWidth) {
            if (word.length() < 2 || width(word, size) <= lineWidth) {
                return List.of(word);
            }
            List<String> pieces = new ArrayList<>();
            int start = 0;
            for (int end = 1; end <= word.length(); end++) {
                if (end - start > 1 && width(word.substring(start, end), size) > lineWidth) {
                    pieces.add(word.substring(start, end - 1));
                    start = end - 1;
                }
            }
            pieces.add(word.substring(start));
            return pieces;
        }

        private float glyphWidth(int cp) {
            if (cp < widths.length) {
                float known = widths[cp];
                if (!Float.isNaN(known)) {
                    return known;
                }
            }
            float measured;
            try {
                measured = font.getStringWidth(new String(Character.toChars(cp)));
            } catch (IOException | IllegalArgumentException e) {
                measured = MISSING;
            }
            if (cp < widths.length) {
                // a race only writes the same value twice
                widths[cp] = measured;
            }
            return measured;
        }
    }
}
