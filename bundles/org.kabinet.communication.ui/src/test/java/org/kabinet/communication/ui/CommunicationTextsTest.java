package org.kabinet.communication.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kabinet.communication.api.Audience;
import org.kabinet.communication.api.AudienceKind;
import org.kabinet.communication.api.AudienceSize;
import org.kabinet.communication.api.AuthorKind;
import org.kabinet.communication.api.Importance;
import org.kabinet.communication.api.Post;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.ThreadSummary;
import org.kabinet.communication.api.Topic;

class CommunicationTextsTest {
    private static final Messages RU = new Messages(Locale.forLanguageTag("ru"));
    private static final Messages EN = new Messages(Locale.ENGLISH);

    @Test
    void timesReadInThePortalsZone() {
        assertEquals("25.11.2026 14:03", CommunicationTexts.when(Fakes.NOW, Fakes.ZONE));
        assertEquals("26.11.2026", CommunicationTexts.day(Instant.parse("2026-11-25T20:00:00Z"), Fakes.ZONE));
        assertEquals("—", CommunicationTexts.when(null, Fakes.ZONE));
    }

    @Test
    void statusesAndTopicsAreWordsMatchingTheApi() {
        for (ThreadStatus status : ThreadStatus.values()) {
            assertEquals(status.russian(), CommunicationTexts.status(status, RU).toLowerCase(RU.locale()));
        }
        for (Topic topic : Topic.values()) {
            assertEquals(topic.russian(), CommunicationTexts.topic(topic, RU));
        }
        assertEquals("Answered", CommunicationTexts.status(ThreadStatus.ANSWERED, EN));
        assertEquals("срочное, аварийное", CommunicationTexts.importance(Importance.URGENT, true, RU));
        assertEquals("обычное", CommunicationTexts.importance(Importance.NORMAL, true, RU));
    }

    @Test
    void sizesReadAsAFileManagerSaysThem() {
        assertEquals("512 Б", CommunicationTexts.size(512, RU));
        assertEquals("340 КБ", CommunicationTexts.size(340 * 1024, RU));
        assertEquals("1,2 МБ", CommunicationTexts.size(1_258_291, RU));
        assertEquals("1.2 MB", CommunicationTexts.size(1_258_291, EN));
    }

    @Test
    void theAudienceSizeIsOneSentence() {
        assertEquals("счетов: 12, жильцов: 9, с подтверждённым телефоном: 4", CommunicationTexts.audienceSize(new AudienceSize(12, 9, 4), RU));
        Map<String, String> cities = Map.of("surgut", "Сургут");
        assertEquals("дому: Сургут, ул. Мира, д. 5",
                CommunicationTexts.audience(new Audience(AudienceKind.BUILDING, "surgut", "ул. Мира, д. 5", List.of()), cities::get, RU));
        assertEquals("списку счетов (2)",
                CommunicationTexts.audience(new Audience(AudienceKind.ACCOUNTS, null, null, List.of("1", "2")), cities::get, RU));
        assertEquals("всем", CommunicationTexts.audience(Audience.everyone(), cities::get, RU));
    }

    @Test
    void aThreadNumberBecomesAPlainElementId() {
        assertEquals("2026-00042", CommunicationTexts.numberId("О-2026-00042"));
        assertEquals("x", CommunicationTexts.numberId(null));
    }

    @Test
    void theTenantSeesYouAndTheCompanyStaffSeeWhoExactly() {
        Post mine = new Post("p", AuthorKind.TENANT, "ivanov@example.ru", "t", Fakes.NOW, false, List.of());
        Post answer = new Post("p", AuthorKind.STAFF, "Петрова", "t", Fakes.NOW, false, List.of());
        Post note = new Post("p", AuthorKind.STAFF, "Петрова", "t", Fakes.NOW, true, List.of());
        assertEquals("Вы", CommunicationTexts.author(mine, false, RU));
        assertEquals("Управляющая компания · Петрова", CommunicationTexts.author(answer, false, RU));
        assertEquals("Жилец · ivanov@example.ru", CommunicationTexts.author(mine, true, RU));
        assertEquals("Внутренняя заметка · Петрова", CommunicationTexts.author(note, true, RU));
        assertEquals("kabinet-post-mine", PostList.style(mine, false));
        assertEquals("kabinet-post-company", PostList.style(answer, false));
        assertEquals("kabinet-post-mine", PostList.style(answer, true));
        assertEquals("kabinet-post-note", PostList.style(note, true));
    }

    @Test
    void aThreadWithoutAnAccountSaysWhy() {
        ThreadSummary feedback = new ThreadSummary("1", "О-1", Topic.OTHER, ThreadStatus.NEW, null, null, null, "Пётр", "+7 912", "s", null,
                Fakes.NOW, Fakes.NOW, false, 1);
        assertEquals("Обратная связь", CommunicationTexts.threadAccount(feedback, RU));
        assertEquals("Счёт 8600001", CommunicationTexts.threadAccount(Fakes.summary("1", "О-1", ThreadStatus.NEW, false), RU));
        assertEquals("Пётр · +7 912", InboxView.from(feedback));
    }

    @Test
    void contactsBecomeLinksToWriteOrCall() {
        assertEquals("mailto:a@b.ru", CommunicationTexts.contactUrl(" a@b.ru "));
        assertEquals("tel:+79123456789", CommunicationTexts.contactUrl("+7 (912) 345-67-89"));
        assertNull(CommunicationTexts.contactUrl("позвоните"));
        assertEquals("contact", CommunicationTexts.codeTail("communication.feedback.contact"));
    }

    @Test
    void apostrophesSurviveTheFormatting() {
        assertTrue(EN.get("announcements.empty").contains("company's news"));
    }

    @Test
    void everyTextHasItsEnglish() throws IOException {
        assertEquals(keys("messages.properties"), keys("messages_en.properties"));
    }

    private static Set<Object> keys(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = CommunicationTextsTest.class.getResourceAsStream("/org/kabinet/communication/ui/" + file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts.keySet();
    }
}
