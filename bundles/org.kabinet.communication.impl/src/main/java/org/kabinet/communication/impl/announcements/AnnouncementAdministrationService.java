package org.kabinet.communication.impl.announcements;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
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
import org.kabinet.communication.impl.files.Owners;
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
 * <p>Publishing (at once, or by the minute tick when the time comes) works out whom it reaches and what
 * each gets ({@link Deliveries}) outside any transaction, then in one short transaction moves the
 * announcement from SCHEDULED to PUBLISHED with a guarded update (of a tick and a staff action racing,
 * only one publishes) and stores one recipient row per tenant reached, none delivered yet. Their e-mails
 * and SMS are then queued in transactions of {@link #DELIVERY_BATCH} recipients, each marking its rows
 * delivered with what was queued and adding to the counters — so the announcement's row is never locked
 * for long (tenants' lists and badges read it), and a publication cut short (a crash, the outbox failing)
 * is resumed by the minute tick for the recipients not delivered yet. The outbox's keys make anything
 * queued twice go once.
 */
public class AnnouncementAdministrationService implements AnnouncementAdministration {
    private static final Logger LOG = Logger.getLogger(AnnouncementAdministrationService.class.getName());
    /** SMS handed to the outbox at once. */
    static final int SMS_BATCH = 1000;
    /** Recipients whose e-mails and SMS are queued in one transaction. */
    static final int DELIVERY_BATCH = 1000;

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
    public List<Announcement> announcements(int offset, int limit) {
        page(offset, limit);
        return limit == 0 ? List.of() : data.tx().inTransaction(() -> {
            List<StoredAnnouncement> page = data.store().all(offset, limit);
            Map<String, Integer> reads = data.store().readCounts(page.stream().map(StoredAnnouncement::id).toList());
            return page.stream().map(a -> announcement(a, reads.getOrDefault(a.id(), 0))).toList();
        });
    }

    @Override
    public int countAnnouncements() {
        return data.tx().inTransaction(() -> data.store().countAll());
    }

    private static void page(int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new org.kabinet.kernel.error.ValidationException("page", "page.invalid");
        }
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
                attach(staffName, checked.attachmentId(), id);
            }
            return null;
        });
        if (checked.due()) {
            publishNow(id, now);
        }
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
            if (before.attachmentId() != null && !before.attachmentId().equals(checked.attachmentId())) {
                // the file replaced or removed: no longer bound to it, it goes with the abandoned ones
                neighbours.attachments().detach(before.attachmentId(), fileTarget(id));
            }
            if (checked.attachmentId() != null && !checked.attachmentId().equals(before.attachmentId())) {
                attach(staffName, checked.attachmentId(), id);
            }
            return null;
        });
        if (checked.due()) {
            publishNow(id, now);
        }
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
    public List<AnnouncementRecipient> recipients(String id, int offset, int limit) {
        page(offset, limit);
        return data.tx().inTransaction(() -> {
            stored(id);
            return limit == 0 ? List.<AnnouncementRecipient>of() : data.store().recipients(id, offset, limit);
        });
    }

    @Override
    public int countRecipients(String id) {
        return data.tx().inTransaction(() -> {
            stored(id);
            return data.store().countRecipients(id);
        });
    }

    @Override
    public int publishDue() {
        Instant now = data.now();
        int published = 0;
        for (String id : data.tx().inTransaction(() -> data.store().due(now))) {
            try {
                if (publish(id, now)) {
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

    /**
     * Finishes publications cut short: queues what is still due to the recipients not delivered yet, by the
     * audience's data of now (a tenant no longer reached gets nothing). Returns how many it finished.
     */
    public int resumeDeliveries() {
        int resumed = 0;
        for (String id : data.tx().inTransaction(() -> data.store().pendingAnnouncements())) {
            try {
                StoredAnnouncement a = stored(id);
                deliver(id, plan(a));
                resumed++;
                LOG.info(() -> "Announcement " + id + ": the deliveries cut short were finished");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Announcement " + id + ": the deliveries could not be finished; the next tick tries again", e);
            }
        }
        return resumed;
    }

    /** The minute tick: expire, then publish what is due, then finish publications cut short. */
    public void tick() {
        int expired = expire();
        int published = publishDue();
        resumeDeliveries();
        if (expired + published > 0) {
            LOG.info(() -> "Announcements: " + published + " published, " + expired + " expired");
        }
    }

    /**
     * Publishes at once what staff just saved: a failure after the announcement was saved is logged, and
     * the minute tick finishes the publication (it is due, or published with deliveries pending).
     */
    private void publishNow(String id, Instant now) {
        try {
            publish(id, now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Announcement " + id + " saved; its publication is finished by the minute tick", e);
        }
    }

    /**
     * Publishes a SCHEDULED announcement: the claim and the recipient rows in one short transaction, then
     * the deliveries in batches. False when someone else published it (or it was withdrawn or changed)
     * meanwhile. Not to be called inside a transaction.
     */
    boolean publish(String id, Instant now) {
        StoredAnnouncement a = stored(id);
        if (a.state() != AnnouncementState.SCHEDULED) {
            return false;
        }
        Map<String, String> audience = audienceAccounts(a);
        Deliveries plan = plan(a);
        boolean claimed;
        try {
            claimed = data.tx().inTransaction(() -> {
            if (!data.store().claim(id, now)) {
                return false;
            }
            StoredAnnouncement claimedOne = stored(id);
            if (!sameContent(a, claimedOne) || !audience.equals(audienceAccounts(claimedOne))) {
                throw new ChangedMeanwhile(); // staff changed it since it was read: roll the claim back, the tick retries
            }
            data.store().insertRecipients(plan.recipients());
            data.store().counters(id, plan.recipients().size(), 0, 0);
            return true;
            });
        } catch (ChangedMeanwhile e) {
            return false;
        }
        if (!claimed) {
            return false;
        }
        deliver(id, plan);
        LOG.info(() -> "Announcement " + id + " published: " + plan.recipients().size() + " tenants, " + plan.emails().size()
                + " e-mails, " + plan.sms().size() + " SMS");
        return true;
    }

    /** Thrown inside the claim's transaction to roll it back. */
    private static final class ChangedMeanwhile extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ChangedMeanwhile() {
            super("changed while being published", null, false, false);
        }
    }

    private static boolean sameContent(StoredAnnouncement x, StoredAnnouncement y) {
        return Objects.equals(x.title(), y.title()) && Objects.equals(x.html(), y.html()) && x.kind() == y.kind()
                && Objects.equals(x.cityId(), y.cityId()) && Objects.equals(x.building(), y.building())
                && x.importance() == y.importance() && x.emergency() == y.emergency()
                && Objects.equals(x.attachmentId(), y.attachmentId());
    }

    private Map<String, String> audienceAccounts(StoredAnnouncement a) {
        return a.kind() == AudienceKind.ACCOUNTS ? data.tx().inTransaction(() -> data.store().audienceAccounts(a.id())) : Map.of();
    }

    /** Whom the announcement reaches now and what each gets (read from the other modules, outside our transactions). */
    private Deliveries plan(StoredAnnouncement a) {
        Reach reach = Reach.of(target(a), neighbours.openAccounts(), neighbours.holders().allHolders());
        List<Tenant> tenants = neighbours.tenants().list();
        Map<String, String> all = tenants.stream().filter(t -> t.email() != null)
                .collect(Collectors.toMap(Tenant::id, Tenant::email, (x, y) -> x));
        Map<String, String> confirmed = tenants.stream().filter(t -> t.confirmed() && t.email() != null)
                .collect(Collectors.toMap(Tenant::id, Tenant::email, (x, y) -> x));
        Set<String> off = neighbours.settings().switchedOff(NotificationKind.ANNOUNCEMENT_EMAIL);
        AttachmentInfo attachment = a.attachmentId() == null ? null : neighbours.attachments().info(a.attachmentId()).orElse(null);
        return Deliveries.plan(
                new Deliveries.Letter(a.id(), a.title(), a.html(), a.importance(), a.emergency(), attachment), reach, all, confirmed, off,
                (tenant, account) -> neighbours.settings().unsubscribeUrl(tenant, account, NotificationKind.ANNOUNCEMENT_EMAIL),
                neighbours.company().profile().portalUrl(), neighbours.company().profile().name(), settings.smsMaxParts());
    }

    /**
     * Queues the e-mails and SMS of the recipients not delivered yet, {@link #DELIVERY_BATCH} a transaction:
     * each row is marked delivered with what was queued for it (a guarded update: a row another caller
     * delivered meanwhile is skipped) and the counters grow by what this batch queued. Stops when none is
     * left or the announcement is no longer published (withdrawn or expired meanwhile).
     */
    void deliver(String id, Deliveries plan) {
        Map<String, RecipientRow> rows = new HashMap<>();
        plan.recipients().forEach(r -> rows.put(r.tenantId(), r));
        Map<String, EmailMessage> emails = new HashMap<>();
        plan.emails().forEach(e -> emails.put(e.idempotencyKey(), e));
        Map<String, SmsRequest> texts = new HashMap<>();
        plan.sms().forEach(m -> texts.put(m.idempotencyKey(), m));
        boolean more = true;
        while (more) {
            more = data.tx().inTransaction(() -> {
                Optional<StoredAnnouncement> a = data.store().find(id);
                if (a.isEmpty() || a.get().state() != AnnouncementState.PUBLISHED) {
                    return false;
                }
                List<String> pending = data.store().pendingRecipients(id, DELIVERY_BATCH);
                int emailCount = 0;
                List<SmsRequest> sms = new ArrayList<>();
                for (String tenant : pending) {
                    RecipientRow row = rows.get(tenant);
                    EmailMessage letter = row != null && row.emailQueued() ? emails.get(Deliveries.emailKey(id, tenant)) : null;
                    SmsRequest text = row != null && row.smsQueued() ? texts.get(Deliveries.smsKey(id, tenant)) : null;
                    if (!data.store().markDelivered(id, tenant, letter != null, text != null)) {
                        continue;
                    }
                    if (letter != null) {
                        neighbours.outbox().enqueue(letter); // false: queued before under the same key, which is as good
                        emailCount++;
                    }
                    if (text != null) {
                        sms.add(text);
                    }
                }
                for (int i = 0; i < sms.size(); i += SMS_BATCH) {
                    neighbours.outbox().enqueueAllSms(sms.subList(i, Math.min(sms.size(), i + SMS_BATCH)));
                }
                data.store().addQueued(id, emailCount, sms.size());
                return pending.size() == DELIVERY_BATCH;
            });
        }
    }

    private AudienceTarget target(StoredAnnouncement a) {
        return new AudienceTarget(a.kind(), a.cityId(), a.building(), audienceAccounts(a));
    }

    private Announcement announcement(StoredAnnouncement a, int read) {
        AttachmentInfo attachment = a.attachmentId() == null ? null : neighbours.attachments().info(a.attachmentId()).orElse(null);
        return new Announcement(a.id(), a.title(), a.html(), target(a).audience(), a.importance(), a.emergency(), a.state(),
                a.publishedAt() != null ? a.publishedAt() : a.publishAt(), a.validUntil(), attachment, a.createdBy(), a.createdAt(),
                a.recipients(), read, a.emails(), a.sms());
    }

    private void attach(String staffName, String attachmentId, String announcementId) {
        try {
            neighbours.attachments().attach(Owners.staff(staffName), attachmentId, fileTarget(announcementId));
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

    /** The staff member's name as stored: the same one line, cut to the column, as the messages' inbox keeps it. */
    private static String staff(String staffName) {
        return Owners.staffName(Objects.requireNonNull(staffName, "staffName"));
    }

    /** What an announcement's file is attached to. */
    private static String fileTarget(String announcementId) {
        return "announcement:" + announcementId;
    }
}
