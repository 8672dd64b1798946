package org.kabinet.communication.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.Topic;
import org.kabinet.kernel.error.ValidationException;

/** Parsing what comes in, and the JSON that goes out as the API's own Jackson writes it. */
class CommunicationBodiesTest {
    /** As the REST core's JsonProvider configures Jackson: no Java-time module, unknown properties ignored. */
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void enumsByNameCaseAndDashesForgiven() {
        assertEquals(ThreadStatus.IN_PROGRESS, CommunicationBodies.named(ThreadStatus.class, " in-progress ", "status"));
        assertEquals(Topic.DOCUMENTS, CommunicationBodies.named(Topic.class, "Documents", "topic"));
        assertNull(CommunicationBodies.named(Topic.class, " ", "topic"));
    }

    @Test
    void anUnknownNameListsTheChoices() {
        ValidationException e = assertThrows(ValidationException.class, () -> CommunicationBodies.named(ThreadStatus.class, "done", "status"));
        assertEquals("communication.request.choice", e.code());
        assertEquals("status", e.field());
        assertEquals(List.of("done", "NEW, IN_PROGRESS, ANSWERED, CLOSED"), List.of(e.arguments()));
    }

    @Test
    void instantsInUtcOrWithAnOffset() {
        assertEquals(Instant.parse("2026-03-05T10:00:00Z"), CommunicationBodies.instant("2026-03-05T10:00:00Z", "publishAt"));
        assertEquals(Instant.parse("2026-03-05T10:00:00Z"), CommunicationBodies.instant("2026-03-05T15:00+05:00", "publishAt"));
        assertNull(CommunicationBodies.instant("", "publishAt"));
        assertEquals("validUntil", assertThrows(ValidationException.class, () -> CommunicationBodies.instant("2026-03-05", "validUntil")).field());
    }

    @Test
    void aNullFileIdInTheJsonIs422NotANullPointer() throws Exception {
        var reply = json.readValue("{\"text\":\"x\",\"attachmentIds\":[\"f-1\",null]}", CommunicationBodies.ReplyBody.class);
        ValidationException e = assertThrows(ValidationException.class, reply::attachments);
        assertEquals("communication.attachments", e.code());
        var answer = json.readValue("{\"text\":\"x\",\"attachmentIds\":[null]}", CommunicationBodies.AnswerBody.class);
        assertEquals("communication.attachments", assertThrows(ValidationException.class, answer::attachments).code());
        var message = json.readValue("{\"topic\":\"OTHER\",\"text\":\"x\",\"attachmentIds\":[null]}",
                CommunicationBodies.NewMessageBody.class);
        assertEquals("communication.attachments", assertThrows(ValidationException.class, message::toMessage).code());
    }

    @Test
    void aNullAccountNumberReachesTheServiceToBeRefusedThereNotANullPointer() throws Exception {
        var body = json.readValue("{\"kind\":\"ACCOUNTS\",\"accountNumbers\":[\"8600001\",null]}", CommunicationBodies.AudienceBody.class);
        assertEquals(java.util.Arrays.asList("8600001", null), body.toAudience(null).accountNumbers());
    }

    @Test
    void theLimitIsTheApisDefaultWhenLeftOut() {
        assertEquals(0, CommunicationBodies.limit((Integer) null));
        assertEquals(1, CommunicationBodies.limit(-5));
        assertEquals(120, CommunicationBodies.limit(120));
    }

    @Test
    void aThreadIsWrittenWithIsoInstantsAndEnumNames() throws Exception {
        var body = CommunicationBodies.ThreadDetailsBody.of(Samples.details(Samples.summary("t-1", Topic.CHARGES, ThreadStatus.NEW, "tenant-1"),
                "Почему?", false));
        String text = json.writeValueAsString(body);
        assertTrue(text.contains("\"createdAt\":\"2026-03-05T07:15:30Z\""), text);
        assertTrue(text.contains("\"topic\":\"CHARGES\""), text);
        assertTrue(text.contains("\"author\":\"TENANT\""), text);
        assertTrue(text.contains("\"attachments\":[{\"id\":\"f-1\",\"name\":\"счётчик.jpg\",\"contentType\":\"image/jpeg\",\"size\":3}]"), text);
        assertTrue(text.startsWith("{\"summary\":{\"id\":\"t-1\",\"number\":\"О-2026-00042\""), text);
    }

    @Test
    void theUnreadBadgesShape() throws Exception {
        assertEquals("{\"messages\":2,\"announcements\":3}", json.writeValueAsString(new CommunicationBodies.UnreadBody(2, 3)));
        assertEquals("{\"number\":\"О-2026-00042\"}", json.writeValueAsString(new CommunicationBodies.NumberBody("О-2026-00042")));
    }

