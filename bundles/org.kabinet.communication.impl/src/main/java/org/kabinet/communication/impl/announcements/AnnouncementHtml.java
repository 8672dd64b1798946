package org.kabinet.communication.impl.announcements;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The text of an announcement: what staff write, cut down to a safe subset of HTML before it is stored
 * and shown in the cabinet, and the same as plain text for e-mail and SMS.
 *
 * <p>Kept: paragraphs, line breaks, bold, italic, underline, lists, headings h3–h4, quotes and links to
 * http, https and mailto (opened in a new tab, {@code rel="nofollow noopener"}). Everything else goes:
 * scripts, styles, frames, forms and media with their content, other tags keeping their text, every
 * attribute but a link's address. Text without tags becomes paragraphs (at blank lines) and line breaks.
 */
public final class AnnouncementHtml {
    /** Elements removed with everything inside them: their content is code, not text. */
    private static final String DROPPED = "script, style, iframe, frame, frameset, object, embed, applet, noscript, "
            + "template, svg, math, head, title, textarea, select, option, button, input, form, audio, video, canvas, img, picture, link, meta, base";
    private static final String BLOCKS = "p, ul, ol, li, h1, h2, h3, h4, h5, h6, blockquote, div, table, pre, section, article";
    /** Something that looks like a tag: text without one is plain text. */
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>");
    private static final Safelist SAFE = new Safelist()
            .addTags("p", "br", "b", "strong", "i", "em", "u", "ul", "ol", "li", "h3", "h4", "blockquote", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .addEnforcedAttribute("a", "target", "_blank");

    private AnnouncementHtml() {
    }

    /** The safe HTML of what staff wrote (empty for null). */
    public static String sanitise(String input) {
        if (input == null || input.isBlank()) {
            return "";
        }
        String html = TAG.matcher(input).find() ? input : paragraphs(input);
        Document dirty = Jsoup.parseBodyFragment(html);
        dirty.select(DROPPED).remove();
        // Headings of other levels become the two allowed ones; a div becomes a paragraph unless it holds blocks.
        dirty.select("h1, h2").tagName("h3");
        dirty.select("h5, h6").tagName("h4");
        List<Element> divs = dirty.body().select("div, section, article, pre");
        for (int i = divs.size() - 1; i >= 0; i--) { // innermost first
            Element div = divs.get(i);
            if (div.children().stream().anyMatch(child -> child.is(BLOCKS))) {
                div.unwrap();
            } else {
                div.tagName("p");
            }
        }
        Document clean = new Cleaner(SAFE).clean(dirty);
        // A link whose address was not allowed keeps its words and loses the link.
        for (Element a : clean.select("a")) {
            if (!a.hasAttr("href")) {
                a.unwrap();
            }
        }
        clean.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        return clean.body().html().strip();
    }

    /** Plain text as HTML: a blank line starts a paragraph, a single line break stays a break. */
    static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\\n\\s*\\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            String[] lines = paragraph.strip().split("\\n");
            html.append("<p>");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.append("<br>");
                }
                html.append(Entities.escape(lines[i].strip()));
            }
            html.append("</p>");
        }
        return html.toString();
    }

    /** The words people see (for the "not empty" check). */
    public static String visibleText(String safeHtml) {
        return Jsoup.parseBodyFragment(safeHtml == null ? "" : safeHtml).text().strip();
    }

    /**
     * The announcement as plain text for a letter or an SMS: paragraphs, headings and quotes separated by a
     * blank line, list items on their own lines as «— …», links as «text (address)».
     */
    public static String plainText(String safeHtml) {
        PlainText out = new PlainText();
        for (Node node : Jsoup.parseBodyFragment(safeHtml == null ? "" : safeHtml).body().childNodes()) {
            out.render(node);
        }
        return out.result();
    }

    /** Walks the safe subset; inline whitespace collapses as a browser would. */
    private static final class PlainText {
        private final StringBuilder text = new StringBuilder();

        void render(Node node) {
            if (node instanceof TextNode t) {
                inline(t.text());
            } else if (node instanceof Element e) {
                switch (e.normalName()) {
                    case "br" -> lineBreak();
                    case "p", "h3", "h4", "blockquote", "ul", "ol" -> {
                        blockBreak();
                        children(e);
                        blockBreak();
                    }
                    case "li" -> {
                        lineBreak();
                        text.append("— ");
                        children(e);
                        lineBreak();
                    }
                    case "a" -> link(e);
                    default -> children(e);
                }
            }
        }

        private void children(Element e) {
            for (Node child : e.childNodes()) {
                render(child);
            }
        }

        private void link(Element a) {
            String href = a.attr("href");
            int before = text.length();
            children(a);
            String words = text.substring(before).strip();
            String address = href.startsWith("mailto:") ? href.substring("mailto:".length()) : href;
            if (href.isEmpty() || words.equals(address) || words.equals(href)) {
                return;
            }
            if (words.isEmpty()) {
                inline(address);
            } else {
                inline(" (" + address + ")");
            }
        }

        private void inline(String words) {
            String collapsed = words.replaceAll("\\s+", " ");
            if (collapsed.isEmpty()) {
                return;
            }
            boolean lineStart = text.length() == 0 || text.charAt(text.length() - 1) == '\n'
                    || endsWith("— ") && text.length() >= 2 && (text.length() == 2 || text.charAt(text.length() - 3) == '\n');
            if (lineStart || text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                collapsed = collapsed.stripLeading();
            }
            text.append(collapsed);
        }

        private boolean endsWith(String s) {
            return text.length() >= s.length() && text.substring(text.length() - s.length()).equals(s);
        }

        private void lineBreak() {
            trimTrailingSpaces();
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
        }

        private void blockBreak() {
            trimTrailingSpaces();
            if (text.length() == 0) {
                return;
            }
            while (!endsWith("\n\n")) {
                text.append('\n');
            }
        }

        private void trimTrailingSpaces() {
            while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
        }

        String result() {
            return text.toString().replaceAll("(?m)[ \\t]+$", "").replaceAll("\\n{3,}", "\n\n").strip();
        }
    }
}
