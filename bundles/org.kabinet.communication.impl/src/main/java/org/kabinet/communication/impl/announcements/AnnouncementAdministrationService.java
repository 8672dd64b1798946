package org.kabinet.communication.impl.announcements;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.City;
import org.kabinet.communication.api.Announcement;
import org.kabinet.communication.api.AnnouncementAdministration;
import org.kabinet.communication.api.AnnouncementDraft;
import org.kabinet.communication.api.AnnouncementRecipient;
import org.kabinet.communication.api.AnnouncementState;
import org.kabinet.communication.api.AttachmentInfo;
import org.kabinet.communication.api.Audience;
import org.kabinet.communication.api.AudienceKind;
import org.kabinet.communication.api.AudienceSize;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.notifications.api.EmailMessage;
import org.kabinet.notifications.api.NotificationKind;
import org.kabinet.notifications.api.SmsRequest;
import org.kabinet.registration.api.Tenant;

/**
 * Announcements for staff: write, schedule, change while scheduled, withdraw, see whom they reached.
 *
 * <p>Publishing (at once, or by the minute tick when the time comes) first moves the announcement from
 * SCHEDULED to PUBLISHED with a guarded update: of a tick and a staff action racing, only one publishes.
 * In the same transaction it stores one recipient row per tenant linked to an account of the audience and
 * queues their e-mails and SMS (see {@link Deliveries}); the rows are written in batches of 1000.
 */
public class AnnouncementAdministrationService implements AnnouncementAdministration {
    private static final Logger LOG = Logger.getLogger(AnnouncementAdministrationService.class.getName());
    /** SMS handed to the outbox at once. */
    static final int SMS_BATCH = 1000;

    private final AnnouncementsData data;
    private final Neighbours neighbours;
    private final AnnouncementSettings settings;
    private final DraftRules rules;

    public AnnouncementAdministrationService(AnnouncementsData data, Neighbours neighbours, AnnouncementSettings settings) {
        this.data = data;
        this.neighbours = neighbours;
        this.settings = settings;
        this.rules = new DraftRules(
                () -> neighbours.accounts().cities().stream().map(City::id).collect(Collectors.toSet()),
                () -> neighbours.accounts().accounts(AccountFilter.ALL));
    }

    @Override
    public List<Announcement> announcements() {
        return data.tx().inTransaction(() -> {
            Map<String, Integer> reads = data.store().readCounts();
            return data.store().all().stream().map(a -> announcement(a, reads.getOrDefault(a.id(), 0))).toList();
        });
    }

    @Override
    public Announcement announcement(String id) {
        return data.tx().inTransaction(() -> {
            StoredAnnouncement a = stored(id);
            return announcement(a, data.store().readCounts().getOrDefault(a.id(), 0));
        });
    }

    @Override
    public Announcement create(String staffName, AnnouncementDraft draft) {
        String staff = staff(staffName);
        Instant now = data.now();
        CheckedDraft checked = rules.check(draft, now, validity());
        String id = UUID.randomUUID().toString();
        data.tx().inTransaction(() -> {
            data.store().insert(id, checked, staff, now);
            if (checked.attachmentId() != null) {
                attach(staff, checked.attachmentId(), id);
            }
            if (checked.due()) {
                publish(id, now);
            }
            return null;
        });
        LOG.info(() -> "Announcement " + id + " created by " + staff + (checked.due() ? "" : ", to be published at " + checked.publishAt()));
        return announcement(id);
    }

    @Override
    public Announcement update(String staffName, String id, AnnouncementDraft draft) {
        String staff = staff(staffName);
        StoredAnnouncement before = stored(id);
        if (before.state() != AnnouncementState.SCHEDULED) {
            throw published();
        }
        Instant now = data.now();
        CheckedDraft checked = rules.check(draft, now, validity());
        data.tx().inTransaction(() -> {
            if (!data.store().updateScheduled(id, checked, staff, now)) {
                throw published();
            }
            if (checked.attachmentId() != null && !checked.attachmentId().equals(before.attachmentId())) {
                attach(staff, checked.attachmentId(), id);
            }
            if (checked.due()) {
                publish(id, now);
            }
            return null;
        });
        return announcement(id);
    }

    @Override
    public Announcement withdraw(String staffName, String id) {
        String staff = staff(staffName);
        stored(id);
        if (data.tx().inTransaction(() -> data.store().withdraw(id, staff, data.now()))) {
            LOG.info(() -> "Announcement " + id + " withdrawn by " + staff);
        }
        return announcement(id);
    }

    @Override
    public AudienceSize audienceSize(Audience audience) {
        Reach reach = Reach.of(rules.target(audience), neighbours.openAccounts(), neighbours.holders().allHolders());
        return new AudienceSize(reach.accounts().size(), reach.tenants().size(), reach.withPhone());
    }

