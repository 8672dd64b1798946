package org.kabinet.registration.impl;

import java.time.Clock;
import org.kabinet.persistence.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.kabinet.notifications.api.Outbox;
import org.kabinet.registration.api.InvalidTokenException;
import org.kabinet.registration.api.Registration;
import org.kabinet.registration.api.SignUp;
import org.kabinet.registration.api.TokenState;
import org.kabinet.kernel.error.ValidationException;

/**
 * Sign-up, e-mail confirmation and password reset. Every outcome that depends on whether an address
 * is known is told only by letter, never in the answer; every letter is limited per address.
 * <p>
 * Against pre-hijacking (a stranger signing up with someone else's address and a password of their
 * own) an unconfirmed account holds no password at all: each confirmation link carries the hash of
 * the password given with the sign-up that sent it, and confirming sets exactly that one. A later
 * sign-up for the same unconfirmed address sends a link of its own and leaves the earlier links
 * working, so a stranger's sign-up can neither change the password the owner's letter sets nor
 * void the owner's letter. Confirming one link ends all the others. Every change of a user reads
 * its row locked, so parallel requests are counted one after another.
 */
public final class RegistrationService implements Registration {
    private static final Logger LOG = Logger.getLogger(RegistrationService.class.getName());
    static final Duration CONFIRMATION_LIFETIME = Duration.ofHours(24);
    static final Duration RESET_LIFETIME = Duration.ofMinutes(30);

    private final IdentityStore store;
    private final Transactions tx;
    private final Outbox outbox;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final SecretTokens tokens;
    private final RegistrationLetters letters;
    private final String consentVersion;
    private final Clock clock;

    public RegistrationService(IdentityStore store, Transactions tx, Outbox outbox, PasswordPolicy policy,
                               PasswordHasher hasher, SecretTokens tokens, RegistrationLetters letters,
                               String consentVersion, Clock clock) {
        this.store = store;
        this.tx = tx;
        this.outbox = outbox;
        this.policy = policy;
        this.hasher = hasher;
        this.tokens = tokens;
        this.letters = letters;
        this.consentVersion = consentVersion;
        this.clock = clock;
    }

