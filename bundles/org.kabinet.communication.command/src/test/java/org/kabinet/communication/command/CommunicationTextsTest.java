package org.kabinet.communication.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.communication.api.Audience;
import org.kabinet.communication.api.AudienceKind;
import org.kabinet.communication.api.Importance;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.kernel.error.NotFoundException;

class CommunicationTextsTest {
    @Test
    void sizesAreSaidAsAFileManagerSaysThem() {
        assertEquals("512 Б", CommunicationTexts.size(512));
        assertEquals("340 КБ", CommunicationTexts.size(340 * 1024));
        assertEquals("2,4 МБ", CommunicationTexts.size(2_516_582));
        assertEquals("10 МБ", CommunicationTexts.size(10L * 1024 * 1024));
    }

    @Test
    void statusesImportanceAndAudiencesAreThePortalsWords() {
        assertEquals("В работе", CommunicationTexts.status(ThreadStatus.IN_PROGRESS));
        assertEquals("срочное", CommunicationTexts.importance(Importance.URGENT, false));
        assertEquals("обычное", CommunicationTexts.importance(Importance.NORMAL, true), "only an urgent one can be an emergency");
        assertEquals("городу surgut", CommunicationTexts.audience(new Audience(AudienceKind.CITY, "surgut", null, null)));
        assertEquals("списку счетов (2)", CommunicationTexts.audience(new Audience(AudienceKind.ACCOUNTS, null, null, List.of("1", "2"))));
    }

    @Test
    void anErrorIsEnglishAndACodeNoCatalogKnowsIsAGeneralSentence() {
        assertEquals("No such thread",
                CommunicationTexts.error(List.of(Console.CATALOG), new NotFoundException("communication.thread.notFound")));
        assertEquals("The request could not be completed", CommunicationTexts.error(List.of(), new NotFoundException("communication.other")));
    }
}
