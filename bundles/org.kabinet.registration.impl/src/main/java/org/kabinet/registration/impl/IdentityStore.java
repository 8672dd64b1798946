package org.kabinet.registration.impl;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where tenants, their links and sessions are kept. Every method joins the current transaction. */
public interface IdentityStore {
    Optional<UserAccount> userByEmail(String normalizedEmail);

    Optional<UserAccount> userById(String id);

    /**
     * The user read fresh from the database with the row locked until the transaction ends. Every
     * change of a user reads it this way: parallel requests (a crowd of password guesses, letters
     * counted against the limit) then queue on the row and each counts, none overwrites another.
     */
    Optional<UserAccount> lockUserByEmail(String normalizedEmail);

    /** As {@link #lockUserByEmail(String)}, by id. */
    Optional<UserAccount> lockUserById(String id);

    List<UserAccount> users();

    void insertUser(UserAccount user);

    void updateUser(UserAccount user);

    void insertToken(LinkToken token);

    Optional<LinkToken> token(String hash);

    void updateToken(LinkToken token);

    /** The newest link of that purpose, used or not. */
    Optional<LinkToken> latestToken(String userId, LinkToken.Purpose purpose);

    /** Removes the user's unused links of that purpose. */
    void deleteUnusedTokens(String userId, LinkToken.Purpose purpose);

    void insertSession(SessionRecord session);

    Optional<SessionRecord> session(String hash);

    void updateSession(SessionRecord session);

    /** Ends the session (kept for the sign-in history until the retention tick deletes it); an ended one stays as it was. */
    void endSession(String hash, Instant at);

    /** Ends every open session of the user except the one given (null: all). */
    void endSessions(String userId, String exceptHash, Instant at);

    /** Records a consent to the text of that version. */
    void insertConsent(String userId, String version, Instant givenAt);

    /** The user's consents, oldest first. */
    List<ConsentRecord> consents(String userId);

    /** Marks every consent of the user in force as withdrawn. */
    void withdrawConsents(String userId, Instant at);

    /** The user's sessions, open and ended, newest first. */
    List<SessionRecord> sessionsOf(String userId);

    /** Removes every one-time link of the user, used or not. */
    void deleteTokensOf(String userId);

    /** Opens the erasure of a deleted account's data in one module (nothing if it is already open or done). */
    void insertErasure(String userId, String sourceKey, Instant at);

    /** Erasures not done yet, oldest first, at most {@code limit}. */
    List<ErasureRecord> openErasures(int limit);

    /**
     * Erasures not done yet of the modules given (those installed now), oldest first, at most
     * {@code limit}: erasures waiting for a module that is away never hide the others.
     */
    List<ErasureRecord> openErasures(Collection<String> sourceKeys, int limit);

    /** How many erasures are not done yet, of every module. */
    long countOpenErasures();

    /**
     * Opens the erasure in module {@code sourceKey} of every deleted account that has none (the
     * module was away when the tenant deleted), at most {@code limit}.
     *
     * @return how many were opened
     */
    int openMissingErasures(String sourceKey, Instant at, int limit);

    /** The erasures of one account, done or not. */
    List<ErasureRecord> erasuresOf(String userId);

    void erasureDone(String userId, String sourceKey, Instant at);

    void erasureFailed(String userId, String sourceKey, String error);

    /**
     * Deletes sign-ups never confirmed that were made before {@code before} and sent no link since
     * (with their links and consents).
     *
     * @return how many were deleted
     */
    int deleteUnconfirmedBefore(Instant before);

    /** Deletes one-time links expired or used before {@code before}. */
    int deleteTokensDoneBefore(Instant before);

    /**
     * Deletes sessions that were over before {@code before}: ended, past their maximum lifetime, or
     * idle longer than {@code idleTimeout}. A session still open at {@code now} is never deleted,
     * whatever {@code before} is.
     */
    int deleteSessionsOverBefore(Instant before, Instant now, Duration idleTimeout);
}
