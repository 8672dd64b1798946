package org.kabinet.registration.impl;

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

    void deleteSession(String hash);

    /** Ends every session of the user except the one given (null: all). */
    void deleteSessions(String userId, String exceptHash);
}