    @Override
    public List<AnnouncementRecipient> recipients(String id) {
        return data.tx().inTransaction(() -> {
            stored(id);
            return data.store().recipients(id);
        });
    }

    @Override
    public int publishDue() {
        Instant now = data.now();
        int published = 0;
        for (String id : data.tx().inTransaction(() -> data.store().due(now))) {
            try {
                if (data.tx().inTransaction(() -> publish(id, now))) {
                    published++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Announcement " + id + " could not be published; the next tick tries again", e);
            }
        }
        return published;
    }

    /** Takes announcements past their validity out of the cabinet; returns how many. */
    public int expire() {
        Instant now = data.now();
        return data.tx().inTransaction(() -> data.store().expire(now));
    }

    /** The minute tick: expire, then publish what is due. */
    public void tick() {
        int expired = expire();
        int published = publishDue();
        if (expired + published > 0) {
            LOG.info(() -> "Announcements: " + published + " published, " + expired + " expired");
        }
    }

    /**
     * Publishes a SCHEDULED announcement in the caller's transaction: false when someone else did (or it was
     * withdrawn) meanwhile.
     */
    boolean publish(String id, Instant now) {
        if (!data.store().claim(id, now)) {
            return false;
        }
        StoredAnnouncement a = stored(id);
        Reach reach = Reach.of(target(a), neighbours.openAccounts(), neighbours.holders().allHolders());
        List<Tenant> tenants = neighbours.tenants().list();
        Map<String, String> all = tenants.stream().filter(t -> t.email() != null)
                .collect(Collectors.toMap(Tenant::id, Tenant::email, (x, y) -> x));
        Map<String, String> confirmed = tenants.stream().filter(t -> t.confirmed() && t.email() != null)
                .collect(Collectors.toMap(Tenant::id, Tenant::email, (x, y) -> x));
        Set<String> off = neighbours.settings().switchedOff(NotificationKind.ANNOUNCEMENT_EMAIL);
        AttachmentInfo attachment = a.attachmentId() == null ? null : neighbours.attachments().info(a.attachmentId()).orElse(null);
        Deliveries plan = Deliveries.plan(
                new Deliveries.Letter(a.id(), a.title(), a.html(), a.importance(), a.emergency(), attachment), reach, all, confirmed, off,
                (tenant, account) -> neighbours.settings().unsubscribeUrl(tenant, account, NotificationKind.ANNOUNCEMENT_EMAIL),
                neighbours.company().profile().portalUrl(), neighbours.company().profile().name(), settings.smsMaxParts());
        for (EmailMessage letter : plan.emails()) {
            neighbours.outbox().enqueue(letter); // false: queued before under the same key, which is as good
        }
        for (int i = 0; i < plan.sms().size(); i += SMS_BATCH) {
            List<SmsRequest> batch = plan.sms().subList(i, Math.min(plan.sms().size(), i + SMS_BATCH));
            neighbours.outbox().enqueueAllSms(batch);
        }
        data.store().insertRecipients(plan.recipients());
        data.store().counters(id, plan.recipients().size(), plan.emails().size(), plan.sms().size());
        LOG.info(() -> "Announcement " + id + " published: " + plan.recipients().size() + " tenants, " + plan.emails().size()
                + " e-mails, " + plan.sms().size() + " SMS");
        return true;
    }

    private AudienceTarget target(StoredAnnouncement a) {
        Map<String, String> accounts = a.kind() == AudienceKind.ACCOUNTS ? data.store().audienceAccounts(a.id()) : Map.of();
        return new AudienceTarget(a.kind(), a.cityId(), a.building(), accounts);
    }

    private Announcement announcement(StoredAnnouncement a, int read) {
        AttachmentInfo attachment = a.attachmentId() == null ? null : neighbours.attachments().info(a.attachmentId()).orElse(null);
        return new Announcement(a.id(), a.title(), a.html(), target(a).audience(), a.importance(), a.emergency(), a.state(),
                a.publishedAt() != null ? a.publishedAt() : a.publishAt(), a.validUntil(), attachment, a.createdBy(), a.createdAt(),
                a.recipients(), read, a.emails(), a.sms());
    }

    private void attach(String staff, String attachmentId, String announcementId) {
        try {
            neighbours.attachments().attach("staff:" + staff, attachmentId, "announcement:" + announcementId);
        } catch (ValidationException e) {
            throw new ValidationException("attachmentId", "communication.announcement.attachment");
        }
    }

    private StoredAnnouncement stored(String id) {
        return data.tx().inTransaction(() -> data.store().find(id))
                .orElseThrow(() -> new NotFoundException("communication.announcement.notFound"));
    }

    private Duration validity() {
        return Duration.ofDays(settings.defaultValidityDays());
    }

    private static KabinetException published() {
        return new KabinetException(Failure.REFUSED, "communication.announcement.published", null);
    }

    private static String staff(String staffName) {
        return Objects.requireNonNull(staffName, "staffName").strip();
    }
}
