package org.kabinet.communication.impl.announcements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.Importance;
import org.kabinet.notifications.api.SmsRequest;

class AnnouncementTextsTest {

    @Test
    void subjectsSayWhenItIsUrgent() {
        assertEquals("Объявление: Собрание жильцов", AnnouncementTexts.subject("Собрание жильцов", Importance.NORMAL));
        assertEquals("Срочное объявление: Прорыв трубы", AnnouncementTexts.subject("Прорыв трубы", Importance.URGENT));
    }

    @Test
    void theLetterIsThePlainTextWithAWordAboutTheFileAndTheLink() {
        String letter = AnnouncementTexts.letter("Собрание", "<p>В субботу в 12:00.</p><ul><li>Двор</li></ul>",
                new AttachmentInfo("f1", "повестка.pdf", "application/pdf", 100), "https://kabinet.example/");
        assertEquals("""
                Собрание

                В субботу в 12:00.

                — Двор

                К объявлению приложен файл «повестка.pdf» — откройте его в личном кабинете.

                Объявление в личном кабинете: https://kabinet.example/#!announcements""", letter);
        assertTrue(AnnouncementTexts.letter("T", "<p>x</p>", null, "https://k.example").endsWith("https://k.example/#!announcements"));
    }

    @Test
    void anSmsNamesTheCompanyAndTheTitle() {
        assertEquals("УК Жилище: Прорыв трубы на ул. Мира. Подробнее в личном кабинете",
                AnnouncementTexts.sms("УК Жилище", "Прорыв трубы на ул. Мира", 2));
        assertEquals("УК Жилище: Нет воды! Подробнее в личном кабинете", AnnouncementTexts.sms("УК Жилище", "Нет воды!", 2));
    }

    @Test
    void aLongTitleIsCutToFitTheParts() {
        String title = "Аварийное отключение холодного и горячего водоснабжения в домах по улице Мира с 5 по 55 в связи с "
                + "прорывом магистрального трубопровода";
        String two = AnnouncementTexts.sms("УК Жилище", title, 2);
        assertTrue(SmsRequest.segments(two) <= 2, two);
        assertTrue(two.startsWith("УК Жилище: Аварийное отключение"), two);
        assertTrue(two.endsWith("…. Подробнее в личном кабинете") || two.endsWith("… Подробнее в личном кабинете"), two);
        String one = AnnouncementTexts.sms("УК Жилище", title, 1);
        assertTrue(SmsRequest.segments(one) <= 1, one);
        assertTrue(one.length() <= 70);
    }

    @Test
    void aVeryLongCompanyNameGoesBeforeTheTitleIsLost() {
        String company = "Общество с ограниченной ответственностью «Управляющая компания Жилищный комфорт»";
        String sms = AnnouncementTexts.sms(company, "Прорыв трубы на улице Мира", 1);
        assertEquals("Прорыв трубы на улице Мира. Подробнее в личном кабинете", sms);
    }
}
