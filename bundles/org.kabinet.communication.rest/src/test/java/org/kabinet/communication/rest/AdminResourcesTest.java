package org.kabinet.communication.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.Test;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.AudienceKind;
import org.kabinet.communication.api.Importance;
import org.kabinet.communication.api.InboxFilter;
import org.kabinet.communication.api.ThreadStatus;
import org.kabinet.communication.api.Topic;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;

/** The staff inbox, staff's files and announcements, against fakes of the module. */
class AdminResourcesTest {
    private final FakeInbox module = new FakeInbox();
    private final FakeAnnouncements announcements = new FakeAnnouncements();
    private final AdminMessagesResource inbox = new AdminMessagesResource(module);
    private final AdminAttachmentsResource files = new AdminAttachmentsResource(module);
    private final AdminAnnouncementsResource admin = new AdminAnnouncementsResource(announcements);
    private final SecurityContext manager = Samples.staff("Иванова");

    // ---- inbox ------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private List<CommunicationBodies.ThreadSummaryBody> list(String status, String topic, String assignee, String feedback, String q,
                                                             String limit) {
        return (List<CommunicationBodies.ThreadSummaryBody>) inbox.inbox(Samples.uri("http://h/api/v1/admin/messages"), status, topic,
                assignee, feedback, q, limit, null, null).getEntity();
    }

    /** The filter the module last saw, its limit left out (paging sets it). */
    private InboxFilter seen() {
        InboxFilter f = module.filter;
        return new InboxFilter(f.status(), f.topic(), f.assignee(), f.feedback(), f.search(), 0);
    }

    @Test
    void theInboxIsPagedWithTheTotalAndLinks() {
        Response first = inbox.inbox(Samples.uri("http://h/api/v1/admin/messages?status=NEW&size=1"), "NEW", null, null, null, null, null,
                null, "1");
        assertEquals(1, ((List<?>) first.getEntity()).size());
        assertEquals("1", first.getHeaderString("X-Total-Count"));
        assertTrue(first.getHeaderString("Link").matches("<http://h/api/v1/admin/messages\\?status=NEW&[^>]*page=0[^>]*>; rel=\"first\".*"),
                first.getHeaderString("Link"));
        assertEquals("size", assertThrows(ValidationException.class, () -> inbox.inbox(Samples.uri("http://h/x"), null, null, null, null,
                null, null, null, "501")).field());
        assertEquals("page", assertThrows(ValidationException.class, () -> inbox.inbox(Samples.uri("http://h/x"), null, null, null, null,
                null, null, "-1", null)).field());
    }

    @Test
    void theInboxFilterIsReadFromTheQuery() {
        var list = list("in-progress", "repair", " - ", "true", " кран ", "50");
        assertEquals(new InboxFilter(ThreadStatus.IN_PROGRESS, Topic.REPAIR, InboxFilter.UNASSIGNED, true, "кран", 50), module.filter);
        assertEquals("REPAIR", list.get(0).topic());
        assertTrue(list.get(0).unread());
    }

    @Test
    void anEmptyQueryIsEverythingAndTheLimitIsKeptInRange() {
        list(null, "", null, null, "", null);
        assertEquals(InboxFilter.ALL, seen());
        list(null, null, null, "false", null, "100000");
        assertEquals(500, module.filter.limit());
        assertEquals(Boolean.FALSE, module.filter.feedback());
    }

    @Test
    void aLimitThatIsNoNumberIs422NotA404() {
        ValidationException e = assertThrows(ValidationException.class, () -> list(null, null, null, null, null, "ten"));
        assertEquals("limit", e.field());
        assertEquals("communication.request.choice", e.code());
        assertThrows(ValidationException.class, () -> list(null, null, null, null, null, "99999999999999"));
        list(null, null, null, null, null, " 7 ");
        assertEquals(7, module.filter.limit());
    }

    @Test
    void aWrongStatusTopicOrFeedbackIs422NamingTheField() {
        assertEquals("status", assertThrows(ValidationException.class, () -> list("OPEN", null, null, null, null, null)).field());
        assertEquals("topic", assertThrows(ValidationException.class, () -> list(null, "WATER", null, null, null, null)).field());
        ValidationException feedback = assertThrows(ValidationException.class, () -> list(null, null, null, "yes", null, null));
        assertEquals("feedback", feedback.field());
        assertEquals("communication.request.choice", feedback.code());
    }

    @Test
    void countsAndAThread() {
        assertEquals(3, inbox.counts().newThreads());
        assertEquals("t-1", inbox.thread("t-1").summary().id());
        assertThrows(NotFoundException.class, () -> inbox.thread("t-2"));
    }

    @Test
    void anAnswerIs201ByTheStaffMemberOfTheCall() {
        Response answer = inbox.answer(manager, "t-1", new CommunicationBodies.AnswerBody("Мастер придёт завтра", List.of("f-staff"), null));
        assertEquals(201, answer.getStatus());
        assertEquals("ANSWERED", ((CommunicationBodies.ThreadDetailsBody) answer.getEntity()).summary().status());
        inbox.answer(manager, "t-1", new CommunicationBodies.AnswerBody("Позвонить в пятницу", null, true));
        assertEquals(List.of("answer Иванова Мастер придёт завтра [f-staff]", "answer Иванова Позвонить в пятницу [] internal"),
                module.calls);
        assertTrue(((CommunicationBodies.ThreadDetailsBody) inbox.answer(manager, "t-1",
                new CommunicationBodies.AnswerBody("x", null, true)).getEntity()).posts().get(0).internal());
    }

    @Test
    void anAnswerToAnUnknownThreadIsNotFoundAndNoBodyIsRequestEmpty() {
        assertThrows(NotFoundException.class, () -> inbox.answer(manager, "t-9", new CommunicationBodies.AnswerBody("x", null, null)));
        assertEquals("request.empty", assertThrows(KabinetException.class, () -> inbox.answer(manager, "t-1", null)).code());
    }

    @Test
    void assigningAndUnassigning() {
        assertEquals("Петров", inbox.assign(manager, "t-1", new CommunicationBodies.AssigneeBody(" Петров ")).summary().assignee());
        assertNull(inbox.assign(manager, "t-1", new CommunicationBodies.AssigneeBody(null)).summary().assignee());
        inbox.assign(manager, "t-1", new CommunicationBodies.AssigneeBody("  "));
        assertEquals(List.of("assign Иванова Петров", "assign Иванова null", "assign Иванова null"), module.calls);
        assertEquals("request.empty", assertThrows(KabinetException.class, () -> inbox.assign(manager, "t-1", null)).code());
    }

    @Test
    void theStatusByName() {
        assertEquals("CLOSED", inbox.status(manager, "t-1", new CommunicationBodies.StatusBody("closed")).summary().status());
        assertEquals(List.of("status Иванова CLOSED"), module.calls);
    }

    @Test
    void aWrongOrMissingStatusIs422AndNothingChanges() {
        ValidationException wrong = assertThrows(ValidationException.class,
                () -> inbox.status(manager, "t-1", new CommunicationBodies.StatusBody("DONE")));
        assertEquals("communication.request.choice", wrong.code());
        assertEquals("status", wrong.field());
        ValidationException missing = assertThrows(ValidationException.class,
                () -> inbox.status(manager, "t-1", new CommunicationBodies.StatusBody(null)));
        assertEquals("communication.request.missing", missing.code());
        assertEquals("status", missing.field());
        assertEquals("request.empty", assertThrows(KabinetException.class, () -> inbox.status(manager, "t-1", null)).code());
        assertEquals(List.of(), module.calls);
    }

    // ---- files ------------------------------------------------------------------------------------

    @Test
    void staffUploadUnderTheirName() throws Exception {
        Response answer = files.upload(manager, "схема.png", new ByteArrayInputStream(new byte[]{(byte) 0x89, 'P', 'N', 'G'}));
        assertEquals(201, answer.getStatus());
        assertEquals("f-staff", ((AttachmentInfo) answer.getEntity()).id());
        assertEquals(List.of("upload Иванова схема.png 4"), module.calls);
    }

    @Test
    void aStaffUploadPastTheLimitIsRefusedToo() {
        assertEquals("communication.attachment.size", assertThrows(ValidationException.class,
                () -> files.upload(manager, "big.pdf", new TenantResourcesTest.EndlessStream())).code());
        assertEquals(List.of(), module.calls);
    }

    @Test
    void staffDownloadAnyFile() {
        Response answer = files.download("f-9");
        assertEquals("application/pdf", answer.getMediaType().toString());
        assertEquals("attachment; filename*=UTF-8''%D0%90%D0%BA%D1%82%20%D1%81%D0%B2%D0%B5%D1%80%D0%BA%D0%B8.pdf",
                answer.getHeaderString("Content-Disposition"));
        assertEquals("private, no-store", answer.getHeaderString("Cache-Control"));
        assertThrows(NotFoundException.class, () -> files.download("f-0"));
    }

    // ---- announcements ----------------------------------------------------------------------------

    private static CommunicationBodies.DraftBody draft(String importance, CommunicationBodies.AudienceBody audience, String publishAt) {
        return new CommunicationBodies.DraftBody("Отключение воды", "<p>С 10:00</p>", audience, importance, true, publishAt,
                "2026-04-04T00:00:00+05:00", " f-staff ");
    }

    private static final CommunicationBodies.AudienceBody BUILDING =
            new CommunicationBodies.AudienceBody("building", "surgut", "ул. Мира, д. 5", null);

    @Test
    void theListWithInstantsAsIsoText() {
        var list = (List<CommunicationBodies.AnnouncementBody>) admin.list(Samples.uri("http://h/x"), null, null).getEntity();
        assertEquals("PUBLISHED", list.get(0).state());
        assertEquals("EVERYONE", list.get(0).audience().kind());
        assertEquals("2026-03-05T07:15:30Z", list.get(0).createdAt());
        assertEquals("Отключение воды", admin.announcement("a-1").title());
        assertThrows(NotFoundException.class, () -> admin.announcement("a-9"));
    }

    @Test
    void aNewAnnouncementIs201WithItsAddressTheDraftParsed() {
        Response answer = admin.create(manager, draft("URGENT", BUILDING, "2026-03-06T08:00:00Z"));
        assertEquals(201, answer.getStatus());
        assertEquals("/api/v1/admin/announcements/a-2", answer.getHeaderString("Location"));
        var d = announcements.draft;
        assertEquals(Importance.URGENT, d.importance());
        assertTrue(d.emergency());
        assertEquals(AudienceKind.BUILDING, d.audience().kind());
        assertEquals("surgut", d.audience().cityId());
        assertEquals(Instant.parse("2026-03-06T08:00:00Z"), d.publishAt());
        assertEquals(Instant.parse("2026-04-03T19:00:00Z"), d.validUntil());
        assertEquals("f-staff", d.attachmentId());
        var body = (CommunicationBodies.AnnouncementBody) answer.getEntity();
        assertEquals("2026-03-06T08:00:00Z", body.publishAt());
        assertEquals("Иванова", body.createdBy());
        assertEquals(List.of("create Иванова"), announcements.calls);
    }

    @Test
    void importanceLeftOutIsNormalAndPublishAtLeftOutIsNow() {
        admin.create(manager, draft(null, new CommunicationBodies.AudienceBody("EVERYONE", null, null, null), null));
        assertEquals(Importance.NORMAL, announcements.draft.importance());
        assertNull(announcements.draft.publishAt());
    }

    @Test
    void aWrongImportanceKindOrInstantIs422NamingTheField() {
        assertEquals("importance", assertThrows(ValidationException.class, () -> admin.create(manager, draft("LOUD", BUILDING, null))).field());
        ValidationException kind = assertThrows(ValidationException.class,
                () -> admin.create(manager, draft(null, new CommunicationBodies.AudienceBody("STREET", null, null, null), null)));
        assertEquals("audience.kind", kind.field());
        assertEquals("communication.request.choice", kind.code());
        ValidationException when = assertThrows(ValidationException.class, () -> admin.create(manager, draft(null, BUILDING, "06.03.2026")));
        assertEquals("publishAt", when.field());
        assertEquals("communication.request.instant", when.code());
        ValidationException noAudience = assertThrows(ValidationException.class, () -> admin.create(manager, draft(null, null, null)));
        assertEquals("communication.request.audience", noAudience.code());
        assertEquals("audience.kind", assertThrows(ValidationException.class,
                () -> admin.create(manager, draft(null, new CommunicationBodies.AudienceBody(null, null, null, null), null))).field());
        assertEquals("request.empty", assertThrows(KabinetException.class, () -> admin.create(manager, null)).code());
        assertEquals(List.of(), announcements.calls);
    }

    @Test
    void updateWithdrawAndRecipients() {
        assertEquals("SCHEDULED", admin.update(manager, "a-1", draft("NORMAL", BUILDING, "2026-03-06T08:00:00Z")).state());
        assertEquals("WITHDRAWN", admin.withdraw(manager, "a-1").state());
        assertEquals(List.of("update Иванова a-1", "withdraw Иванова a-1"), announcements.calls);
        var recipients = (List<CommunicationBodies.RecipientBody>) admin.recipients(Samples.uri("http://h/x"), "a-1", null, null).getEntity();
        assertEquals("2026-03-05T12:00:00Z", recipients.get(0).readAt());
        assertNull(recipients.get(1).readAt());
        assertFalse(recipients.get(1).smsQueued());
        assertThrows(NotFoundException.class, () -> admin.update(manager, "a-9", draft(null, BUILDING, null)));
        assertThrows(NotFoundException.class, () -> admin.withdraw(manager, "a-9"));
        assertThrows(NotFoundException.class, () -> admin.recipients(Samples.uri("http://h/x"), "a-9", null, null));
        assertEquals("request.empty", assertThrows(KabinetException.class, () -> admin.update(manager, "a-1", null)).code());
    }

    @Test
    void theSizeOfAnAudience() {
        var size = admin.audience(new CommunicationBodies.AudienceBody("accounts", null, null, List.of("100200", "100201")));
        assertEquals(120, size.accounts());
        assertEquals(AudienceKind.ACCOUNTS, announcements.sized.kind());
        assertEquals(List.of("100200", "100201"), announcements.sized.accountNumbers());
        assertEquals("kind", assertThrows(ValidationException.class,
                () -> admin.audience(new CommunicationBodies.AudienceBody("ALL", null, null, null))).field());
        assertEquals("request.empty", assertThrows(KabinetException.class, () -> admin.audience(null)).code());
        assertEquals("communication.announcement.audience", assertThrows(KabinetException.class,
                () -> admin.audience(new CommunicationBodies.AudienceBody("CITY", " ", null, null))).code(), "the module's rule, passed on");
    }
}
