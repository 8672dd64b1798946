package org.kabinet.communication.impl.announcements;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.communication.api.AttachmentContent;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.AudienceKind;
import org.kabinet.communication.api.TenantAnnouncement;
import org.kabinet.communication.api.TenantAnnouncements;
import org.kabinet.communication.impl.announcements.jpa.JpaAnnouncementStore;
import org.kabinet.communication.impl.files.Attachments;
import org.kabinet.kernel.error.NotFoundException;

/**
 * Announcements in the cabinet: the published, still valid ones whose audience holds one of the tenant's
 * linked open accounts now — decided on the accounts' data of the moment, so an account linked after
 * publication counts and a tenant who unlinked theirs no longer sees it. Unread first, then newest.
 */
public class TenantAnnouncementService implements TenantAnnouncements {
    private static final Comparator<TenantAnnouncement> ORDER = Comparator.comparing(TenantAnnouncement::read)
            .thenComparing(TenantAnnouncement::publishedAt, Comparator.reverseOrder())
            .thenComparing(TenantAnnouncement::id);

    private final AnnouncementsData data;
    private final TenantAccounts tenantAccounts;
    private final Attachments attachments;

    public TenantAnnouncementService(AnnouncementsData data, TenantAccounts tenantAccounts, Attachments attachments) {
        this.data = data;
        this.tenantAccounts = tenantAccounts;
        this.attachments = attachments;
    }

    @Override
    public List<TenantAnnouncement> current(String tenantId) {
        List<AudienceAccount> linked = linked(tenantId);
        if (linked.isEmpty()) {
            return List.of();
        }
        return data.tx().inTransaction(() -> {
            Map<String, Instant> reads = data.store().readsOf(tenantId);
            List<TenantAnnouncement> shown = new ArrayList<>();
            for (StoredAnnouncement a : visible(linked)) {
                shown.add(view(a, reads.containsKey(a.id())));
            }
            shown.sort(ORDER);
            return shown;
        });
    }

    @Override
    public int unread(String tenantId) {
        return (int) current(tenantId).stream().filter(a -> !a.read()).count();
    }

    @Override
    public TenantAnnouncement markRead(String tenantId, String announcementId) {
        StoredAnnouncement a = seen(tenantId, announcementId);
        try {
            data.tx().inTransaction(() -> {
                data.store().markRead(a.id(), tenantId, data.now());
                return null;
            });
        } catch (RuntimeException e) {
            // two tabs at once: both found no row and the other one's insert came first — read all the same
            if (!JpaAnnouncementStore.isDuplicateKey(e)) {
                throw e;
            }
        }
        return view(a, true);
    }

    @Override
    public AttachmentContent attachment(String tenantId, String announcementId) {
        StoredAnnouncement a = seen(tenantId, announcementId);
        if (a.attachmentId() == null) {
            throw notFound();
        }
        return attachments.content(a.attachmentId()).orElseThrow(TenantAnnouncementService::notFound);
    }

    /** The announcement, if the tenant sees it now; otherwise "not found", whether it exists or not. */
    private StoredAnnouncement seen(String tenantId, String announcementId) {
        if (announcementId == null) {
            throw notFound();
        }
        List<AudienceAccount> linked = linked(tenantId);
        return data.tx().inTransaction(() -> visible(linked)).stream().filter(a -> a.id().equals(announcementId)).findFirst()
                .orElseThrow(TenantAnnouncementService::notFound);
    }

    private List<StoredAnnouncement> visible(List<AudienceAccount> linked) {
        if (linked.isEmpty()) {
            return List.of();
        }
        List<StoredAnnouncement> current = data.store().current(data.now());
        List<String> byAccounts = current.stream().filter(a -> a.kind() == AudienceKind.ACCOUNTS).map(StoredAnnouncement::id).toList();
        Set<String> listing = data.store().listingAny(byAccounts, linked.stream().map(AudienceAccount::id).toList());
        return current.stream().filter(a -> a.kind() == AudienceKind.ACCOUNTS
                ? listing.contains(a.id())
                : linked.stream().anyMatch(new AudienceTarget(a.kind(), a.cityId(), a.building(), Map.of())::includes)).toList();
    }

    private List<AudienceAccount> linked(String tenantId) {
        if (tenantId == null) {
            return List.of();
        }
        return tenantAccounts.linked(tenantId).stream().filter(a -> a.status() == AccountStatus.OPEN)
                .map(a -> new AudienceAccount(a.id(), a.number(), a.city() == null ? null : a.city().id(), a.address())).toList();
    }

    private TenantAnnouncement view(StoredAnnouncement a, boolean read) {
        AttachmentInfo attachment = a.attachmentId() == null ? null : attachments.info(a.attachmentId()).orElse(null);
        return new TenantAnnouncement(a.id(), a.title(), a.html(), a.importance(), a.publishedAt(), a.validUntil(), attachment, read);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("communication.announcement.notFound");
    }
}
