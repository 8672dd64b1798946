package org.kabinet.communication.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.junit.jupiter.api.Test;
import org.kabinet.communication.api.Topic;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;

/** The tenant's messages, files and announcements, against fakes of the module. */
class TenantResourcesTest {
    private final FakeTenantMessages messages = new FakeTenantMessages("tenant-1");
    private final FakeAnnouncements announcements = new FakeAnnouncements();
    private final MyMessagesResource threads = new MyMessagesResource(messages, announcements);
    private final MyAttachmentsResource files = new MyAttachmentsResource(messages);
    private final MyAnnouncementsResource news = new MyAnnouncementsResource(announcements);
    private final SecurityContext me = Samples.tenant("tenant-1");
    private final SecurityContext stranger = Samples.tenant("tenant-2");

    // ---- messages ---------------------------------------------------------------------------------

    @Test
    void theListShowsTheTenantsThreadsWithInstantsAsIsoText() {
        List<CommunicationBodies.ThreadSummaryBody> list = threads.threads(me);
        assertEquals(1, list.size());
        assertEquals("CHARGES", list.get(0).topic());
        assertEquals("NEW", list.get(0).status());
        assertEquals("2026-03-05T07:15:30Z", list.get(0).createdAt());
        assertEquals("О-2026-00042", list.get(0).number());
    }

    @Test
    void aNewMessageIs201WithItsAddressAndTheTopicByName() {
        Response answer = threads.write(me, new CommunicationBodies.NewMessageBody(" acc-1 ", "charges", "Почему выросла сумма?",
                List.of("f-1")));
        assertEquals(201, answer.getStatus());
        assertEquals("/api/v1/me/messages/t-1", answer.getHeaderString("Location"));
        assertEquals(Topic.CHARGES, messages.written.topic());
        assertEquals("acc-1", messages.written.accountId());
        assertEquals(List.of("f-1"), messages.written.attachmentIds());
        var body = (CommunicationBodies.ThreadDetailsBody) answer.getEntity();
        assertEquals("Почему выросла сумма?", body.posts().get(0).text());
        assertEquals("2026-03-05T09:00:00Z", body.posts().get(0).at());
    }

    @Test
    void aGeneralMessageLeavesTheAccountAndTheFilesOut() {
        threads.write(me, new CommunicationBodies.NewMessageBody(null, "OTHER", "Спасибо", null));
        assertNull(messages.written.accountId());
        assertEquals(List.of(), messages.written.attachmentIds());
    }

