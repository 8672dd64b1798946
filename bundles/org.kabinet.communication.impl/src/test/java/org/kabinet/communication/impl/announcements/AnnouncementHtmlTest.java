package org.kabinet.communication.impl.announcements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnnouncementHtmlTest {

    private static String clean(String html) {
        return AnnouncementHtml.sanitise(html);
    }

    @Test
    void scriptsAndStylesGoWithTheirContent() {
        assertEquals("<p>Вода будет</p>", clean("<p>Вода будет</p><script>alert('x')</script><style>p{color:red}</style>"));
        assertEquals("<p>ab</p>", clean("<p>a<script type=\"text/javascript\">document.cookie</script>b</p>"));
        assertEquals("<p>Текст</p>", clean("<p>Текст</p><SCRIPT SRC=//evil.example/x.js></SCRIPT>"));
        assertEquals("", clean("<script>alert(1)</script>"));
    }

    @Test
    void eventHandlersAndStyleAttributesAreRemoved() {
        assertEquals("<p>Клик</p>", clean("<p onclick=\"alert(1)\" style=\"color:red\" class=\"x\" id=\"y\">Клик</p>"));
        assertEquals("<b>жирно</b>", clean("<b onmouseover=alert(1)>жирно</b>"));
        assertEquals("", clean("<img src=x onerror=alert(1)>"));
        assertEquals("<p>до после</p>", clean("<p>до <svg onload=alert(1)><circle/></svg>после</p>"));
    }

    @Test
    void javascriptAndOtherLinksLoseTheLinkButKeepTheWords() {
        assertEquals("<p>нажми</p>", clean("<p><a href=\"javascript:alert(1)\">нажми</a></p>"));
        assertEquals("<p>нажми</p>", clean("<p><a href=\"JaVaScRiPt:alert(1)\">нажми</a></p>"));
        assertEquals("<p>нажми</p>", clean("<p><a href=\"&#106;avascript:alert(1)\">нажми</a></p>"));
        assertEquals("<p>нажми</p>", clean("<p><a href=\"data:text/html,<script>alert(1)</script>\">нажми</a></p>"));
        assertEquals("<p>нажми</p>", clean("<p><a href=\"/relative\">нажми</a></p>"));
        assertEquals("<p>нажми</p>", clean("<p><a href=\"ftp://files.example\">нажми</a></p>"));
    }

    @Test
    void allowedLinksOpenInANewTabWithoutReferrerPower() {
        assertEquals("<p><a href=\"https://gosuslugi.ru/\" rel=\"nofollow noopener\" target=\"_blank\">Госуслуги</a></p>",
                clean("<p><a href=\"https://gosuslugi.ru/\" target=\"_self\" rel=\"opener\" onclick=\"x()\">Госуслуги</a></p>"));
        assertEquals("<a href=\"mailto:uk@example.org\" rel=\"nofollow noopener\" target=\"_blank\">почта</a>",
                clean("<a href=\"mailto:uk@example.org\">почта</a>"));
        assertTrue(clean("<a href=\"http://example.org\">x</a>").startsWith("<a href=\"http://example.org\""));
    }

    @Test
    void framesFormsAndMediaAreRemoved() {
        assertEquals("<p>Текст</p>", clean("<p>Текст</p><iframe src=\"https://evil.example\">внутри</iframe>"));
        assertEquals("<p>Текст</p>", clean("<p>Текст</p><object data=\"x.swf\"></object><embed src=\"x.swf\">"));
        assertEquals("<p>Текст</p>", clean("<p>Текст</p><form action=\"https://evil.example\"><input name=p><button>OK</button></form>"));
        assertEquals("<p>Текст</p>", clean("<p>Текст<img src=\"https://example.org/a.png\"></p>"));
    }

    @Test
    void allowedFormattingIsKept() {
        String html = "<h3>Отключение воды</h3><p><b>12 мая</b> с <strong>10:00</strong> до <i>18:00</i>, <em>горячая</em> и "
                + "<u>холодная</u>.<br>Адреса:</p><ul><li>ул. Мира, д. 5</li><li>ул. Мира, д. 7</li></ul>"
                + "<ol><li>раз</li></ol><h4>Подробности</h4><blockquote>Цитата</blockquote>";
        assertEquals(html, clean(html));
    }

    @Test
    void otherTagsGoTheirWordsStay() {
        assertEquals("<p>крупно</p><h3>Заголовок</h3>", clean("<p><span style=\"font-size:40px\"><font color=red>крупно</font></span></p><h1>Заголовок</h1>"));
        assertEquals("<h4>мелко</h4>", clean("<h6>мелко</h6>"));
        assertEquals("<p>раз</p><p>два</p>", clean("<div>раз</div><div>два</div>"));
        assertEquals("<p>раз</p><ul><li>x</li></ul>", clean("<div><p>раз</p><ul><li>x</li></ul></div>"));
        assertEquals("<p>1 &lt; 2</p>", clean("<p>1 &lt; 2</p>"));
    }

    @Test
    void plainTextBecomesParagraphsAndBreaks() {
        assertEquals("<p>Уважаемые жители!</p><p>12 мая нет воды.<br>С 10:00 до 18:00.</p>",
                clean("Уважаемые жители!\n\n12 мая нет воды.\nС 10:00 до 18:00.\n"));
        assertEquals("<p>a</p><p>b</p>", clean("a\r\n   \r\nb"));
        assertEquals("<p>1 &lt; 2 &amp; 3 &gt; 2</p>", clean("1 < 2 & 3 > 2"), "no tag: the signs are text");
        assertEquals("", clean("   "));
        assertEquals("", clean(null));
    }

    @Test
    void visibleTextTellsAnEmptyAnnouncement() {
        assertEquals("", AnnouncementHtml.visibleText(clean("<p> </p><script>x</script><br>")));
        assertFalse(AnnouncementHtml.visibleText(clean("<p>x</p>")).isEmpty());
    }

    @Test
    void plainTextForLettersAndSms() {
        String html = clean("<h3>Отключение воды</h3><p><b>12 мая</b>   с 10:00\n до 18:00.<br>Адреса:</p>"
                + "<ul><li>ул. Мира, д. 5</li><li>ул. <i>Мира</i>, д. 7</li></ul>"
                + "<p>Подробнее на <a href=\"https://example.org/voda\">сайте</a> и по почте "
                + "<a href=\"mailto:uk@example.org\">uk@example.org</a>, ссылка <a href=\"https://example.org\">https://example.org</a>.</p>"
                + "<blockquote>Приносим извинения</blockquote>");
        assertEquals("""
                Отключение воды

                12 мая с 10:00 до 18:00.
                Адреса:

                — ул. Мира, д. 5
                — ул. Мира, д. 7

                Подробнее на сайте (https://example.org/voda) и по почте uk@example.org, ссылка https://example.org.

                Приносим извинения""", AnnouncementHtml.plainText(html));
    }

    @Test
    void plainTextOfPlainTextComesBack() {
        String text = "Уважаемые жители!\n\n12 мая нет воды.\nС 10:00 до 18:00.";
        assertEquals(text, AnnouncementHtml.plainText(clean(text)));
    }
}