    @Override
    public void signUp(SignUp request) {
        String email = EmailAddresses.normalize(request.email());
        policy.check(request.password(), email);
        if (!request.consent()) {
            throw new ValidationException("consent", "consent.required");
        }
        // Hash before looking the address up, so known and unknown addresses cost the same time.
        String passwordHash = hasher.hash(request.password());
        tx.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<UserAccount> known = store.lockUserByEmail(email);
            if (known.isEmpty()) {
                UserAccount user = new UserAccount();
                user.id = UUID.randomUUID().toString();
                user.email = email;
                user.registeredAt = now;
                user.consentVersion = consentVersion;
                user.consentAt = now;
                store.insertUser(user);
                store.insertConsent(user.id, consentVersion, now);
                sendConfirmation(user, passwordHash, now);
            } else if (known.get().deletedAt != null) {
                // a deleted account's pseudonym (nobody's address): nothing to send, nothing to tell
                return null;
            } else if (!known.get().confirmed) {
                UserAccount user = known.get();
                user.consentVersion = consentVersion;
                user.consentAt = now;
                store.insertConsent(user.id, consentVersion, now);
                if (LetterLimit.allows(user.mailSentTimes, now)) {
                    sendConfirmation(user, passwordHash, now);
                } else {
                    store.updateUser(user);
                }
            } else {
                UserAccount user = known.get();
                if (LetterLimit.allows(user.mailSentTimes, now)) {
                    user.mailSentTimes = LetterLimit.record(user.mailSentTimes, now);
                    store.updateUser(user);
                    outbox.enqueue(letters.alreadyRegistered(email, user.id, now));
                }
            }
            return null;
        });
    }

    /** Issues a confirmation link carrying that password and queues its letter; earlier links keep theirs. */
    private void sendConfirmation(UserAccount user, String passwordHash, Instant now) {
        String token = issueLink(user, LinkToken.Purpose.CONFIRM, CONFIRMATION_LIFETIME, passwordHash, now);
        outbox.enqueue(letters.confirmation(user.email, token));
    }

    /**
     * Stores a new one-time link of that purpose, counts the letter that will carry it against the
     * address's limit, and returns the plain token for the letter. A new reset link voids the older
     * unused ones; confirmation links each carry their own sign-up's password and stay valid until
     * one of them is used (the letter limit bounds how many there are).
     */
    private String issueLink(UserAccount user, LinkToken.Purpose purpose, Duration lifetime, String passwordHash, Instant now) {
        if (purpose == LinkToken.Purpose.RESET) {
            store.deleteUnusedTokens(user.id, purpose);
        }
        String token = tokens.newToken();
        LinkToken link = new LinkToken();
        link.hash = SecretTokens.hash(token);
        link.userId = user.id;
        link.purpose = purpose;
        link.createdAt = now;
        link.expiresAt = now.plus(lifetime);
        link.passwordHash = passwordHash;
        store.insertToken(link);
        user.mailSentTimes = LetterLimit.record(user.mailSentTimes, now);
        store.updateUser(user);
        return token;
    }

    /**
     * A new confirmation link (asked for by "send the link again") that carries the password of the
     * latest sign-up. It gives a stranger nothing a sign-up of their own would not: the letter goes
     * to the address, and the owner's earlier links keep the owner's password.
     */
    private void sendFreshConfirmation(UserAccount user, Instant now) {
        String passwordHash = store.latestToken(user.id, LinkToken.Purpose.CONFIRM).map(t -> t.passwordHash).orElse(null);
        sendConfirmation(user, passwordHash, now);
    }

    @Override
    public TokenState checkConfirmationToken(String token) {
        return tx.inTransaction(() -> stateOf(token, LinkToken.Purpose.CONFIRM, clock.instant()));
    }

    @Override
    public String confirmEmail(String token) {
        Outcome<String> outcome = tx.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<LinkToken> found = stateOf(token, LinkToken.Purpose.CONFIRM, now) == TokenState.VALID
                    ? store.token(SecretTokens.hash(token)) : Optional.empty();
            if (found.isEmpty()) {
                return Outcome.failed(stateOf(token, LinkToken.Purpose.CONFIRM, now));
            }
            // Locked and read fresh: of two links confirmed at once, the second finds the account confirmed.
            // A confirmed account's password changes only by its owner (change or reset), never by a link.
            UserAccount user = store.lockUserById(found.get().userId).orElseThrow();
            if (user.confirmed) {
                return Outcome.failed(TokenState.USED);
            }
            LinkToken link = found.get();
            link.usedAt = now;
            store.updateToken(link);
            store.deleteUnusedTokens(user.id, LinkToken.Purpose.CONFIRM);
            user.confirmed = true;
            user.confirmedAt = now;
            user.passwordHash = link.passwordHash;
            store.updateUser(user);
            LOG.info(() -> "Tenant " + user.id + " confirmed the e-mail address");
            return Outcome.ok(user.email);
        });
        if (outcome.value == null) {
            throw new InvalidTokenException(outcome.state, "confirmation");
        }
        return outcome.value;
    }

    @Override
    public void resendConfirmation(String email) {
        String normalized = EmailAddresses.normalize(email);
        tx.inTransaction(() -> {
            Instant now = clock.instant();
            store.lockUserByEmail(normalized).ifPresent(user -> {
                if (!LetterLimit.allows(user.mailSentTimes, now)) {
                    return;
                }
                if (user.confirmed) {
                    user.mailSentTimes = LetterLimit.record(user.mailSentTimes, now);
                    store.updateUser(user);
                    outbox.enqueue(letters.alreadyRegistered(user.email, user.id, now));
                } else {
                    sendFreshConfirmation(user, now);
                }
            });
            return null;
        });
    }

    @Override
    public void requestPasswordReset(String email) {
        String normalized = EmailAddresses.normalize(email);
        tx.inTransaction(() -> {
            Instant now = clock.instant();
            store.lockUserByEmail(normalized).ifPresent(user -> {
                if (!LetterLimit.allows(user.mailSentTimes, now)) {
                    return;
                }
                if (!user.confirmed) {
                    // Not confirmed yet: the way in is the confirmation link, so send a fresh one.
                    sendFreshConfirmation(user, now);
                    return;
                }
                String token = issueLink(user, LinkToken.Purpose.RESET, RESET_LIFETIME, null, now);
                outbox.enqueue(letters.passwordReset(user.email, token));
            });
            return null;
        });
    }

    @Override
    public TokenState checkResetToken(String token) {
        return tx.inTransaction(() -> stateOf(token, LinkToken.Purpose.RESET, clock.instant()));
    }

    @Override
    public void resetPassword(String token, String newPassword) {
        TokenState state = checkResetToken(token);
        if (state != TokenState.VALID) {
            throw new InvalidTokenException(state, "reset");
        }
        String email = tx.inTransaction(() -> store.token(SecretTokens.hash(token))
                .flatMap(t -> store.userById(t.userId)).map(u -> u.email).orElse(null));
        policy.check(newPassword, email);
        String passwordHash = hasher.hash(newPassword);
        Outcome<String> outcome = tx.inTransaction(() -> {
            Instant now = clock.instant();
            LinkToken link = usableToken(token, LinkToken.Purpose.RESET, now);
            if (link == null) {
                return Outcome.failed(stateOf(token, LinkToken.Purpose.RESET, now));
            }
            link.usedAt = now;
            store.updateToken(link);
            UserAccount user = store.lockUserById(link.userId).orElseThrow();
            user.passwordHash = passwordHash;
            SignInThrottle.recordSuccess(user);
            store.updateUser(user);
            store.endSessions(user.id, null, now);
            outbox.enqueue(letters.passwordChanged(user.email, user.id, now));
            LOG.info(() -> "Tenant " + user.id + " reset the password; all sessions ended");
            return Outcome.ok(user.id);
        });
        if (outcome.value == null) {
            throw new InvalidTokenException(outcome.state, "reset");
        }
    }

    private LinkToken usableToken(String token, LinkToken.Purpose purpose, Instant now) {
        return stateOf(token, purpose, now) == TokenState.VALID ? store.token(SecretTokens.hash(token)).orElseThrow() : null;
    }

    private TokenState stateOf(String token, LinkToken.Purpose purpose, Instant now) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return TokenState.UNKNOWN;
        }
        Optional<LinkToken> link = store.token(SecretTokens.hash(token)).filter(t -> t.purpose == purpose);
        if (link.isEmpty()) {
            return TokenState.UNKNOWN;
        }
        if (link.get().usedAt != null) {
            return TokenState.USED;
        }
        return now.isBefore(link.get().expiresAt) ? TokenState.VALID : TokenState.EXPIRED;
    }

    /** A transaction's result that must commit even when the caller then reports a failure. */
    private record Outcome<T>(T value, TokenState state) {
        static <T> Outcome<T> ok(T value) {
            return new Outcome<>(value, TokenState.VALID);
        }

        static <T> Outcome<T> failed(TokenState state) {
            return new Outcome<>(null, state);
        }
    }
}
