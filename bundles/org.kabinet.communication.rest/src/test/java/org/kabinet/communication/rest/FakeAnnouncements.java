package org.kabinet.communication.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kabinet.communication.api.Announcement;
import org.kabinet.communication.api.AnnouncementAdministration;
import org.kabinet.communication.api.AnnouncementDraft;
import org.kabinet.communication.api.AnnouncementRecipient;
import org.kabinet.communication.api.AnnouncementState;
import org.kabinet.communication.api.AttachmentContent;
import org.kabinet.communication.api.Audience;
import org.kabinet.communication.api.AudienceSize;
import org.kabinet.communication.api.Importance;
import org.kabinet.communication.api.TenantAnnouncement;
import org.kabinet.communication.api.TenantAnnouncements;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.NotFoundException;

/** Announcements with one, "a-1", that tenant "tenant-1" is in the audience of; records what staff did. */
final class FakeAnnouncements implements TenantAnnouncements, AnnouncementAdministration {
    final List<String> calls = new ArrayList<>();
    AnnouncementDraft draft;
    Audience sized;
    int unread = 3;
    AttachmentContent file = new AttachmentContent(Samples.PHOTO, new byte[]{1, 2, 3});

    private static void visible(String tenantId, String id) {
        if (!"tenant-1".equals(tenantId) || !"a-1".equals(id)) {
            throw new NotFoundException("not.found");
        }
    }

    private static void known(String id) {
        if (!"a-1".equals(id)) {
            throw new NotFoundException("not.found");
        }
    }

    @Override
    public List<TenantAnnouncement> current(String tenantId) {
        return "tenant-1".equals(tenantId) ? List.of(Samples.tenantAnnouncement("a-1", false)) : List.of();
    }

    @Override
    public int unread(String tenantId) {
        return "tenant-1".equals(tenantId) ? unread : 0;
    }

    @Override
    public TenantAnnouncement markRead(String tenantId, String announcementId) {
        visible(tenantId, announcementId);
        calls.add("read " + announcementId);
        return Samples.tenantAnnouncement(announcementId, true);
    }

    @Override
    public AttachmentContent attachment(String tenantId, String announcementId) {
        visible(tenantId, announcementId);
        return file;
    }

    @Override
    public List<Announcement> announcements() {
        return List.of(Samples.announcement("a-1", "Отключение воды", Audience.everyone(), Importance.URGENT, AnnouncementState.PUBLISHED,
                Samples.CREATED, Instant.parse("2026-04-04T00:00:00Z"), "Иванова"));
    }

    @Override
    public Announcement announcement(String id) {
        known(id);
        return announcements().get(0);
    }

    @Override
    public Announcement create(String staffName, AnnouncementDraft draft) {
        this.draft = draft;
        calls.add("create " + staffName);
        return Samples.announcement("a-2", draft.title(), draft.audience(), draft.importance(), AnnouncementState.SCHEDULED,
                draft.publishAt(), draft.validUntil(), staffName);
    }

    @Override
    public Announcement update(String staffName, String id, AnnouncementDraft draft) {
        known(id);
        this.draft = draft;
        calls.add("update " + staffName + " " + id);
        return Samples.announcement(id, draft.title(), draft.audience(), draft.importance(), AnnouncementState.SCHEDULED,
                draft.publishAt(), draft.validUntil(), staffName);
    }

    @Override
    public Announcement withdraw(String staffName, String id) {
        known(id);
        calls.add("withdraw " + staffName + " " + id);
        Announcement a = announcement(id);
        return Samples.announcement(id, a.title(), a.audience(), a.importance(), AnnouncementState.WITHDRAWN, a.publishAt(),
                a.validUntil(), a.createdBy());
    }

    @Override
    public AudienceSize audienceSize(Audience audience) {
        sized = audience;
        if (audience.kind() == org.kabinet.communication.api.AudienceKind.CITY && audience.cityId() == null) {
            throw new KabinetException(Failure.INVALID, "communication.announcement.audience", "audience");
        }
        return new AudienceSize(120, 80, 64);
    }

    @Override
    public List<AnnouncementRecipient> recipients(String id) {
        known(id);
        return List.of(new AnnouncementRecipient("tenant-1", "t@example.ru", List.of("100200"), true, true,
                        Instant.parse("2026-03-05T12:00:00Z")),
                new AnnouncementRecipient("tenant-2", "u@example.ru", List.of("100201"), true, false, null));
    }

    @Override
    public int publishDue() {
        throw new UnsupportedOperationException("not an edge's business");
    }
}
