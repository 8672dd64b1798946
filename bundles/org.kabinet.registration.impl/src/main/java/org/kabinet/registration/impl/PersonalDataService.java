package org.kabinet.registration.impl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.persistence.Transactions;
import org.kabinet.registration.api.Authentication;
import org.kabinet.registration.api.AuthenticationFailedException;
import org.kabinet.registration.api.ConsentStatus;
import org.kabinet.registration.api.ConsentText;
import org.kabinet.registration.api.DataSubject;
import org.kabinet.registration.api.PersonalData;
import org.kabinet.registration.api.PersonalDataSource;
import org.kabinet.registration.api.Session;

/**
 * A tenant's own data: the consent (versioned), the export composed from every module's
 * {@link PersonalDataSource}, and the deletion of the account.
 * <p>
 * Deletion runs in two steps so that it can be resumed. First, in one transaction: the account is
 * marked deleted and its identity pseudonymised (the address becomes a unique undeliverable one, the
 * password, the name and the consent version are cleared), every session and link ends, the consents
 * are withdrawn, one erasure per data source installed is opened and the confirmation letter is queued to the
 * address the account had. From then on nobody can sign in as the tenant and the address can sign up
 * again. Then each source erases its data; one that fails keeps its erasure open and
 * {@link #retryErasures()} (the housekeeping tick) tries it again; the tick also opens the erasures of a
 * module that was away at the deletion once it is installed again.
 */
public class PersonalDataService implements PersonalData {
    private static final Logger LOG = Logger.getLogger(PersonalDataService.class.getName());
    /** The domain of pseudonymised addresses: {@code .invalid} is reserved (RFC 2606) and never delivers. */
    static final String DELETED_DOMAIN = "deleted.invalid";

    private final IdentityStore store;
    private final Transactions tx;
    private final Outbox outbox;
    private final PasswordHasher hasher;
    private final RegistrationLetters letters;
    private final Authentication authentication;
    private final Supplier<ConsentText> consentText;
    private final Supplier<List<PersonalDataSource>> sources;
    private final Duration idleTimeout;
    private final PersonalDataPdf pdf;
    private final Clock clock;

    public PersonalDataService(IdentityStore store, Transactions tx, Outbox outbox, PasswordHasher hasher,
                               RegistrationLetters letters, Authentication authentication, Supplier<ConsentText> consentText,
                               Supplier<List<PersonalDataSource>> sources, Duration idleTimeout, PersonalDataPdf pdf, Clock clock) {
        this.store = store;
        this.tx = tx;
        this.outbox = outbox;
        this.hasher = hasher;
        this.letters = letters;
        this.authentication = authentication;
        this.consentText = consentText;
        this.sources = sources;
        this.idleTimeout = idleTimeout;
        this.pdf = pdf;
        this.clock = clock;
    }

    @Override
    public ConsentText consentText() {
        return consentText.get();
    }

    @Override
    public ConsentStatus consent(String tenantId) {
        return tx.inTransaction(() -> ConsentRule.status(store.consents(tenantId), consentText.get().version()));
    }

    @Override
    public ConsentStatus giveConsent(String tenantId, String version) {
        String current = consentText.get().version();
        if (version == null || !version.equals(current)) {
            throw new ValidationException("version", "consent.versionOutdated", current);
        }
        return tx.inTransaction(() -> {
            UserAccount user = store.lockUserById(tenantId).filter(u -> u.deletedAt == null)
                    .orElseThrow(AuthenticationFailedException::new);
            ConsentStatus status = ConsentRule.status(store.consents(tenantId), current);
            if (!status.required()) {
                return status;
            }
            Instant now = clock.instant();
            store.insertConsent(tenantId, current, now);
            user.consentVersion = current;
            user.consentAt = now;
            store.updateUser(user);
            LOG.info(() -> "Tenant " + tenantId + " agreed to the consent text " + current);
            return ConsentRule.status(store.consents(tenantId), current);
        });
    }

    /** One part of the export: its key in the JSON, its heading in the PDF, and the data. */
    public record Section(String key, String title, Object data) {
    }