    @Test
    void anUnknownTopicIs422NamingTheFieldAndNothingIsWritten() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> threads.write(me, new CommunicationBodies.NewMessageBody(null, "COMPLAINT", "Текст", null)));
        assertEquals("communication.request.choice", e.code());
        assertEquals("topic", e.field());
        assertEquals(List.of("COMPLAINT", "CHARGES, READINGS, REPAIR, DOCUMENTS, OTHER"), List.of(e.arguments()));
        assertNull(messages.written);
    }

    @Test
    void noBodyIsRequestEmpty() {
        assertEquals("request.empty", assertThrows(KabinetException.class, () -> threads.write(me, null)).code());
        assertEquals("request.empty", assertThrows(KabinetException.class, () -> threads.reply(me, "t-1", null)).code());
    }

    @Test
    void openingAThreadMarksItReadInTheModule() {
        var thread = threads.thread(me, "t-1");
        assertEquals("ANSWERED", thread.summary().status());
        assertEquals(List.of("opened t-1"), messages.calls);
        assertEquals(List.of(Samples.PHOTO), thread.posts().get(0).attachments());
    }

    @Test
    void someoneElsesThreadIsNotFound() {
        assertThrows(NotFoundException.class, () -> threads.thread(stranger, "t-1"));
        assertThrows(NotFoundException.class, () -> threads.thread(me, "t-other"));
        assertThrows(NotFoundException.class, () -> threads.close(me, "t-other"));
    }

    @Test
    void aReplyIs201AndClosingAnswersTheThread() {
        Response replied = threads.reply(me, "t-1", new CommunicationBodies.ReplyBody("Ещё вопрос", null));
        assertEquals(201, replied.getStatus());
        assertEquals("IN_PROGRESS", ((CommunicationBodies.ThreadDetailsBody) replied.getEntity()).summary().status());
        assertEquals("CLOSED", threads.close(me, "t-1").summary().status());
        assertEquals(List.of("reply t-1 Ещё вопрос []", "close t-1"), messages.calls);
    }

    @Test
    void unreadCountsMessagesAndAnnouncements() {
        var unread = threads.unread(me);
        assertEquals(2, unread.messages());
        assertEquals(3, unread.announcements());
    }

    @Test
    void withoutTheAnnouncementsPartUnreadAnnouncementsAreZero() {
        var unread = new MyMessagesResource(messages).unread(me);
        assertEquals(2, unread.messages());
        assertEquals(0, unread.announcements());
    }

    // ---- files ------------------------------------------------------------------------------------

    @Test
    void anUploadIs201WithWhatTheModuleFound() throws Exception {
        Response answer = files.upload(me, "квитанция.pdf", new ByteArrayInputStream("%PDF-1.7".getBytes()));
        assertEquals(201, answer.getStatus());
        assertEquals("application/pdf", ((org.kabinet.communication.api.AttachmentInfo) answer.getEntity()).contentType());
        assertEquals(List.of("upload квитанция.pdf 8"), messages.calls);
    }

    @Test
    void anUploadWithoutANameGivesTheModuleAnEmptyOne() throws Exception {
        files.upload(me, null, new ByteArrayInputStream(new byte[]{1}));
        assertEquals(List.of("upload  1"), messages.calls);
    }

    @Test
    void anOversizeStreamIsRefusedAfterReadingOneByteTooMany() {
        EndlessStream endless = new EndlessStream();
        ValidationException e = assertThrows(ValidationException.class, () -> files.upload(me, "big.jpg", endless));
        assertEquals("communication.attachment.size", e.code());
        assertEquals("file", e.field());
        assertEquals(AttachmentTransfer.MAX_BYTES + 1L, endless.read, "no more is read than one byte past the limit");
        assertNull(messages.uploaded, "nothing reaches the module");
    }

    @Test
    void anEmptyBodyIsTheModulesEmptyFile() {
        assertEquals("communication.attachment.empty",
                assertThrows(ValidationException.class, () -> files.upload(me, "x.pdf", new ByteArrayInputStream(new byte[0]))).code());
        assertEquals("communication.attachment.empty",
                assertThrows(ValidationException.class, () -> files.upload(me, "x.pdf", null)).code());
    }

    @Test
    void aDownloadIsTheFileUnderItsCyrillicNameNeverSniffedNorCached() {
        Response answer = files.download(me, "f-1");
        assertEquals(200, answer.getStatus());
        assertEquals("image/jpeg", answer.getMediaType().toString());
        assertEquals("attachment; filename*=UTF-8''%D1%81%D1%87%D1%91%D1%82%D1%87%D0%B8%D0%BA.jpg",
                answer.getHeaderString("Content-Disposition"));
        assertEquals("nosniff", answer.getHeaderString("X-Content-Type-Options"));
        assertEquals("private, no-store", answer.getHeaderString("Cache-Control"));
        assertArrayEquals(messages.file.content(), (byte[]) answer.getEntity());
    }

    @Test
    void anotherFileIsNotFound() {
        assertThrows(NotFoundException.class, () -> files.download(me, "f-2"));
        assertThrows(NotFoundException.class, () -> files.download(stranger, "f-1"));
    }

    // ---- announcements ----------------------------------------------------------------------------

    @Test
    void theTenantsAnnouncementsWithInstantsAsIsoText() {
        var list = news.current(me);
        assertEquals(1, list.size());
        assertEquals("URGENT", list.get(0).importance());
        assertEquals("2026-03-05T07:15:30Z", list.get(0).publishedAt());
        assertEquals("2026-04-04T00:00:00Z", list.get(0).validUntil());
        assertEquals(List.of(), news.current(stranger));
    }

    @Test
    void readingOneMarksItRead() {
        assertTrue(news.read(me, "a-1").read());
        assertEquals(List.of("read a-1"), announcements.calls);
        assertThrows(NotFoundException.class, () -> news.read(stranger, "a-1"));
    }

    @Test
    void anAnnouncementsFileIsADownloadForItsAudienceOnly() {
        Response answer = news.attachment(me, "a-1");
        assertEquals("image/jpeg", answer.getMediaType().toString());
        assertTrue(answer.getHeaderString("Content-Disposition").startsWith("attachment; filename*=UTF-8''"));
        assertEquals("nosniff", answer.getHeaderString("X-Content-Type-Options"));
        assertThrows(NotFoundException.class, () -> news.attachment(stranger, "a-1"));
    }

    /** A body that never ends, counting what was read from it; reading far past the limit fails the test, not the heap. */
    static final class EndlessStream extends java.io.InputStream {
        private static final long FAR_PAST = 2L * AttachmentTransfer.MAX_BYTES;
        long read;

        @Override
        public int read() {
            return read(new byte[1], 0, 1) < 0 ? -1 : 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read > FAR_PAST) {
                throw new AssertionError("the upload was read far past the limit: " + read + " bytes");
            }
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            read += len;
            return len;
        }
    }
}