    @Test
    void announcementsAndRecipientsAreWrittenToo() throws Exception {
        var admin = new FakeAnnouncements();
        String announcement = json.writeValueAsString(CommunicationBodies.AnnouncementBody.of(admin.announcements().get(0)));
        assertTrue(announcement.contains("\"audience\":{\"kind\":\"EVERYONE\",\"cityId\":null,\"building\":null,\"accountNumbers\":[]}"),
                announcement);
        assertTrue(announcement.contains("\"validUntil\":\"2026-04-04T00:00:00Z\""), announcement);
        String recipient = json.writeValueAsString(CommunicationBodies.RecipientBody.of(admin.recipients("a-1").get(0)));
        assertTrue(recipient.contains("\"readAt\":\"2026-03-05T12:00:00Z\""), recipient);
        String tenant = json.writeValueAsString(CommunicationBodies.TenantAnnouncementBody.of(Samples.tenantAnnouncement("a-1", false)));
        assertTrue(tenant.contains("\"publishedAt\":\"2026-03-05T07:15:30Z\""), tenant);
    }

    @Test
    void requestBodiesAreReadFromJsonAndAnUnknownEnumIsNotJacksonsError() throws Exception {
        var message = json.readValue("{\"topic\":\"REPAIR\",\"text\":\"Течёт\",\"attachmentIds\":[\"f-1\"],\"extra\":1}",
                CommunicationBodies.NewMessageBody.class);
        assertEquals(Topic.REPAIR, message.toMessage().topic());
        var wrong = json.readValue("{\"topic\":\"LEAK\",\"text\":\"Течёт\"}", CommunicationBodies.NewMessageBody.class);
        assertEquals("topic", assertThrows(ValidationException.class, wrong::toMessage).field());
        var draft = json.readValue("{\"title\":\"Вода\",\"html\":\"<p>x</p>\",\"audience\":{\"kind\":\"CITY\",\"cityId\":\"surgut\"},"
                + "\"importance\":\"URGENT\",\"emergency\":true,\"validUntil\":\"2026-04-04T00:00:00Z\"}", CommunicationBodies.DraftBody.class)
                .toDraft();
        assertEquals("surgut", draft.audience().cityId());
        assertEquals(List.of(), draft.audience().accountNumbers());
        assertTrue(draft.emergency());
        var answer = json.readValue("{\"text\":\"Ок\",\"internal\":true}", CommunicationBodies.AnswerBody.class);
        assertTrue(answer.isInternal());
        assertEquals(List.of(), answer.attachments());
        assertNull(json.readValue("{\"assignee\":null}", CommunicationBodies.AssigneeBody.class).assignee());
    }

    @Test
    void theContentDispositionEncodesEverythingButSafeCharacters() {
        assertEquals("attachment; filename*=UTF-8''%D0%90%D0%BA%D1%82%20%E2%84%96%205%20%281%29.pdf",
                AttachmentTransfer.contentDisposition("Акт № 5 (1).pdf"));
        assertEquals("attachment; filename*=UTF-8''a%22b%3B%20c%0D%0A.pdf", AttachmentTransfer.contentDisposition("a\"b; c\r\n.pdf"),
                "quotes, semicolons and line breaks cannot break out of the header");
        assertEquals("attachment; filename*=UTF-8''attachment", AttachmentTransfer.contentDisposition(" "));
        assertEquals("attachment; filename*=UTF-8''plan-2026_v1.png", AttachmentTransfer.contentDisposition("plan-2026_v1.png"));
    }

    @Test
    void exactlyTheLimitIsTakenOneMoreByteIsNot() throws Exception {
        byte[] limit = new byte[AttachmentTransfer.MAX_BYTES];
        assertEquals(AttachmentTransfer.MAX_BYTES, AttachmentTransfer.read(new java.io.ByteArrayInputStream(limit)).length);
        byte[] over = new byte[AttachmentTransfer.MAX_BYTES + 1];
        assertEquals("communication.attachment.size",
                assertThrows(ValidationException.class, () -> AttachmentTransfer.read(new java.io.ByteArrayInputStream(over))).code());
    }

    @Test
    void aDownloadWithoutAKnownTypeIsOctetStream() {
        var file = new org.kabinet.communication.api.AttachmentContent(
                new org.kabinet.communication.api.AttachmentInfo("f", "x", null, 1), new byte[]{1});
        assertEquals("application/octet-stream", AttachmentTransfer.download(file).getMediaType().toString());
    }
}