    @Override
    public Map<String, Object> export(String tenantId) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("exportedAt", clock.instant().toString());
        for (Section section : sections(tenantId)) {
            tree.put(section.key(), section.data());
        }
        return tree;
    }

    @Override
    public byte[] exportPdf(String tenantId) {
        return pdf.render(sections(tenantId), clock.instant());
    }

    /** The export as sections, in the order the readable export shows them: identity first, then the modules by key. */
    public List<Section> sections(String tenantId) {
        Instant now = clock.instant();
        List<Section> sections = tx.inTransaction(() -> {
            UserAccount user = store.userById(tenantId).filter(u -> u.deletedAt == null)
                    .orElseThrow(AuthenticationFailedException::new);
            List<Section> own = new ArrayList<>();
            Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("id", user.id);
            profile.put("email", user.email);
            profile.put("name", user.displayName == null ? "" : user.displayName);
            profile.put("registeredAt", iso(user.registeredAt));
            profile.put("confirmedAt", iso(user.confirmedAt));
            own.add(new Section("profile", "Профиль", profile));
            own.add(new Section("consents", "Согласия на обработку персональных данных", store.consents(tenantId).stream().map(c -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("version", c.version());
                row.put("givenAt", iso(c.givenAt()));
                row.put("withdrawnAt", iso(c.withdrawnAt()));
                return (Object) row;
            }).collect(Collectors.toList())));
            own.add(new Section("sessions", "Входы в личный кабинет", store.sessionsOf(tenantId).stream()
                    .map(s -> (Object) session(s, now)).collect(Collectors.toList())));
            return own;
        });
        DataSubject subject = new DataSubject(tenantId, (String) ((Map<?, ?>) sections.get(0).data()).get("email"));
        List<PersonalDataSource> bound = new ArrayList<>(sources.get());
        bound.sort(Comparator.comparing(PersonalDataSource::key));
        for (PersonalDataSource source : bound) {
            Object data;
            try {
                data = source.export(subject);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The personal data source " + source.key() + " failed to export", e);
                data = Map.of("unavailable", "Эти сведения сейчас не удалось получить: попробуйте скачать выгрузку позже.");
            }
            sections.add(new Section(source.key(), source.title(), data));
        }
        return sections;
    }

    private Map<String, Object> session(SessionRecord s, Instant now) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("openedAt", iso(s.createdAt));
        row.put("lastUsedAt", iso(s.lastSeenAt));
        Instant ended = s.endedAt;
        if (ended == null) {
            Instant idleEnd = s.lastSeenAt.plus(idleTimeout);
            Instant end = idleEnd.isBefore(s.expiresAt) ? idleEnd : s.expiresAt;
            ended = now.isBefore(end) ? null : end;
        }
        row.put("endedAt", iso(ended));
        return row;
    }

    static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    @Override
    public void deleteAccount(String sessionToken, String password) {
        Session session = authentication.session(sessionToken).orElseThrow(AuthenticationFailedException::new);
        String pw = password == null ? "" : password;
        boolean verified = tx.inTransaction(() -> {
            Instant now = clock.instant();
            UserAccount user = store.lockUserById(session.userId()).orElseThrow(AuthenticationFailedException::new);
            if (!SignInThrottle.allows(user, now) || user.passwordHash == null) {
                hasher.verifyDummy(pw);
                return false;
            }
            SignInThrottle.recordVerification(user, now);
            if (!hasher.verify(pw, user.passwordHash)) {
                SignInThrottle.recordFailure(user, now);
                store.updateUser(user);
                return false;
            }
            store.updateUser(user);
            return true;
        });
        if (!verified) {
            throw new ValidationException("password", "deletion.passwordWrong");
        }
        delete(session.userId());
    }

    /**
     * Deletes the account (the first step in one transaction), then runs every source's erasure.
     * Deleting an account already deleted only retries what is open.
     */
    public void delete(String userId) {
        List<PersonalDataSource> bound = sources.get();
        String original = tx.inTransaction(() -> {
            UserAccount user = store.lockUserById(userId).orElseThrow(AuthenticationFailedException::new);
            if (user.deletedAt != null) {
                return null;
            }
            Instant now = clock.instant();
            String email = user.email;
            user.deletedAt = now;
            pseudonymise(user);
            store.updateUser(user);
            store.endSessions(userId, null, now);
            store.deleteTokensOf(userId);
            store.withdrawConsents(userId, now);
            for (PersonalDataSource source : bound) {
                store.insertErasure(userId, source.key(), now);
            }
            outbox.enqueue(letters.accountDeleted(email, userId));
            return email;
        });
        if (original != null) {
            LOG.info(() -> "Tenant " + userId + " deleted the account; " + bound.size() + " modules erase their data");
        }
        erase(userId, original, bound);
    }

    /** The identity that stays of a deleted account: an id, dates, and nothing that points to a person. */
    static void pseudonymise(UserAccount user) {
        user.email = "deleted-" + user.id + "@" + DELETED_DOMAIN;
        user.passwordHash = null;
        user.displayName = null;
        user.consentVersion = "";
        user.mailSentTimes = null;
        user.failedSignIns = 0;
        user.lastFailedSignIn = null;
        user.verifyWindowStart = null;
        user.verifyCount = 0;
    }

    /**
     * The housekeeping tick: opens the erasures a deleted account lacks in a module installed now (it
     * was away, being refreshed or uninstalled, when the tenant deleted), then tries the open erasures
     * of the modules installed now again. Erasures waiting for a module that is away are not selected,
     * so however many they are they never hold up the others.
     *
     * @return how many erasures are still open after this run, of every module
     */
    public int retryErasures() {
        List<PersonalDataSource> bound = sources.get();
        Set<String> keys = bound.stream().map(PersonalDataSource::key).collect(Collectors.toCollection(LinkedHashSet::new));
        for (String key : keys) {
            int opened = tx.inTransaction(() -> store.openMissingErasures(key, clock.instant(), 500));
            if (opened > 0) {
                LOG.info(() -> "Opened " + opened + " erasures in " + key + " of accounts deleted while it was away");
            }
        }
        List<ErasureRecord> open = tx.inTransaction(() -> store.openErasures(keys, 500));
        Map<String, List<ErasureRecord>> byUser = open.stream().collect(Collectors.groupingBy(ErasureRecord::userId,
                LinkedHashMap::new, Collectors.toList()));
        for (String userId : byUser.keySet()) {
            erase(userId, null, bound);
        }
        return (int) Math.min(Integer.MAX_VALUE, tx.inTransaction(store::countOpenErasures));
    }

    private void erase(String userId, String originalEmail, List<PersonalDataSource> bound) {
        Map<String, PersonalDataSource> byKey = bound.stream()
                .collect(Collectors.toMap(PersonalDataSource::key, Function.identity(), (a, b) -> a));
        List<ErasureRecord> open = tx.inTransaction(() -> store.erasuresOf(userId)).stream()
                .filter(e -> e.doneAt() == null).collect(Collectors.toList());
        if (open.isEmpty()) {
            return;
        }
        String email = Optional.ofNullable(originalEmail)
                .orElseGet(() -> tx.inTransaction(() -> store.userById(userId).map(u -> u.email).orElse("")));
        DataSubject subject = new DataSubject(userId, email);
        for (ErasureRecord erasure : open) {
            PersonalDataSource source = byKey.get(erasure.sourceKey());
            if (source == null) {
                continue; // the module is not installed now: its erasure waits for it
            }
            try {
                source.erase(subject);
                tx.inTransaction(() -> {
                    store.erasureDone(userId, erasure.sourceKey(), clock.instant());
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Erasing the data of deleted tenant " + userId + " in " + erasure.sourceKey()
                        + " failed; the housekeeping tick tries again", e);
                tx.inTransaction(() -> {
                    store.erasureFailed(userId, erasure.sourceKey(), e.getClass().getSimpleName() + ": " + e.getMessage());
                    return null;
                });
            }
        }
    }
}
