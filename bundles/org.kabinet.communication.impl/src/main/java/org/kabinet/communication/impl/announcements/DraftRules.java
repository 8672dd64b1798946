package org.kabinet.communication.impl.announcements;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.kabinet.accounts.api.Account;
import org.kabinet.communication.api.Audience;
import org.kabinet.communication.api.AnnouncementDraft;
import org.kabinet.communication.api.AudienceKind;
import org.kabinet.communication.api.Importance;
import org.kabinet.kernel.error.ValidationException;

/**
 * The rules of what staff write: a title of 1–150 characters, a text that says something after sanitising
 * and fits 20 000 characters, an audience that exists, a validity that ends after publication.
 */
public final class DraftRules {
    public static final int TITLE_MAX = 150;
    public static final int TEXT_MAX = 20_000;
    public static final int BUILDING_MAX = 200;
    public static final int ACCOUNTS_MAX = 10_000;
    /** The latest publication or end staff may give (later ones would overflow the stored epoch milliseconds). */
    public static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
    /** An attachment id as the file store makes them (43 characters of base64url), within its column. */
    private static final java.util.regex.Pattern ATTACHMENT_ID = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** Missing account numbers the error names at most. */
    static final int MISSING_SHOWN = 10;

    private final Supplier<Set<String>> cityIds;
    private final Supplier<? extends Collection<Account>> accounts;

    /**
     * @param cityIds  the cities of the reference list
     * @param accounts every account (any status), asked only for an ACCOUNTS audience
     */
    public DraftRules(Supplier<Set<String>> cityIds, Supplier<? extends Collection<Account>> accounts) {
        this.cityIds = cityIds;
        this.accounts = accounts;
    }

    public CheckedDraft check(AnnouncementDraft draft, Instant now, Duration defaultValidity) {
        if (draft == null) {
            throw new ValidationException("title", "communication.announcement.title", TITLE_MAX);
        }
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty() || title.length() > TITLE_MAX) {
            throw new ValidationException("title", "communication.announcement.title", TITLE_MAX);
        }
        String html = AnnouncementHtml.sanitise(draft.html());
        if (AnnouncementHtml.visibleText(html).isEmpty()) {
            throw new ValidationException("html", "communication.announcement.text");
        }
        if (html.length() > TEXT_MAX) {
            throw new AnnouncementInputError("html", "communication.announcement.text", "communication.announcement.text.long",
                    TEXT_MAX);
        }
        if (draft.importance() == null) {
            throw new ValidationException("importance", "communication.announcement.importance");
        }
        AudienceTarget target = target(draft.audience());
        if (draft.publishAt() != null && draft.publishAt().isAfter(LATEST)) {
            throw new AnnouncementInputError("publishAt", "communication.announcement.publishAt", "communication.announcement.publishAt",
                    String.valueOf(LATEST.atZone(java.time.ZoneOffset.UTC).getYear() - 1));
        }
        if (draft.validUntil() != null && draft.validUntil().isAfter(LATEST)) {
            throw new AnnouncementInputError("validUntil", "communication.announcement.validUntil",
                    "communication.announcement.validUntil.far", String.valueOf(LATEST.atZone(java.time.ZoneOffset.UTC).getYear() - 1));
        }
        boolean due = draft.publishAt() == null || !draft.publishAt().isAfter(now);
        Instant publishAt = due ? now : draft.publishAt();
        Instant validUntil = draft.validUntil() == null ? publishAt.plus(defaultValidity) : draft.validUntil();
        if (!validUntil.isAfter(publishAt)) {
            throw new ValidationException("validUntil", "communication.announcement.validUntil");
        }
        String attachment = draft.attachmentId() == null || draft.attachmentId().isBlank() ? null : draft.attachmentId().strip();
        if (attachment != null && !ATTACHMENT_ID.matcher(attachment).matches()) {
            throw new ValidationException("attachmentId", "communication.announcement.attachment");
        }
        return new CheckedDraft(title, html, target, draft.importance(),
                draft.emergency() && draft.importance() == Importance.URGENT, publishAt, due, validUntil, attachment);
    }

    /** The audience resolved: the city checked, the building tidied, account numbers turned into accounts. */
    public AudienceTarget target(Audience audience) {
        if (audience == null || audience.kind() == null) {
            throw new AnnouncementInputError("audience", "communication.announcement.audience", "communication.announcement.audience");
        }
        AudienceKind kind = audience.kind();
        String city = audience.cityId() == null || audience.cityId().isBlank() ? null : audience.cityId().strip();
        return switch (kind) {
            case EVERYONE -> AudienceTarget.everyone();
            case CITY -> new AudienceTarget(kind, knownCity(city, true), null, Map.of());
            case BUILDING -> {
                String c = knownCity(city, true);
                String building = audience.building() == null ? "" : audience.building().strip().replaceAll("\\s+", " ");
                if (building.endsWith(",")) {
                    building = building.substring(0, building.length() - 1).strip();
                }
                if (building.isEmpty() || building.length() > BUILDING_MAX) {
                    throw new AnnouncementInputError("building", "communication.announcement.audience",
                            "communication.announcement.audience.building", BUILDING_MAX);
                }
                yield new AudienceTarget(kind, c, building, Map.of());
            }
            case ACCOUNTS -> new AudienceTarget(kind, knownCity(city, false), null, accounts(audience.accountNumbers(), city));
        };
    }

    private String knownCity(String city, boolean required) {
        if (city == null) {
            if (required) {
                throw new AnnouncementInputError("cityId", "communication.announcement.audience", "communication.announcement.audience.city");
            }
            return null;
        }
        if (!cityIds.get().contains(city)) {
            throw new AnnouncementInputError("cityId", "communication.announcement.audience", "communication.announcement.audience.city");
        }
        return city;
    }

    /**
     * Account numbers → accounts (id → number). A number found in several cities names each of them unless
     * a city is given.
     */
    private Map<String, String> accounts(List<String> numbers, String city) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String n : numbers) {
            if (n == null) {
                // JSON's null in the list: a mistake of the caller, not a number to skip silently
                throw new AnnouncementInputError("accountNumbers", "communication.announcement.accounts",
                        "communication.announcement.accounts.null");
            }
            if (!n.isBlank()) {
                wanted.add(n.strip());
            }
        }
        if (wanted.isEmpty() || wanted.size() > ACCOUNTS_MAX) {
            throw new AnnouncementInputError("accountNumbers", "communication.announcement.audience",
                    "communication.announcement.audience.accounts", ACCOUNTS_MAX);
        }
        Map<String, List<Account>> byNumber = new LinkedHashMap<>();
        for (Account a : accounts.get()) {
            if (city == null || a.city() != null && city.equals(a.city().id())) {
                byNumber.computeIfAbsent(a.number(), k -> new ArrayList<>()).add(a);
            }
        }
        Map<String, String> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String number : wanted) {
            List<Account> matches = byNumber.get(number);
            if (matches == null) {
                missing.add(number);
            } else {
                matches.forEach(a -> found.put(a.id(), a.number()));
            }
        }
        if (!missing.isEmpty()) {
            String shown = String.join(", ", missing.subList(0, Math.min(MISSING_SHOWN, missing.size())))
                    + (missing.size() > MISSING_SHOWN ? " …" : "");
            throw new ValidationException("accountNumbers", "communication.announcement.accounts", missing.size(), shown);
        }
        return found;
    }
}
