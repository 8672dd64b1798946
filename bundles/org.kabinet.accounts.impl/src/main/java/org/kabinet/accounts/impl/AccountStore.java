package org.kabinet.accounts.impl;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.AuditEvent;
import org.kabinet.accounts.api.City;

/** Where cities, accounts, codes, links, phones and audit events are kept. Joins the current transaction. */
public interface AccountStore {
    List<City> cities();

    void insertCity(City city);

    List<AccountRow> accounts(AccountFilter filter);

    /** At most {@code limit} of the filter's accounts from {@code offset}, by city, number and id (paged in the database). */
    List<AccountRow> accounts(AccountFilter filter, int offset, int limit);

    int countAccounts(AccountFilter filter);

    /** The accounts with these ids (at most a page's worth: one query). */
    List<AccountRow> accounts(java.util.Collection<String> ids);

    /** The number of holders (tenants who linked it with its code) of each of these accounts that has any (one query). */
    java.util.Map<String, Integer> linkCounts(java.util.Collection<String> accountIds);

    /** When the unused registration code of each of these accounts expires, for those that have one (one query). */
    java.util.Map<String, Instant> unusedCodeExpiries(java.util.Collection<String> accountIds);

    Optional<AccountRow> account(String id);

    Optional<AccountRow> account(String cityId, String number);

    void insertAccount(AccountRow account);

    void updateAccount(AccountRow account);

    /** The account's holders: household members are not counted. */
    int linkCount(String accountId);

    /** The number of tenants linked to each account that has any (one query for a whole list). */
    java.util.Map<String, Integer> linkCounts();

    /** When each account's unused registration code expires, for accounts that have one (one query). */
    java.util.Map<String, Instant> unusedCodeExpiries();

    Optional<CodeRow> code(String accountId);

    /** Stores the account's code, replacing the previous one. */
    void saveCode(CodeRow code);

    List<LinkRow> links(String tenantId);

    /** The links of an account, or of every account when {@code accountId} is null, oldest first. */
    List<LinkRow> accountLinks(String accountId);

    /** account id → number of the accounts in a status. */
    java.util.Map<String, String> numbers(String status);

    /** tenant id → verified phone, for every tenant who confirmed one. */
    java.util.Map<String, String> verifiedPhones();

    void insertLink(LinkRow link);

    void deleteLink(String tenantId, String accountId);

    /** Makes a member's link the tenant's own (they linked the account with its code). */
    void makeHolder(String tenantId, String accountId);

    /** Deletes the links of the members the holder invited to the account; returns their tenant ids. */
    List<String> deleteGrantedLinks(String holderId, String accountId);

    /** Records that a member opened the accounts: every member link of the tenant last seen before {@code before}. */
    void touchMemberLinks(String tenantId, Instant before, Instant now);

    void insertInvitation(InvitationRow invitation);

    Optional<InvitationRow> invitationByToken(String tokenHash);

    /** The account's invitations not yet ended (expired ones included), of one holder when {@code holderId} is not null. */
    List<InvitationRow> unendedInvitations(String accountId, String holderId);

    /** Invitations the holder sent after {@code since}, whatever became of them. */
    int countInvitations(String holderId, Instant since);

    /** Deletes the invitations that expired or ended before {@code before}, with the addresses they were sent to. */
    void forgetInvitations(Instant before);

    /** Ends an open invitation; false if it had ended already (a parallel accept or cancel). */
    boolean endInvitation(String id, Instant at, String outcome);

    void insertAudit(AuditEvent event);

    List<AuditEvent> audit(int limit);

    /** At most {@code limit} events from {@code offset}, newest first (paged in the database). */
    List<AuditEvent> audit(int offset, int limit);

    int countAudit();

    /** Events of a type (of a tenant and/or an account, when given) after {@code since}. */
    int countAudit(String type, String tenantId, String accountId, Instant since);

    /** Records a failed linking attempt on a (city, number) key and forgets those before {@code forgetBefore}. */
    void insertLinkFailure(String key, Instant at, Instant forgetBefore);

    /** Makes sure a lock row for the key exists (its own transaction may fail when a parallel one made it first). */
    void ensureLinkLock(String key, Instant now);

    /** Locks the keys' rows (in the order given) until the transaction ends, and forgets rows untouched before {@code forgetBefore}. */
    void lockLinkKeys(List<String> keys, Instant now);

    /** Failed linking attempts on a (city, number) key after {@code since}. */
    int countLinkFailures(String key, Instant since);

    /** Records an SMS code sent to confirm a phone (not the code) and forgets those before {@code forgetBefore}. */
    void insertPhoneCode(String tenantId, String phone, Instant at, Instant forgetBefore);

    /** Phone codes sent after {@code since} to the phone, or to any phone for the tenant — whichever is given. */
    int countPhoneCodes(String tenantId, String phone, Instant since);

    Optional<PhoneRow> phone(String tenantId);

    /** The tenant's phone row, locked until the transaction ends: parallel code checks count one after another. */
    Optional<PhoneRow> lockPhone(String tenantId);

    void savePhone(PhoneRow phone);
}
